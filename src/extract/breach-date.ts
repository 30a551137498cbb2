import { findEnDates } from './date-en.js';
import { findJaDates, isoOf } from './date-ja.js';
import type { IsoDate, NoticeFacts } from './types.js';

/**
 * A single "breach date" for catalogue-style records (HIBP's BreachDate): the incident start when
 * the notice states a day, else the first date the text mentions at any precision, written with
 * the catalogue convention that an unknown day is the 1st and an unknown month is January
 * ("In March 2015" → 2015-03-01, "in late 2011" → 2011-01-01). Notice fields themselves never use
 * this padding; it is only for summary records that need one date.
 *
 * @example breachDateOf('In March 2015, the site suffered a data breach.', facts) // → '2015-03-01'
 */
export function breachDateOf(
  text: string,
  facts: Pick<NoticeFacts, 'incident_start' | 'lang'>,
): IsoDate | null {
  if (facts.incident_start) return facts.incident_start.value;
  const mentions = facts.lang === 'ja' ? findJaDates(text) : findEnDates(text);
  for (const m of mentions) {
    if (m.y === null) continue;
    if (m.precision === 'day') return isoOf(m);
    if (m.precision === 'month' && m.m !== null) return `${m.y}-${String(m.m).padStart(2, '0')}-01`;
    return `${m.y}-01-01`;
  }
  return null;
}
