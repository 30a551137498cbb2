import type { CauseRule } from './causes-en.js';
import type { Cause } from './types.js';

/**
 * English wordings of the mechanism a short notice names in a clause of its own: a system or
 * mailbox "was compromised" or "hit with an attack" (unauthorized_access, weak), credentials taken
 * elsewhere and tried here (credential_stuffing), a courier or firm under contract (third_party), a
 * member of staff who took files while still employed (insider).
 */
export const EN_MECHANISM_RULES: CauseRule[] = [
  // "an email system holding your records was compromised", "our servers were hit with an organized
  // attack", "unauthorized administrative accounts on a server", "used our account credentials to
  // access a partner's platform": an intrusion, the method unsaid.
  {
    key: 'unauthorized_access',
    re: /\b(?:e-?mail\s+(?:system|server|environment|platform)|servers?|network|computer\s+systems?|databases?)\b[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+compromised\b|\b(?:servers?|systems?|networks?|websites?|site)\s+(?:was|were|had\s+been)\s+(?:hit|targeted|struck)\s+(?:with|by)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|intrusions?)\b|\bunauthori[sz]ed\s+(?:administrative|admin|administrator)\s+accounts?\b|\b(?:unauthori[sz]ed|unknown|outside)\s+(?:persons?|part(?:y|ies)|individuals?|actors?|third[- ]part(?:y|ies)|users?)\b[^.;]{0,80}?\b(?:was|were)\s+able\s+to\s+(?:\w+ly\s+)?(?:access|view|enter|log\s?-?\s?in)\b|\bunauthori[sz]ed\s+(?:data|security)\s+(?:breach|intrusion)\b|\bused\s+(?:[\w’'-]+\s+){0,3}?(?:account\s+|system\s+|log-?in\s+)?credentials\s+to\s+(?:gain\s+access\s+to|access|log\s?-?\s?in(?:to)?)\b/i,
    not: /\b(?:whether|if|no\s+(?:evidence|indication|sign|reason)|not\s+(?:aware|find|found|believe)|prevent\w*|protect(?!ed\s+health)\w*)\b/i,
    weak: true,
  },
  // Log-in details taken from another service and used here ("obtained your username and password
  // from another online service", "credentials stolen in a breach at an unrelated company").
  {
    key: 'credential_stuffing',
    re: /\b(?:user\s?names?|passwords?|credentials|log-?in\s+(?:details|information))\b[^.;]{0,40}?\b(?:obtained|acquired|stolen|taken|harvested|reused)\s+(?:\w+\s+)?(?:from|in|at)\s+(?:[\w-]+\s+){0,6}?(?:another|other|unrelated|different|third[- ]party)\s+(?:[\w-]+\s+)?(?:services?|sites?|websites?|compan(?:y|ies)|breach(?:es)?|sources?|platforms?)\b|\b(?:obtained|acquired|stole|took|harvested)\s+(?:your|their|customers['’]?|users['’]?|the)\s+(?:user\s?names?|passwords?|credentials|log-?in\s+(?:details|information))(?:\s+and\s+(?:user\s?names?|passwords?))?\s+from\s+(?:an?\s+)?(?:another|other|unrelated|different|third[- ]party)\s+(?:[\w-]+\s+)?(?:services?|sites?|websites?|compan(?:y|ies)|sources?|platforms?)\b/i,
  },
  // A courier, carrier or firm named by its contract ("while in the custody of a contracted
  // courier").
  {
    key: 'third_party',
    re: /\bcontracted\s+(?:[\w-]+\s+)?(?:couriers?|carriers?|firms?|compan(?:y|ies)|agenc(?:y|ies)|mail(?:ing)?\s+(?:house|service|vendor)s?|delivery\s+services?|shredding\s+(?:company|service|vendor)s?|print(?:ers?|ing\s+(?:company|vendor)))\b/i,
    not: /\bforensic|\bcyber\s?security\b|\bto\s+(?:help|assist|investigate|notify|mail)\b/i,
  },
  // A site or tool used by the writer's outside service ("an FTP site used by its outside billing
  // service"); not systems the writer owns that a third party only operates for it.
  {
    key: 'third_party',
    re: /\b(?:utili[sz]ed|used|engaged|retained)\s+by\s+(?:[\w’'-]+\s+){0,3}?outside\s+(?:[\w-]+\s+)?(?:services?|vendors?|contractors?|compan(?:y|ies))\b|\bour\s+outside\s+(?:[\w-]+\s+)?(?:services?|vendors?|contractors?)\b/i,
    not: /\bforensic|\bcyber\s?security\b|\blegal\s+counsel\b|\bto\s+(?:help|assist|investigate|notify|mail)\b/i,
  },
  // Records a search engine turned up ("reports could be found through a Google search").
  {
    key: 'misconfiguration',
    re: /\bcould\s+be\s+(?:found|viewed|located|seen)\s+(?:online\s+)?(?:through|via|using|by)\s+(?:an?\s+)?(?:Google|Bing|internet|web|online|search)\b/i,
  },
  // A member of staff, present or former, who took files while still employed ("a former loan
  // officer took files from our systems while she was still employed").
  {
    key: 'insider',
    re: /\b(?:took|copied|downloaded|removed|forwarded|e-?mailed|transferred|stole)\s+(?:[\w’'-]+\s+){0,3}?(?:files|data|information|records|documents)\b[^.;]{0,120}?\bwhile\s+(?:(?:he|she|they|the\s+(?:[\w-]+\s+)?employee)\s+(?:was|were)\s+)?still\s+(?:employed|working)\b|\bformer\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?|staff(?:\s+members?)?|agents?|representatives?|managers?|associates?)\b[^.;]{0,120}?\b(?:took|copied|downloaded|removed|stole|retained|kept)\s+(?:[\w’'-]+\s+){0,3}?(?:files|data|information|records|documents|lists?)\b/i,
    not: /\b(?:unknown|unauthori[sz]ed\s+(?:third|part)|hackers?|attackers?|cyber\w*|threat\s+actors?|intruders?)\b/i,
  },
];

// Looking for malware is no malware found ("tested the website for malware and found none").
const SEARCHED_FOR =
  /\b(?:scan(?:ned|ning|s)?|test(?:ed|ing|s)?|check(?:ed|ing|s)?|search(?:ed|ing)?|screen(?:ed|ing)?)\s+(?:[\w’'.-]+\s+){0,4}?for\s+(?:any\s+)?$/i;
// A method named only as a possibility ("a possible ransomware attempt").
const HEDGED_METHOD = /\b(?:possible|potential)\s+$/i;
// "employees, former employees and beneficiaries": whose data it is, listed beside the staff.
const LISTED_PEOPLE =
  /\b(?:employees|staff|members|customers|retirees|beneficiaries|dependents|students|patients),\s+$|\b(?:includes?|including|included|as\s+well\s+as|such\s+as)\s+$/i;

/** Whether an English hit of a mechanism is no cause where it stands (a search, a guess, a list). */
export function vetoMechanismEnglish(key: Cause, sentence: string, at: number, match: string): boolean {
  const before = sentence.slice(Math.max(0, at - 80), at);
  if ((key === 'malware' || key === 'ransomware') && SEARCHED_FOR.test(before)) return true;
  if (
    key === 'ransomware' &&
    HEDGED_METHOD.test(before) &&
    /^\s*attempt/i.test(sentence.slice(at + match.length))
  )
    return true;
  if (key === 'insider' && /^former\s+employees?$/i.test(match) && LISTED_PEOPLE.test(before)) return true;
  // "X, a provider of treatment and care services, has found …": what the writer is, not a vendor.
  if (
    key === 'third_party' &&
    /^an?\s+(?:[\w-]+\s+)?providers?$/i.test(match) &&
    /^\s+of\b/i.test(sentence.slice(at + match.length))
  )
    return true;
  return false;
}
