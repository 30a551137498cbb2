import type { CauseRule } from './causes-en.js';

/**
 * English wordings of phishing told by what the mail did rather than by its name: it asked staff
 * for their logins, or led them to give them away. Advice to the reader about such mail is not an
 * incident.
 */
export const EN_LURE_RULES: CauseRule[] = [
  // Mail that asked staff for their logins, or got them to give them ("sent emails to certain
  // employees soliciting their login information", "an email that led them to unknowingly provide
  // their login credentials", W-2s released "due to an email scam").
  {
    key: 'phishing',
    re: /\be-?mails?\b[^.;]{0,100}\b(?:soliciting|requesting|asking\s+for|seeking|led\s+\w+\s+to\s+(?:unknowingly\s+)?(?:provide|enter|disclose)|trick\w*|induc\w*)\b[^.;]{0,60}\b(?:log-?in|credentials|passwords?|user\s?names?|W-?2)|\be-?mail\s+scams?\b|\b(?:unknowingly|inadvertently|mistakenly)\s+(?:provided|entered|disclosed|gave|supplied)\s+(?:[\w’']+\s+){0,3}(?:log-?in|credentials|passwords?|user\s?names?)/i,
    not: /\b(?:be\s+(?:alert|vigilant|cautious|aware|wary)|beware|watch\s+(?:out\s+)?for|do\s+not\s+(?:click|open|respond|reply)|never\s+(?:ask|request|send)|will\s+not\s+(?:ask|request)|precautions|scams?\s+are|if\s+you\s+receive|report\s+(?:any\s+)?(?:suspicious|fraudulent))/i,
  },
];
