import { findEnDates } from './date-en.js';
import { findJaDates, isoOf } from './date-ja.js';
import type { Segment } from './segment.js';
import type { NoticeStructure } from './structure.js';

/** A line with a digit in it: only those can carry a date. */
const DATEISH_LINE = /\d/;

// Nothing before the date, or a page-date label (after page chrome such as 「印刷ページ表示」).
const PUBLISHED_HEAD =
  /^[\s()()【】]*$|^(?:[^\d\n]{0,12}\s)?[\s()()【】]*(?:(?:最終)?更新日(?:付|時)?|発表日|公開日|公表日|掲載日|発信日|作成日|日付|Date|Updated|Posted)\s?[::]?\s*$/i;
const PUBLISHED_TAIL =
  /^[\s()()]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)?[\s()()]*(?:更新|公開|発表|掲載|付|版|現在|改訂|作成|お知らせ|提供.*|\/.*|\|.*)?[\s()()]*$/;
// 「職員による書類紛失について(6月2日掲載)」: the notice's own title states when it was posted.
const TITLE_POSTED = /^[))]?\s?(?:掲載|発表|公表|公開|更新)/;
// 「平成29年2月13日 お客様各位 …」: a letterhead flattened into one line.
const ADDRESSEE_AFTER = /^\s?(?:お客様各位|各位|関係者各位|報道関係者各位|お取引先各位|会員各位)/;

/**
 * The notice's own date: a line holding only a date (or a labelled one, 「更新日:…」「掲載日:…」)
 * near the top or bottom (a letterhead/signature), a date the title gives as its posting date, or a
 * date followed by the addressee (「各位」) of a flattened letterhead.
 */
export function findPublished(
  lines: Segment[],
  lang: 'ja' | 'en',
  refYear: number | null,
  structure: NoticeStructure | undefined,
): { iso: string; seg: Segment } | null {
  const n = lines.length;
  const idx: number[] = [];
  for (let i = 0; i < Math.min(n, 14); i++) idx.push(i);
  for (let i = Math.max(14, n - 8); i < n; i++) idx.push(i);
  const dctx = { refYear, refMonth: null, refDay: null };
  const title = structure?.title;
  for (const i of idx) {
    const line = lines[i]!;
    if (!DATEISH_LINE.test(line.text)) continue;
    const inTitle = title !== null && title !== undefined && !title.repost && title.indices.includes(i);
    if (line.text.length > 60 && !inTitle && i > 3) continue;
    const ms = lang === 'ja' ? findJaDates(line.text, dctx) : findEnDates(line.text, dctx);
    const days = ms.filter((m) => m.precision === 'day');
    for (const first of days) {
      const tail = line.text.slice(first.end);
      const iso = isoOf(first);
      if (!iso) continue;
      if (inTitle && TITLE_POSTED.test(tail)) return { iso, seg: line };
      if (lang === 'ja' && ADDRESSEE_AFTER.test(tail) && !first.time) return { iso, seg: line };
    }
    const first = days[0];
    // A timestamp (date with a time of day) on its own line is an event in a list, not a letterhead.
    if (days.length !== 1 || !first || first.source !== 'explicit' || first.time || line.text.length > 60)
      continue;
    if (!PUBLISHED_HEAD.test(line.text.slice(0, first.start))) continue;
    if (!PUBLISHED_TAIL.test(line.text.slice(first.end))) continue;
    const iso = isoOf(first);
    if (iso) return { iso, seg: line };
  }
  return null;
}
