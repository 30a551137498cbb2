/** Words a notice's heading carries (お知らせ, ご報告, お詫び, "Notice of …"). */
const TITLE_WORDS = /お知らせ|ご報告|報告|お詫び|について|に関して|notice|incident|breach|update/i;

/**
 * The short title of a notice: the caller's, else the first of its opening lines that reads like a
 * heading (Japanese notices often open with the company name, then the heading), else its first line.
 */
export function noticeTitle(text: string, given: string | null | undefined): string | null {
  if (given?.trim()) return given.trim().slice(0, 200);
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[#\s]+/, '').trim())
    .filter(Boolean)
    .slice(0, 6)
    .filter((l) => l.length <= 120);
  return lines.find((l) => TITLE_WORDS.test(l)) ?? lines[0] ?? null;
}
