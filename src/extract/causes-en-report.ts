import type { Segment } from './segment.js';

/**
 * A party that tells the letter's writer of an attack it suffered: "Acme Hosting notified us that an
 * unauthorized party gained access to …", "we were advised by our payroll provider that it had been
 * the victim of a cyber incident". Whoever reports an intrusion to the writer, when it is neither the
 * police, a bank or card brand, nor a customer, is the party that holds the writer's data: an
 * incident at a vendor. Told by the clause's shape (reporter – verb – us – "that" – an attack), not
 * by the reporter's name.
 */

// A reporter named in capitals ("Example Systems", "Acme, Inc.") or a serving party ("our vendor").
const NAME = "[A-Z][\\w&.’'-]*(?:,?\\s+(?:[A-Z][\\w&.’'-]*|of|&|Inc\\.?|LLC|Ltd\\.?|Corp\\.?)){0,4}";
const SERVING =
  '(?:vendors?|(?:service\\s+)?providers?|partners?|brokers?|processors?|contractors?|suppliers?|business\\s+associates?|administrators?|hosts?|platforms?|consultants?)';
const ADVERBS = '(?:(?:has|had|have|recently|subsequently|later|also|then|first)\\s+)*';
const TOLD = '(?:notified|informed|advised|told|alerted|confirmed\\s+to)';

/** "Acme Hosting (Acme), which hosts our site, notified us on May 2 that …" */
const ACTIVE = new RegExp(
  `(?<![\\w’'-]\\s?)(${NAME})(?:\\s+\\([^)]{0,40}\\))?(?:,\\s+[^,;.]{0,120},)?,?\\s+${ADVERBS}${TOLD}\\s+(?:us|${NAME})\\b[^.;]{0,80}?\\bthat\\b`,
  'g',
);
/**
 * "we were informed by our claims administrator that …", "notified by Acme Hosting that …", "one of
 * Acme's business partners notified Acme that …".
 */
const PASSIVE = new RegExp(
  `\\b(?:notified|informed|advised|alerted|told)(?:\\s+(?:in|on)\\s+[^,.;]{0,30}?)?\\s+by\\s+(?:(?:one\\s+of\\s+)?(?:our|its|their|an?|the)\\s+(?:[\\w-]+\\s+){0,3}${SERVING}(?:,\\s+${NAME},)?|(${NAME}))[^.;]{0,100}?\\bthat\\b|\\b(?:[Oo]ur|[Ii]ts|[Oo]ne\\s+of\\s+(?:our|its|[A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*){0,2}[’']s))\\s+(?:[\\w-]+\\s+){0,3}${SERVING}(?:,\\s+${NAME},)?\\s+${ADVERBS}${TOLD}\\s+(?:us|${NAME})\\b[^.;]{0,80}?\\bthat\\b`,
  'g',
);

// Who tells of attacks on others, or of fraud they saw, rather than of an attack on itself.
const NOT_REPORTER =
  /^(?:We|Our|I|The|This|That|These|It|Its|They|He|She|On|In|At|As|After|Following|Upon|When|While|Since|Recently|Federal|FBI|U\.?S\.?|United|Law|Police|Secret|Department|Attorney|State|Visa|Mastercard|MasterCard|Discover|American|Amex|Bank|Officials?|Customers?|Patients?|Members?)\b/;
const NOT_REPORTER_ANY =
  /\b(?:FBI|Police|Sheriff|Bureau|Secret\s+Service|Bank|Credit\s+Union|Forensics?|Krebs|Register|Times|Post|News)\b/;

// An attack, told after "that", before the writer itself ("that our website …") is its object.
const ATTACK =
  /\b(?:unauthori[sz]ed|cyber\s?-?(?:attack|incident|criminals?|security\s+incident)\w*|intru(?:sion|der)s?|breach(?:ed)?|victim|(?:security|data|privacy)\s+incident|compromis(?:e|ed)|malware|ransomware|attack(?:ed|ers?)?|hack(?:ed|ers?)|criminals?|threat\s+actors?|malicious|third[- ]part(?:y|ies)\s+(?:may|might|had|has|have|gained|obtained|accessed))\b/i;
const WRITER = /\b(?:we|our|us)\b/i;

// How a whole sentence, a heading or a list item ends.
const UNCUT = /[.!?:;”")\]]\s*$/;

function reportsAttack(sentence: string, end: number): boolean {
  const tail = sentence.slice(end, end + 220);
  const m = ATTACK.exec(tail);
  if (!m) return false;
  return !WRITER.test(tail.slice(0, m.index));
}

/** The first sentence in which a party reports an attack on itself to the writer. */
export function reportedVendorIncident(segments: Segment[]): Segment | undefined {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (!/notified|informed|advised|told|alerted|confirmed/.test(seg.text)) continue;
    // A sentence cut by a line break ("… confirmed to us on June 6, 2017\nthat an unauthorized
    // party …"): a segment that ends without a stop goes on in the next one.
    const next = segments[i + 1];
    const s = next && !UNCUT.test(seg.text) ? `${seg.text} ${next.text}` : seg.text;
    ACTIVE.lastIndex = 0;
    for (const m of s.matchAll(ACTIVE)) {
      const name = m[1] ?? '';
      if (NOT_REPORTER.test(name) || NOT_REPORTER_ANY.test(name)) continue;
      if (reportsAttack(s, (m.index ?? 0) + m[0].length)) return seg;
    }
    PASSIVE.lastIndex = 0;
    for (const m of s.matchAll(PASSIVE)) {
      const at = m.index ?? 0;
      const name = m[1];
      if (name !== undefined && (NOT_REPORTER.test(name) || NOT_REPORTER_ANY.test(name))) continue;
      if (reportsAttack(s, at + m[0].length)) return seg;
    }
  }
  return undefined;
}
