import type { CauseRule } from './causes-en.js';

/**
 * English wordings of an intrusion whose method the letter leaves unsaid (taxonomy
 * "unauthorized_access", kept weak: dropped when a specific method is stated): access told as done
 * without leave, and activity on the writer's own systems that it calls suspicious or unusual.
 */
export const EN_ACCESS_RULES: CauseRule[] = [
  // Access told as done without leave, the doer unnamed ("the email account had been accessed at
  // varying times … without authorization", "an individual obtained access to the system … without
  // proper authorization", "unauthorized attempts to access"); not what was looked for ("whether
  // data was accessed without authorization", "no indication that …").
  {
    key: 'unauthorized_access',
    re: /\b(?:accessed|obtained\s+access|gained\s+access|had\s+access)\b[^.;]{0,80}\bwithout\s+(?:proper\s+|valid\s+|our\s+)?(?:authori[sz]ation|permission)\b|\bunauthori[sz]ed\s+attempts?\s+to\s+access\b/i,
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
];
