import type { CauseRule } from './causes-en.js';

/**
 * English wordings of access by someone not entitled to it: an intrusion whose method the letter
 * leaves unsaid (taxonomy "unauthorized_access", kept weak: dropped when a specific method is
 * stated) — access told as done without leave, activity on the writer's own systems that it calls
 * suspicious or unusual — and staff who went beyond their job ("insider").
 */
export const EN_ACCESS_RULES: CauseRule[] = [
  // Access told as done without leave, the doer unnamed ("the email account had been accessed at
  // varying times … without authorization", "an individual obtained access to the system … without
  // proper authorization", "unauthorized attempts to access", card numbers "acquired without
  // authorization", files "unlawfully accessed"); not what was looked for ("whether data was
  // accessed without authorization", "no indication that …").
  {
    key: 'unauthorized_access',
    re: /\b(?:accessed|obtained\s+access|gained\s+access|had\s+access|acquired|obtained|taken|viewed|copied|downloaded)\b[^.;]{0,80}\bwithout\s+(?:proper\s+|valid\s+|our\s+)?(?:authori[sz]ation|permission)\b|\bunauthori[sz]ed\s+attempts?\s+to\s+access\b|\b(?:unlawfully|illegally|wrongfully)\s+(?:accessed|acquired|obtained|taken|viewed|downloaded|copied)\b/i,
    not: /\b(?:whether|if|no\s+(?:evidence|indication|sign|reason)|not\s+(?:aware|find|found|believe)|unaware|prevent\w*)\b/i,
    weak: true,
  },
  // Something seen on the writer's own systems that the letter calls suspicious or unusual ("we
  // discovered suspicious activity on our computer systems", "unusual activity in its network"): an
  // intrusion, the method unsaid. Not advice to watch one's own accounts.
  {
    key: 'unauthorized_access',
    re: /\b(?:suspicious|unusual|anomalous)\s+(?:(?:log-?in|network|e-?mail|account)\s+)?(?:activity|access)\s+(?:on|in|within|involving|to|surrounding|relating\s+to|affecting)\s+(?:one\s+of\s+|certain\s+|some\s+of\s+|an?\s+)?(?:our|its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:systems?|networks?|servers?|e-?mail|computers?|environment|website|databases?|platform|portal)\b/i,
    not: /\b(?:your|monitor\w*|watch\w*|review\w*\s+(?:your|account)|report\s+(?:any|it)|prevent\w*|detect\s+(?:and|or)|vigilan\w*)\b/i,
    weak: true,
  },
  // An attacker or intruder, unnamed, told as doing the deed ("the attackers gained access to the
  // customer database", "an attacker may have accessed personal information", "the intruders
  // obtained a copy of a database"); not advice or a safeguard.
  {
    key: 'unauthorized_access',
    re: /\b(?:attackers?|intruders?|bad\s+actors?)\s+(?:may\s+have\s+|might\s+have\s+|had\s+|has\s+|have\s+|also\s+|then\s+)?(?:stole|took|exfiltrated|copied|downloaded|removed|accessed|obtained|acquired|viewed|gained\s+access)\b/i,
    not: /\b(?:prevent\w*|protect\w*|whether|if|no\s+(?:evidence|indication|sign|reason)|not\s+(?:aware|find|found|believe))\b/i,
    weak: true,
  },
  // Systems or files told as open to an outsider ("certain systems were accessible to an unknown
  // actor between May 1 and May 2").
  {
    key: 'unauthorized_access',
    re: /\b(?:was|were|had\s+been|became)\s+accessible\s+to\s+(?:an?\s+)?(?:unknown|unauthori[sz]ed|outside|malicious)\s+(?:actors?|part(?:y|ies)|persons?|individuals?|third[- ]part(?:y|ies)|users?)\b/i,
    not: /\b(?:whether|if|no\s+(?:evidence|indication|sign|reason)|not\s+(?:aware|find|found|believe))\b/i,
    weak: true,
  },
  // An intruder forcing a way into the writer's systems, or data carried off to an outside address
  // ("the hacker had forced their way into the email system", "records were accessed and copied from
  // a student database to an off-campus IP address").
  {
    key: 'unauthorized_access',
    re: /\b(?:forced|forcing|hacked|hacking)\s+(?:(?:their|its|his|her|a)\s+)?(?:way\s+)?into\s+(?:the\s+|our\s+|its\s+|their\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?(?:systems?|networks?|servers?|e-?mail|databases?|accounts?|computers?|website|portal)\b|\b(?:accessed|copied|downloaded|transferred|exfiltrated|sent)\b[^.;]{0,80}\bto\s+(?:an?\s+)?(?:off-?campus|off-?site|outside|external|unknown|foreign|overseas|unauthori[sz]ed)\s+(?:IP\s+address(?:es)?|servers?|computers?|locations?)\b/i,
    not: /\b(?:whether|if|no\s+(?:evidence|indication|sign|reason)|not\s+(?:aware|find|found|believe)|prevent\w*)\b/i,
    weak: true,
  },
  // Staff who used data beyond their job: access exceeded, access without a business need, staff
  // charged with a crime, or data taken to their own devices.
  {
    key: 'insider',
    re: /\bexceeded\s+(?:his|her|their|its)\s+(?:authori[sz]ed\s+)?access\b|\b(?:employees?|staff\s+members?|workers?|associates?|consultants?|contractors?)\b(?!\s+(?:data|information|records|files))[^.;]{0,100}\b(?:arrested|indicted|charged\s+with|convicted)\b|\bwithout\s+(?:a\s+)?(?:direct|legitimate|valid|proper)\s+(?:business|job-related|work-related)\s+(?:purpose|need|reason)\b|\b(?:employees?|staff\s+members?|workers?|associates?)\b(?!\s+(?:data|information|records|files))[^.;]{0,80}\b(?:unlawful|illegal|improper|unauthori[sz]ed)\s+use\s+of\b/i,
  },
  {
    key: 'insider',
    re: /\b(?:employees?|staff\s+members?|workers?|associates?)\b(?!\s+(?:data|information|records|files))[^.;]{0,120}\b(?:downloaded|transferred|copied|forwarded|e-?mailed|sent|saved|uploaded)\b[^.;]{0,80}\bto\s+(?:(?:a|an|his|her|their)\s+)?(?:own\s+)?(?:personal|portable|private|home|external)\b/i,
    not: /\b(?:unknown|unauthori[sz]ed\s+(?:third|part)|third[- ]part(?:y|ies)\s+(?:gained|accessed)|hackers?|attackers?|cyber\w*|threat\s+actors?|intruders?|criminals?)\b/i,
  },
];
