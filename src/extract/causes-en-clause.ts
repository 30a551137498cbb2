import type { CauseRule } from './causes-en.js';

/**
 * English cause statements in clause forms the other rule files miss: mail sent "in error", a
 * "mailing error"; passwords reused from other sites; data left reachable ("accessible for viewing
 * on the internet", "an incorrect security setting"); staff who acted against policy or let an
 * outsider in; an intrusion named only as a cyber incident (weak: any stated method replaces it).
 */
export const EN_CLAUSE_RULES: CauseRule[] = [
  // Mail, a letter or a file sent to the wrong person: "sent an email in error to a person outside
  // the clinic", "a mailing error", "letters addressed to the wrong members", "sent to another
  // patient". Not a fraudster's message sent to staff (phishing).
  {
    key: 'misdelivery',
    re: /\b(?:sent|mailed|e-?mailed|faxed|posted|forwarded|delivered|shared)\b[^.;]{0,60}?\b(?:in\s+error|by\s+mistake|in\s+mistake)\s+to\b|\bmailing\s+(?:error|mistake)s?\b|\b(?:addressed|directed)\s+to\s+(?:the\s+)?(?:wrong|incorrect)\b|\b(?:sent|mailed|e-?mailed|faxed|delivered)\s+to\s+(?:an?\s+)?(?:another|a\s+different|different)\s+(?:[\w-]+\s+)?(?:customers?|patients?|members?|individuals?|persons?|clients?|recipients?|employees?|parties|party|address(?:es)?)\b/i,
    not: /\b(?:phish\w*|fraudulent|fraudsters?|criminals?|hackers?|attackers?|scam\w*|impersonat\w*|spoof\w*|malicious)\b/i,
  },
  // Passwords taken from another site's breach and tried here: "username/password pairs obtained
  // from other sources", "customers who reuse passwords", "the same password on other websites", "a
  // leaked password list" (session 15).
  {
    key: 'credential_stuffing',
    re: /\b(?:user\s?name|log-?in|e-?mail(?:\s+address)?)\s*(?:\/|and)\s*password\s+(?:combinations|pairs)\b[^.;]{0,80}\b(?:other|third[- ]party|unrelated|previous|prior)\s+(?:sources|sites|websites|services|companies|breaches|incidents)\b|\b(?:user\s?names?|credentials|passwords)\b[^.;]{0,60}\b(?:obtained|stolen|taken|leaked|exposed|acquired)\s+(?:in|from|during)\s+(?:an?\s+|the\s+)?(?:unrelated|third[- ]party|other|another|previous|prior|separate)\s+(?:data\s+)?(?:breach(?:es)?|incidents?|sources?|sites?|websites?|services?|compan(?:y|ies))\b|\b(?:reuse[ds]?|re-used|recycled)\s+(?:(?:their|the\s+same|same|a)\s+)?(?:passwords?|credentials|log-?in\s+credentials)\b|\b(?:pre-?existing|leaked|stolen|known|breached|publicly\s+available)\s+(?:(?:user\s?name|e-?mail)\s+and\s+)?(?:password|credential)\s+lists?\b|\b(?:password|credential)\s+lists?\s+(?:obtained|taken|leaked|stolen)\s+(?:in|from)\b|\bsame\s+(?:user\s?name\s+and\s+)?password\b[^.;]{0,80}\b(?:other|multiple|another)\s+(?:sites|websites|services|accounts|platforms)\b|\b(?:other|another)\s+(?:company['’]s\s+)?(?:sites?|websites?|services?)\b[^.;]{0,60}\bused\s+the\s+same\s+(?:or\s+(?:a\s+)?similar\s+)?(?:password|credentials|log-?in\s+(?:information|credentials|details))\b/i,
    not: /\b(?:do\s+not|don['’]t|never|avoid|recommend\w*|encourage\w*|urge|should|suggest\w*)\b/i,
  },
  // Data left reachable by a setting: "forms were accessible for viewing on the internet", "records
  // made available on the Internet", "an incorrect security setting", "accessable by staff of other
  // customers", a system "set up in a manner that permitted" outside access.
  {
    key: 'misconfiguration',
    re: /\b(?:was|were|been|became)\s+(?:temporarily\s+|inadvertently\s+|publicly\s+)?(?:accessible|viewable|available|visible)\s+for\s+(?:viewing|download(?:ing)?|anyone)\s+(?:on|via|over|through)\s+(?:the\s+)?(?:internet|web)\b|\b(?:made|left)\s+(?:(?:the|these|those|some|certain|its|their|our)\s+(?:[\w-]+\s+){0,2}?)?(?:publicly\s+)?(?:available|accessible|viewable)\s+(?:on|via|over|through)\s+(?:the\s+)?(?:public\s+)?(?:internet|web)\b|\b(?:incorrect|improper|erroneous|wrong)\s+(?:security|access|sharing|privacy)\s+setting\b|\b(?:was|were|been)\s+(?:potentially\s+|temporarily\s+|inadvertently\s+)?accessible\s+to\s+outsiders\b|\baccessable\s+(?:to|by)\s+(?:[\w-]+\s+){0,3}(?:of|at)\s+other\s+(?:customers|companies|organizations|clients|employers)\b/i,
  },
  // Staff acting against policy or letting someone in: "an employee e-mailed a file to a broker in
  // violation of company policy", "an employee of a consulting firm allowed unauthorized access",
  // access "outside the scope of her job duties".
  {
    key: 'insider',
    re: /\b(?:employee|staff\s+member|worker|associate|consultant)\b(?!\s+(?:data|information|records|files))[^.;]{0,120}\bin\s+violation\s+of\s+(?:[\w’'-]+\s+){0,3}polic(?:y|ies)\b|\b(?:employee|staff\s+member|worker|associate|consultant)\b[^.;]{0,100}\ballowed\s+unauthori[sz]ed\s+access\b|\b(?:accessed|viewed|used|looked\s+at)\b[^.;]{0,80}\b(?:outside|beyond)\s+(?:the\s+scope\s+of\s+)?(?:his|her|their)\s+(?:job\s+|work\s+|employment\s+)?(?:duties|responsibilities|role)\b/i,
    not: /\b(?:hackers?|attackers?|cyber\w*|threat\s+actors?|intruders?|phish\w*)\b/i,
  },
  // Data taken by someone who worked for the writer: "information may have been stolen by a former
  // investment representative of the firm".
  {
    key: 'insider',
    re: /\b(?:stolen|taken|misappropriated|misused|copied)\s+(?:from|by)\s+(?:a|an|the|our|one\s+of\s+our)\s+former\s+(?:[\w,&.-]+\s+){0,5}?(?:employees?|representatives?|agents?|advis[eo]rs?|brokers?|associates?|staff\s+members?|contractors?|consultants?)\b/i,
  },
  // An intrusion named only as such: "the cyber incident", "a cybersecurity incident", outsiders who
  // "gained the ability to access" files. Weak: dropped when the letter states the method.
  {
    key: 'unauthorized_access',
    re: /\bcyber[- ]?(?:security\s+)?incident\b|\b(?:unauthori[sz]ed|unknown|outside|malicious)\s+(?:individuals?|part(?:y|ies)|actors?|persons?)\s+(?:gained|obtained|had)\s+the\s+ability\s+to\s+access\b/i,
    not: /\b(?:prevent\w*|plan|response\s+plan|preparedness|insurance|training|exercise)\b/i,
    weak: true,
  },
  // The incident placed at a named party that the letter introduces as serving it: "a security
  // incident at Acme Inc., the company that managed our online store", "X, which maintains some of
  // our clients' information, mistakenly provided a file to another company".
  {
    key: 'third_party',
    re: /\b(?:incident|breach|attack|intrusion|compromise)\s+(?:(?:that\s+)?(?:occurred\s+|took\s+place\s+)?at|involving\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:laptop|computer|device|server|system|drive)s?\s+(?:belonging\s+to|owned\s+by|of))\s+(?:[^.;]|\.(?!\s+[A-Z])){2,80}?,\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,3}(?:company|firm|vendor|provider|business|contractor)\s+(?:that|which|who)\s+(?:provides?|provided|manages?|managed|hosts?|hosted|operates?|operated|offers?|facilitates?|maintains?|maintained|supplies?|runs?|ran|processes|processed|audits?|audited|administers?|administered|handles?|handled|prepares?|prepared)\b|,\s+(?:which|who|that)\s+(?:maintains|stores|holds|hosts|processes|manages)\s+(?:some\s+of\s+|certain\s+)?(?:our|the)\s+(?:[\w-]+['’]?\s+){0,2}(?:information|data|records)\b[^.;]{0,160}\b(?:mistakenly|inadvertently|unauthori[sz]ed|compromised|attacked|breached|hacked|accessed)\b/i,
  },
  // Files locked by an intruder, the word ransomware unsaid: "servers had been encrypted and
  // rendered inaccessible", "the unauthorized encryption of certain files", "unauthorized
  // individuals encrypted a large share of the files". Not data encrypted as a safeguard.
  {
    key: 'ransomware',
    re: /\bunauthori[sz]ed\s+encryption\s+of\b|\bencrypted\s+and\s+(?:rendered|made|left)\s+(?:[\w-]+\s+)?(?:inaccessible|unusable|unavailable|unreadable|inoperable)\b|\b(?:unauthori[sz]ed|unknown|malicious|criminal)\s+(?:individuals?|part(?:y|ies)|actors?|third[- ]part(?:y|ies)|persons?)\s+(?:had\s+|have\s+|also\s+|then\s+)?(?:encrypted|attempted\s+to\s+encrypt)\b|\bransomeware\b/i,
  },
  // Data shown to the wrong users by a setting: "records were available to certain franchisees",
  // "statements were visible to other account holders".
  {
    key: 'misconfiguration',
    re: /\b(?:was|were|been|became)\s+(?:temporarily\s+|inadvertently\s+|briefly\s+|mistakenly\s+)?(?:available|accessible|visible|viewable)\s+to\s+(?:certain|some|several|other|a\s+(?:small\s+)?number\s+of)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:franchisees|users|customers|members|clients|employers|subscribers|account\s+holders|agencies|organi[sz]ations)\b/i,
    not: /\b(?:authori[sz]ed|unauthori[sz]ed|hackers?|attackers?|criminals?|threat\s+actors?|whether|if)\b/i,
  },
];
