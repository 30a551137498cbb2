import { findJaDates, isoOf } from './date-ja.js';
import { type Segment, spanOfLines } from './segment.js';

/**
 * Japanese letterheads whose date a page's layout has broken up, read when no other line gives the
 * notice's own date:
 * - a press release's two-column head, the year in one cell and the month-day in the next, with the
 *   issuing desk between them (「平成27年」「…局…課」「6月19日」, on lines of their own or flattened
 *   into one line);
 * - a letterhead spaced out by a PDF text layer that names the issuing office (and its head) before
 *   the date (「厚 生 省 … 課 長 氏名 平 成 2 8 年 6 月 8 日」);
 * - a news page's short date alone under its headline, year first (「(12/06/22)」), or with a year
 *   cut to two digits (「'20年9月3日 更新」).
 * Each only in the page's head (above the body's first sentence).
 */
export function findSplitLetterhead(
  lines: Segment[],
  refYear: number | null,
): { iso: string; seg: Segment } | null {
  const dctx = { refYear, refMonth: null, refDay: null };
  let bodyAt = Math.min(lines.length, 14);
  for (let i = 0; i < bodyAt; i++)
    if (lines[i]!.text.includes('。')) {
      bodyAt = i;
      break;
    }
  const read = (s: string): string | null => {
    const ms = findJaDates(s, dctx).filter((m) => m.precision === 'day' && m.source === 'explicit');
    return ms.length === 1 ? isoOf(ms[0]!) : null;
  };
  // Year and month-day on lines of their own, at most one line (the desk, no digits) between them.
  for (let i = 0; i < bodyAt; i++) {
    const y = YEAR_ALONE.exec(lines[i]!.text);
    if (!y) continue;
    for (let j = i + 1; j <= Math.min(i + 2, bodyAt - 1); j++) {
      const md = MONTH_DAY_ALONE.exec(lines[j]!.text);
      if (md) {
        const iso = read(`${y[1]!.replace(/\s/g, '')}年${md[1]}月${md[2]}日`);
        const run = lines.slice(i, j + 1);
        if (iso)
          return {
            iso,
            seg: spanOfLines(run),
          };
        break;
      }
      if (/\d|。/.test(lines[j]!.text)) break;
    }
  }
  // The same head flattened into a line, or spaced out; and the short year-first date.
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    const line = lines[i]!;
    const head = line.text.slice(0, 240).split('。')[0]!;
    const flat = FLAT_SPLIT.exec(head);
    if (flat) {
      const iso = read(`${flat[1]!.replace(/\s/g, '')}年${flat[3]}月${flat[4]}日`);
      if (iso) return { iso, seg: line };
    }
    if (i <= 1 && SPACED_HEAD.test(head)) {
      const text = head.slice(0, 120).replace(SPACED, '');
      const ms = findJaDates(text, dctx).filter((m) => m.precision === 'day' && m.source === 'explicit');
      const first = ms[0];
      if (first && ISSUER_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) {
        const iso = isoOf(first);
        if (iso) return { iso, seg: line };
      }
    }
    const short = i > 0 && i < bodyAt ? SHORT_YMD.exec(line.text) : null;
    if (short) {
      const [mo, d] = [Number(short[2]), Number(short[3])];
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
        return { iso: `20${short[1]}-${short[2]}-${short[3]}`, seg: line };
    }
  }
  // 「'20年9月3日 更新」: a year cut to two digits after an apostrophe, alone on a head line.
  for (let i = 0; i < bodyAt; i++) {
    const a = APOSTROPHE_YEAR.exec(lines[i]!.text);
    if (!a) continue;
    const yy = Number(a[1]);
    const iso = read(`${yy >= 70 ? 1900 + yy : 2000 + yy}年${a[2]}月${a[3]}日`);
    if (iso) return { iso, seg: lines[i]! };
  }
  return null;
}

const APOSTROPHE_YEAR =
  /^\s*['’‘](\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s?(?:[((][^))]{1,4}[))])?\s*(?:更新|公開|掲載|発表)?\s*$/;
const YEAR_ALONE = /^\s*((?:令和|平成)\s?(?:元|\d{1,2})|(?:19|20)\d{2})\s?年\s*$/;
const MONTH_DAY_ALONE = /^\s*(\d{1,2})\s?月\s?(\d{1,2})\s?日\s?(?:[((][^))]{1,4}[))])?\s*$/;
// 「平成28年 …局…部…課 4月21日」: the desk between the year and the month-day, set off by spaces.
const FLAT_SPLIT =
  /((?:令和|平成)\s?(?:元|\d{1,2}))\s?年\s((?:[^\d\s。、]{1,30}\s){0,2}[^\d\s。、]{0,30}(?:局|部|課|室|係|センター)[^\d\s。、]{0,12})\s(\d{1,2})\s?月\s?(\d{1,2})\s?日/;
// A line opening with characters spread out one by one (「厚 生 労 働 省 」).
const SPACED_HEAD = /^\s*(?:[\u4e00-\u9fff]\s){3,}/;
const SPACED = /(?<=[\d年月日成和令平])\s+(?=[\d年月日成])/g;
// The office or its head named right before the date (a person's name may follow the title).
const ISSUER_BEFORE = /(?:省|庁|局|署|課\s?長?|部\s?長?|室\s?長?)[\s\u4e00-\u9fff]{0,12}\s$/;
// 「(12/06/22)」: a two-digit year first, zero-padded, alone on its line.
const SHORT_YMD = /^\s*[((]?\s?(\d{2})\/(\d{2})\/(\d{2})\s?[))]?\s*$/;
