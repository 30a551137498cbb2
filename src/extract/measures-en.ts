import type { Measure } from './types.js';

/**
 * English wordings of measures that measures.ts's shared rules miss, from the "What We Are Doing"
 * part of US breach letters: the verb and its object decide ("removed the malicious code" blocks
 * the attack, it deletes no data; "notified local and federal authorities" is a police report).
 */

export interface MeasureRule {
  key: Measure;
  re: RegExp;
  not?: RegExp;
}

export const EN_MEASURE_RULES: MeasureRule[] = [
  {
    key: 'access_blocked',
    re: /\b(?:removed|eradicated|eliminated|deleted)\s+(?:the\s+|all\s+|any\s+)?(?:[\w’'-]+\s+){0,3}(?:code|malware|script|software)\b|\bremoved\s+it\s+from\s+(?:our|the)\s+(?:site|website|systems?|servers?|network)\b|\b(?:code|malware|script)\b[^.]{0,60}\b(?:has\s+been|was|were|have\s+been)\s+(?:removed|eradicated|eliminated)\b|\bsecured?\s+(?:the|our|its)\s+(?:\w+\s+)?(?:accounts?|website|site|servers?|e-?mail)\b|\bterminated\s+(?:any|all)\s+(?:\w+\s+)?access\b|\bblock(?:ed)?\s+the\s+(?:attack|intrusion|attacker|access)\b/i,
  },
  {
    key: 'police_report',
    re: /\b(?:notified|informed|contacted|alerted)\s+(?!by\b)(?:the\s+)?(?:\w+\s+(?:and\s+)?){0,3}(?:authorities|law\s+enforcement)\b|\b(?:working|cooperating|coordinating)\s+(?:closely\s+)?with\s+(?:\w+\s+){0,2}law\s+enforcement\b/i,
    not: /\bdelayed\b/,
  },
  {
    key: 'external_investigation',
    re: /\b(?:engaged|retained|hired)\s+(?:an?\s+|the\s+|several\s+)?(?:[\w-]+\s+){0,3}(?:consultants?|experts?|firms?|specialists?|investigators?)\b|\bwith\s+the\s+(?:help|assistance)\s+of\s+(?:[\w-]+\s+){0,4}(?:experts?|consultants?|firms?|specialists?)\b/i,
    not: /\b(?:law|legal|attorneys?)\s+firm\b/i,
  },
  {
    key: 'hotline',
    re: /\b(?:toll-free|dedicated|confidential)\b[^.]{0,30}\b(?:inquiry|call|help|assistance|response)\s+(?:line|center|centre)\b/i,
  },
  {
    key: 'individual_notification',
    re: /\b(?:sending|mailing)\s+(?:you\s+)?this\s+(?:notice|notification|letter)\b|\bnotifying\s+(?:all\s+)?(?:[\w'’]+\s+){1,4}(?:customers|individuals|patients|members|employees|teammates|clients|donors)\b|\bmailed\s+letters\b/i,
  },
  {
    key: 'process_review',
    re: /\b(?:additions|changes|updates|improvements|enhancements)\s+to\s+(?:our\s+)?(?:[\w-]+\s+){0,2}(?:policies|procedures|processes)\b/i,
  },
  {
    key: 'password_reset',
    re: /\b(?:changed|reset)\s+the\s+(?:\w+\s+)?passwords?\b/i,
  },
  {
    key: 'data_deletion',
    re: /\b(?:returned|retrieved|recovered)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:CD|disc|device|documents?|papers|letters?|drive)\b|\b(?:send|sent|mail|mailed|return)\s+the\s+(?:\w+\s+){0,2}(?:CD|disc|device|documents?|papers|letters?|drive)\s+back\b/i,
  },
];

// Removing code or malware from a site blocks the attack; it deletes none of the notice's data.
const CODE = /\b(?:code|malware|script|software)\b/i;
const DATA = /\b(?:data|information|files?|records|copies|e-?mails?|documents?)\b/i;
// A forensic examination by the police or the FBI is theirs, not one the organisation engaged.
const AUTHORITY_FORENSICS = /\b(?:FBI|police|law\s+enforcement)[’']s?\s+forensic/i;

/** Whether an English hit of a shared rule is no measure of that kind in its sentence. */
export function vetoEnglish(key: Measure, sentence: string, match: string): boolean {
  if (key === 'data_deletion' && /removed/i.test(match) && CODE.test(sentence) && !DATA.test(sentence))
    return true;
  if (key === 'external_investigation' && AUTHORITY_FORENSICS.test(sentence)) return true;
  // "a laptop that may have contained your information" holds data; it contains no attack.
  if (
    key === 'access_blocked' &&
    /contained$/i.test(match) &&
    /\b(?:may|might|could)\s+have\s+contained\b/i.test(sentence)
  )
    return true;
  return false;
}
