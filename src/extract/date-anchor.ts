/**
 * What a notice's month-days resolve against: the first year it states (not a year in a web
 * address), the day a web archive saved it, a stated ISO day.
 */

const FIRST_YEAR =
  /(?<!\d)((?:19|20)\d{2})(?=\s?年(?!度)|\/\d|-\d|,)|(令和|平成|昭和)\s?(元|\d{1,2})\s?年(?!度)/;
const FIRST_YEAR_G = new RegExp(FIRST_YEAR.source, 'g');
const DATA_MONTH_AFTER =
  /^\s?年\s?\d{1,2}\s?月(?:分|の\s?(?:診療|受診|利用|取引|請求|検診|健診)?(?:データ|記録|明細|レセプト))/;
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** The first year the notice states — not from URLs: a blog's archive path is not the notice's year. */
export function firstYear(text: string): number | null {
  FIRST_YEAR_G.lastIndex = 0;
  for (let y = FIRST_YEAR_G.exec(text); y !== null; y = FIRST_YEAR_G.exec(text)) {
    // Skip a year inside a web address (the token before it runs back to "http" or "www.").
    const lineStart = text.lastIndexOf('\n', y.index) + 1;
    if (/(?:https?:|www\.)[\x21-\x7e]*$/.test(text.slice(Math.max(lineStart, y.index - 200), y.index)))
      continue;
    // 「2090年10月の診療データ」「2090年3月分」: the month the records are of, not the notice's year.
    if (DATA_MONTH_AFTER.test(text.slice(y.index + y[0].length, y.index + y[0].length + 24))) continue;
    return y[1] ? Number(y[1]) : ERA_START[y[2]!]! + (y[3] === '元' ? 1 : Number(y[3]));
  }
  return null;
}

// megalodon.jp/ref/2015-0929-1209-00/…, web.archive.org/web/20150929120900/…
const ARCHIVE_URL =
  /^https?:\/\/(?:megalodon\.jp\/ref\/((?:19|20)\d{2})-(\d{2})(\d{2})|web\.archive\.org\/web\/((?:19|20)\d{2})(\d{2})(\d{2}))/;

/** The day a web archive saved the notice, from the address on its first line. */
export function archivedOn(text: string): { y: number; m: number; d: number } | null {
  const a = ARCHIVE_URL.exec(text.slice(0, 80));
  if (!a) return null;
  const [y, m, d] = a[1] ? [a[1], a[2], a[3]] : [a[4], a[5], a[6]];
  return { y: Number(y), m: Number(m), d: Number(d) };
}

export function parseIso(s: string | undefined): { y: number; m: number; d: number } | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}
