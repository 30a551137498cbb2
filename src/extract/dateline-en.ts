/**
 * The dateline of an English page's head: where a press release or a news page prints its own date
 * (moved out of published-date.ts, which reads them).
 */

// A wire press release's dateline: "SPRINGDALE, Ore., May 3, 2024 /PRNewswire/ —", "RIVERTON, Utah,
// Feb. 12, 2019 --": a place (a town, then a state or country), the date, then a dash, with the wire's
// name between slashes or in brackets.
export const DATELINE_BEFORE =
  /^\s*[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){0,3}(?:,\s[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?){0,2},\s$/;
export const DATELINE_AFTER =
  /^\s*(?:\/\s?[A-Za-z][\w .-]{1,30}\/|\([A-Z][\w .-]{1,30}\))?\s*(?:[-–—]{1,2})(?:\s|$)/;
// A dateline with a dash after its place: "NEW HAVEN – May 3, 2024 /Press Release/ –", "Riverton — May 3,
// 2024 —".
export const DATELINE_DASH_BEFORE =
  /^\s*[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){0,3}(?:,\s[A-Z][A-Za-z.]*)?\s[–—-]{1,2}\s$/;
// A dateline with its date in brackets: "GLENVALE, Ore. (May 3, 2024) — …".
export const DATELINE_PAREN_BEFORE =
  /^\s*[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){0,3}(?:,\s[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?){0,2}\s?\(\s?$/;
export const DATELINE_PAREN_AFTER = /^\s?\)\s*(?:[-–—]{1,2})\s/;
// A dateline with no place, the date alone in brackets before a first sentence: "(May 3, 2021) Acme is …".
export const EN_PAREN_LEAD = /^\s*\(\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*\)\s+[A-Z]/;
export const EN_DATE_HEAD = new RegExp(`^\\s*(?:Post|Date|Publish|Released)|${EN_PAREN_LEAD.source}`, 'i');
export const DATELINE_HINT = /^\s*[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){0,3},\s/;
