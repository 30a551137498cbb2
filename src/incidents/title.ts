/** Words a notice's heading carries (お知らせ, ご報告, お詫び, "Notice of …"). */
const TITLE_WORDS = /お知らせ|ご報告|報告|お詫び|について|に関して|notice|incident|breach|update/i;

/**
 * The short title of a notice: the one the extractor read from its structure (never a web address,
 * a blog header or a repost's prefix; joined when it wraps; made from the facts when unusable), else
 * the caller's (a feed entry's or an HTML page's title), else the first of its opening lines that
 * reads like a heading (Japanese notices often open with the company name, then the heading).
 *
 * @example noticeTitle('https://example.jp/n\n架空市 誤送信について', null, '架空市 誤送信について') // => '架空市 誤送信について'
 */
export function noticeTitle(
  text: string,
  given: string | null | undefined,
  extracted?: string | null | undefined,
): string | null {
  if (extracted?.trim()) return extracted.trim().slice(0, 200);
  if (given?.trim()) return given.trim().slice(0, 200);
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[#\s]+/, '').trim())
    .filter(Boolean)
    .slice(0, 6)
    .filter((l) => l.length <= 120);
  return lines.find((l) => TITLE_WORDS.test(l)) ?? lines[0] ?? null;
}
