import { gatedSource } from './first-chars.js';

/**
 * English denials read from the clause whose subject or object is the data, whatever stands between
 * the data and its predicate. status-en.ts's NOT_FOUND_EN keys the denial to a few frames that start
 * at the evidence word ("no evidence that your information was accessed"); news pages and city
 * statements put the same conclusion in other frames:
 *
 * - the data as subject of a negated passive, with a place or a second subject between them: "tax
 *   data held by the water board, as well as user information at the utility, has not been
 *   compromised". A relative clause in between ("information that was accessed has not been
 *   misused") makes the data another clause's; an open frame before it ("cannot confirm that …",
 *   "whether …") leaves the act open, not denied.
 * - a lack of evidence of an act named as a noun on the data: "the review has not revealed any
 *   evidence of a breach of personally identifiable information", "no sign of theft of member data".
 * - the data as subject of a gerund after "no": "early findings point to no information being
 *   compromised".
 *
 * Each pattern starts with an ASCII letter (status.ts runs the English patterns only on sentences
 * that hold one).
 */

const gate = (re: RegExp): RegExp => new RegExp(gatedSource(re.source), re.flags);

const DATA = '(?:information|data|records|files|PII|PHI|details)';
// Past participles of an act on the data (not "misused": use after the leak is another matter).
const ACT_PARTICIPLE =
  '(?:accessed|acquired|viewed|taken|exposed|compromised|stolen|exfiltrated|leaked|copied|downloaded|obtained|breached)';
// The same acts named as nouns.
const ACT_NOUN = String.raw`(?:breach|compromise|theft|exfiltration|exposure|acquisition|disclosure|leak(?:age)?|(?:unauthori[sz]ed\s+)?(?:access|viewing))`;
// A lack of evidence: "no evidence", "not … any evidence" (one or two words between: "have not
// revealed any", "did not find any"), "without any indication".
const NO_SIGN = String.raw`(?:\bno|\bnot\s+(?:[\w-]+\s+){0,2}?any|\bwithout\s+any)\s+(?:[\w-]+\s+)?(?:evidence|indications?|signs?|traces?)`;

export const DENIED_DATA_ACT_EN = gate(
  new RegExp(
    [
      // The data as subject of a negated passive; no relative clause or open frame between them.
      String.raw`\b${DATA}\b(?:(?!\b(?:that|which|who|whose|whether|if)\b)[^.;:]){0,90}?\b(?:has|have|was|were|had)(?:\s+not|n['’]t)\s+(?:yet\s+|ever\s+)?been\s+(?:[a-z]+ly\s+)?${ACT_PARTICIPLE}\b`,
      // A lack of evidence of an act, named as a noun, on the data.
      String.raw`${NO_SIGN}\s+of\s+(?:an?\s+|any\s+)?(?:actual\s+)?${ACT_NOUN}\s+(?:of|to)\s+(?:[\w’'-]+\s+){0,4}?${DATA}\b`,
      // A negative subject with its own complement: "no account information about any member, past
      // or present, was accessed".
      String.raw`\bno\s+(?:[\w-]+\s+){0,3}?${DATA}\s+(?:about|of|on|for|concerning|belonging\s+to)\s+(?:(?!\b(?:that|which|who|whether|if)\b)[^.;]){0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+${ACT_PARTICIPLE}\b`,
      // A negated belief over the act: "officials don't believe residents' data has been accessed".
      String.raw`\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:believe|think|expect)\s+(?:that\s+)?(?:(?!\b(?:that|which|who|whether|if)\b)[^.;]){0,80}?\b${DATA}\b(?:(?!\b(?:that|which|who|whether|if)\b)[^.;]){0,40}?\b(?:has|have|was|were|had)\s+been\s+${ACT_PARTICIPLE}\b`,
      // "no information being compromised".
      String.raw`\bno\s+(?:[\w-]+\s+){0,3}?${DATA}\s+(?:being|having\s+been)\s+${ACT_PARTICIPLE}\b`,
    ].join('|'),
    'i',
  ),
);

// A frame before the denial that leaves the act open: "we cannot confirm that the data has not been
// accessed", "it is unclear whether …".
const OPEN_BEFORE_EN =
  /\b(?:cannot|can\s?not|can['’]t|could\s+not|unable\s+to|not\s+able\s+to)\s+(?:yet\s+)?(?:confirm|say|determine|verify|rule\s+out|be\s+(?:sure|certain))\b[^.;]*$|\b(?:unclear|unknown|whether|if)\b[^.;]*$/i;

/**
 * A denial of an act on the data in the sentence, or null.
 *
 * @example deniedDataActEn('Officials said that customer data at the utility has not been compromised.')?.[0]
 * // → 'data at the utility has not been compromised'
 */
export function deniedDataActEn(s: string): RegExpExecArray | null {
  const m = DENIED_DATA_ACT_EN.exec(s);
  if (m === null) return null;
  if (OPEN_BEFORE_EN.test(s.slice(Math.max(0, m.index - 120), m.index))) return null;
  return m;
}
