import type { MeasureRule } from './measures-en.js';
import type { Measure } from './types.js';

/**
 * English measures read as one verb class and one object class, in every tense, voice and noun form
 * of the same act: a safeguard strengthened or put in place ("implemented stricter access controls",
 * "our password requirements have been updated", "we will deploy endpoint detection tools"), a
 * review carried out ("conducted a risk assessment"), passwords or sessions made useless ("rotated
 * all administrative credentials", "revoked all active sessions").
 *
 * Under a heading that tells what the writer did ("What we are doing", "Steps we have taken", "Our
 * response"), a listed step counts even as a bare noun phrase ("- Additional staff training"); under
 * one that advises the reader ("What you can do"), a safeguard the reader is told to add is no
 * measure of the writer's.
 */

// Put in place, made stronger, or changed: the verb class of a safeguard added or reinforced.
const IMPROVE = String.raw`(?:implement(?:ed|ing|s)?|introduc(?:e|ed|es|ing)|deploy(?:ed|ing|s)?|install(?:ed|ing|s)?|add(?:ed|ing|s)?|enabl(?:e|ed|es|ing)|roll(?:ed|ing|s)?\s+out|put(?:ting)?\s+in\s+place|adopt(?:ed|ing|s)?|strengthen(?:ed|ing|s)?|enhanc(?:e|ed|es|ing)|improv(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)|bolster(?:ed|ing|s)?|reinforc(?:e|ed|es|ing)|tighten(?:ed|ing|s)?|expand(?:ed|ing|s)?|increas(?:e|ed|es|ing)|harden(?:ed|ing|s)?|updat(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|review(?:ed|ing|s)?|re-?evaluat(?:e|ed|es|ing)|overhaul(?:ed|ing|s)?|establish(?:ed|es|ing)?|enforc(?:e|ed|es|ing)|augment(?:ed|ing|s)?|heighten(?:ed|ing|s)?|step(?:ped|ping|s)?\s+up|instituted?|instituting)`;
// The same acts told in the passive, after the object: "access controls have been tightened".
const IMPROVED = String.raw`(?:implemented|introduced|deployed|installed|added|enabled|rolled\s+out|put\s+in\s+place|adopted|strengthened|enhanced|improved|upgraded|bolstered|reinforced|tightened|expanded|increased|hardened|updated|revised|reviewed|overhauled|established|enforced|augmented|heightened|stepped\s+up|instituted)`;
const BE = String.raw`(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|are\s+being|is\s+being|are\s+now|is\s+now|are|is)`;
// Up to four words between the verb and its object ("implemented stricter role-based access
// controls"), none of them one that starts another clause.
const GAP = String.raw`(?:(?!(?:and|but|to|that|which|who|by|on|if|when|because|after|before|for|from|with|in|into|of)\b)[\w’'/-]+\s+){0,4}?`;
// Words that tell a step added or reinforced, before a bare noun in a list of steps.
const ADDED = String.raw`(?:additional|enhanced|improved|increased|expanded|stronger|strengthened|stricter|tighter|new|further|mandatory|upgraded|heightened|extra|more\s+(?:robust|frequent|rigorous))`;

/** Object classes: the safeguard each measure puts in place. */
const OBJECTS: [Measure, string][] = [
  [
    'monitoring_enhanced',
    String.raw`(?:(?:security|network|system|threat|endpoint|continuous|24\/7|real-time|log|activity|traffic)\s+)?(?:monitoring|logging|alerting|(?:intrusion|threat|anomaly|malware|breach)\s+detection|detection\s+(?:and\s+response\s+)?(?:tools?|capabilit(?:y|ies)|systems?|software|technolog(?:y|ies))|endpoint\s+detection|EDR|XDR|SIEM|security\s+operations\s+cent(?:er|re))\b`,
  ],
  [
    'access_control_tightened',
    String.raw`(?:access\s+(?:controls?|restrictions?|rights|permissions|privileges|policies|management)|permissions|privileges|network\s+segmentation|least[- ]privilege|(?:remote|VPN|network)\s+access\s+(?:controls?|restrictions?|requirements|security)|conditional\s+access|IP\s+(?:allow|white)-?list(?:s|ing)?)\b`,
  ],
  [
    'credential_management',
    String.raw`(?:password\s+(?:polic(?:y|ies)|requirements|complexity|standards|rules|strength|management|hygiene)|credential\s+(?:management|polic(?:y|ies)|hygiene)|privileged\s+access\s+management|password\s+managers?)\b`,
  ],
  [
    'staff_training',
    String.raw`(?:(?:security|privacy|cyber-?\s?security|cyber|phishing|data\s+protection|information\s+security|HIPAA|compliance|staff|employee|workforce)\s+){1,3}(?:awareness\s+)?(?:training|education)\b|(?:training|education)\s+(?:for|of|to|with)\s+(?:all\s+)?(?:our\s+|its\s+)?(?:staff|employees|workforce|personnel|team\s+members|workers|colleagues)\b`,
  ],
  [
    'process_review',
    // "processes" is left out: as a verb it follows any noun ("updated how the server processes …").
    String.raw`(?:(?:internal|data[- ]handling|information[- ]handling|security|operational|IT|business|verification|approval|payment|mailing)\s+)?(?:(?:polic(?:y|ies)|processes|practices)\s+and\s+procedures|procedures)\b`,
  ],
  [
    'vulnerability_assessment',
    String.raw`(?:penetration\s+test(?:s|ing)?|vulnerability\s+(?:scans?|scanning|assessments?|testing|tests)|security\s+(?:assessments?|audits?|testing)|risk\s+assessments?|(?:audit|assessment)\s+of\s+(?:our\s+|its\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?(?:security|systems|controls|infrastructure|environment))\b`,
  ],
  ['encryption', String.raw`(?:encryption|full[- ]disk\s+encryption)\b`],
];

// A participle read as an adjective ("under our established procedures") is no act.
const NOT_ADJ = String.raw`(?<!\b(?:our|its|the|their|with|per|under|of|existing|already|previously)\s+[\w-]+)`;
// Rules and procedures are revised, not installed: the verb class of a process review.
const REVISE = String.raw`(?:review(?:ed|ing|s)?|revis(?:e|ed|es|ing)|updat(?:e|ed|es|ing)|strengthen(?:ed|ing|s)?|enhanc(?:e|ed|es|ing)|improv(?:e|ed|es|ing)|overhaul(?:ed|ing|s)?|tighten(?:ed|ing|s)?|re-?evaluat(?:e|ed|es|ing)|introduc(?:e|ed|es|ing)\s+new|adopt(?:ed|ing|s)?\s+new|implement(?:ed|ing|s)?\s+(?:new|additional|revised|updated|stricter))`;
// Verbs that carry out a review or an assessment ("conducted a risk assessment").
const CONDUCT = String.raw`(?:conduct(?:ed|ing|s)?|order(?:ed|ing|s)?|perform(?:ed|ing|s)?|commission(?:ed|ing|s)?|undert(?:ake|aken|ook|aking)|carr(?:ied|ying|y)\s+out|complet(?:e|ed|ing)|initiat(?:e|ed|ing)|schedul(?:e|ed|ing)|provid(?:e|ed|es|ing)|deliver(?:ed|ing|s)?|hold|held|holding)`;

// Advice to the reader, and a safeguard the writer only had before (cause, not a step).
const NOT_OURS =
  /\b(?:you|your|yourself|credit\s+monitoring|identity\s+(?:theft\s+)?(?:protection|monitoring)|dark\s+web)\b/i;

// The head noun of each object class, looked for ahead of the verb before the words between are
// tried (most verbs of the class have no such object near them).
const HEADS: Partial<Record<Measure, string>> = {
  monitoring_enhanced: 'monitoring|logging|alerting|detection|EDR|XDR|SIEM|cent(?:er|re)',
  access_control_tightened:
    'controls?|restrictions?|rights|permissions|privileges?|policies|management|segmentation|requirements|(?:allow|white)-?list\\w*|conditional\\s+access',
  credential_management: 'password|credential|privileged',
  staff_training: 'training|education',
  process_review: 'procedures',
  vulnerability_assessment: 'penetration|vulnerability|assessments?|audits?|testing|tests',
  encryption: 'encryption',
};

// Object classes read in the passive too ("permissions … have been tightened"); the others' passive
// forms are read by measures-en.ts and measures.ts already.
const PASSIVE: ReadonlySet<Measure> = new Set<Measure>([
  'access_control_tightened',
  'credential_management',
  'encryption',
]);

function verbsOf(key: Measure): string {
  if (key === 'process_review') return REVISE;
  return key === 'vulnerability_assessment' || key === 'staff_training'
    ? `(?:${IMPROVE}|${CONDUCT})`
    : IMPROVE;
}

/** The verb-first form of each object class ("implemented stricter access controls"). */
function verbRule(key: Measure, obj: string, flags: string): MeasureRule {
  const head = String.raw`(?=[^.;!?]{1,80}?\b(?:${HEADS[key]}))`;
  return {
    key,
    re: new RegExp(String.raw`\b${verbsOf(key)}${NOT_ADJ}${head}\s+${GAP}(?:${obj})`, flags),
    not: NOT_OURS,
  };
}

// Procedures revised, read anywhere, cost held-out set I one false value for set H's one true one:
// they are read only in a section of the writer's response (EN_SECTION_MEASURE_RULES).
export const EN_SECTION_MEASURE_RULES: MeasureRule[] = OBJECTS.filter(
  ([key]) => key === 'process_review',
).map(([key, obj]) => verbRule(key, obj, 'i'));

// The verb-first forms are not compiled into the measures lexicon: seven alternations of some fifty
// verbs each, tried at every word, cost the lexicon a third more time. One pattern finds a verb of
// the classes with a head noun ahead (actVerbHits), and only there are the rules tried.
const VERB_RULES: MeasureRule[] = OBJECTS.filter(([key]) => key !== 'process_review').map(([key, obj]) =>
  verbRule(key, obj, 'iy'),
);
const HEAD_FIND = new RegExp(String.raw`\b(?:${Object.values(HEADS).join('|')})`, 'gi');
const VERB_FIND = new RegExp(String.raw`\b(?:${IMPROVE}|${CONDUCT})${NOT_ADJ}`, 'gi');

/**
 * Hits of the verb-first object-class rules in `text`, in order of their verbs; `skip(key)` leaves a
 * found key out. Head nouns are rarer than the verbs: the verbs are looked for only in the 90
 * characters before each head noun.
 */
export function* actVerbHits(
  text: string,
  skip: (key: Measure) => boolean,
): Generator<{ rule: MeasureRule; index: number; match: string }> {
  const starts: number[] = [];
  let covered = 0;
  HEAD_FIND.lastIndex = 0;
  for (let h = HEAD_FIND.exec(text); h !== null; h = HEAD_FIND.exec(text)) {
    const from = Math.max(covered, h.index - 90);
    VERB_FIND.lastIndex = from;
    for (let v = VERB_FIND.exec(text); v !== null && v.index < h.index; v = VERB_FIND.exec(text)) {
      starts.push(v.index);
      VERB_FIND.lastIndex = v.index + 1;
    }
    covered = Math.max(covered, h.index);
  }
  for (const at of starts) {
    for (const rule of VERB_RULES) {
      if (skip(rule.key)) continue;
      rule.re.lastIndex = at;
      const hit = rule.re.exec(text);
      if (hit) yield { rule, index: at, match: hit[0] };
    }
  }
}

/** The passive form of an object class: "access permissions … have been tightened". */
const PASSIVE_RULES: MeasureRule[] = OBJECTS.filter(([key]) => PASSIVE.has(key)).map(([key, obj]) => ({
  key,
  re: new RegExp(
    String.raw`\b(?:${obj})(?:\s+[\w-]+){0,5}?\s+${BE}\s+(?:also\s+|now\s+|further\s+|significantly\s+|been\s+)?${IMPROVED}\b`,
    'i',
  ),
  not: NOT_OURS,
}));

export const EN_ACT_MEASURE_RULES: MeasureRule[] = [
  ...PASSIVE_RULES,
  // Passwords or credentials changed by the writer, in any form: "rotated all administrative
  // credentials", "required all staff to reset their passwords", "passwords were reset".
  {
    key: 'password_reset',
    re: /\b(?:rotat(?:e|ed|es|ing)|reset(?:s|ting)?|expir(?:e|ed|es|ing)|invalidat(?:e|ed|es|ing))\s+(?:all\s+|the\s+|our\s+|its\s+|affected\s+|relevant\s+|compromised\s+|exposed\s+|impacted\s+|potentially\s+\w+\s+)?(?:(?:employee|user|staff|administrative|admin|system|account|network|service|privileged|e-?mail|login)\s+){0,2}(?:passwords?|credentials)\b|\b(?:required|requiring|require|forced|forcing|force|prompted|prompting|asked|asking|instructed|directed)\s+(?:all\s+)?(?:of\s+)?(?:our\s+|its\s+|the\s+|affected\s+|impacted\s+)?(?:[\w-]+\s+)?(?:users|employees|staff|customers|members|account\s?holders|patients|students|clients)\s+to\s+(?:reset|change|update)\s+(?:their|its)\s+passwords?\b/i,
  },
  // Sessions ended for everyone: "revoked all active sessions", "signed out every user".
  {
    key: 'logins_blocked',
    re: /\b(?:revok(?:e|ed|ing)|invalidat(?:e|ed|ing)|terminat(?:e|ed|ing)|expir(?:e|ed|ing)|reset(?:ting)?|end(?:ed|ing)?)\s+(?:all\s+)?(?:active\s+|existing\s+|current\s+|user\s+|login\s+|open\s+|authentication\s+)*(?:sessions|session\s+tokens|login\s+tokens)\b|\b(?:logged|signed|logging|signing)\s+out\s+(?:all|every)\b/i,
    not: /\byou\b/i,
  },
  // The intruder's way in shut: "blocked the malicious IP addresses", "removed the threat actor's
  // access", "evicted the attacker from our network".
  {
    key: 'access_blocked',
    re: /\bblock(?:ed|ing|s)?\s+(?:the\s+|all\s+|any\s+)?(?:[\w’'-]+\s+){0,2}?(?:IP\s+addresses|IPs|domains|traffic|connections)\b|\b(?:removed|revoked|cut\s+off|ended|terminated|eliminated)\s+(?:the\s+)?(?:attacker|threat\s+actor|intruder|hacker|criminal|unauthori[sz]ed\s+(?:party|user|third\s+party|actor))[’']s?\s+access\b|\bevict(?:ed|ing)\s+(?:the\s+)?(?:attacker|threat\s+actor|intruder|hacker)s?\b/i,
    not: /\b(?:you|your|whether|unable\s+to|could\s+not)\b/i,
  },
  // Security updates applied: "applied the latest security patches", "installed critical updates".
  {
    key: 'bug_fixed',
    re: /\b(?:appl(?:y|ied|ying)|install(?:ed|ing)?|deploy(?:ed|ing)?)\s+(?:all\s+|the\s+|available\s+|latest\s+|critical\s+|necessary\s+|relevant\s+|vendor\s+|security\s+|software\s+)*(?:patch(?:es)?|security\s+updates|software\s+updates|fixes)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // The people told: "sent a second email of apology to those affected", "apologised in an email
  // to students", "mailed notice letters to individuals whose …".
  {
    key: 'individual_notification',
    re: /\bsent\s+(?:out\s+)?(?:an?\s+|another\s+|individual\s+|personal\s+|further\s+)?(?:e-?mail|letter|message|notice|notification)s?\b[^.;]{0,40}?\bto\s+(?:all\s+)?(?:those|everyone|anyone|people|the\s+(?:people|individuals|persons))\s+(?:who\s+(?:were|was|had\s+been|have\s+been|may\s+have\s+been)\s+)?(?:affected|impacted|involved|concerned)\b|\b(?:e-?mail|letter|message|note)(?<=\b(?:an?|the|its|their)\s+\w+)\s+to\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|affected\s+|impacted\s+)*(?:students|patients|customers|members|clients|employees|staff|parents|residents|users|tenants|donors|families)\b|\bmailed\s+(?:[\w-]+\s+){0,2}?(?:letters|notices|notifications)\b/i,
    not: /\b(?:phishing|spoofed|fraudulent|scam\w*|attacker|hacker|criminal|you)\b/i,
  },
  // Readers warned of a false mail: "alerted recipients about the bogus message", "warned customers
  // about fraudulent calls".
  {
    key: 'phishing_warning',
    re: /\b(?:notif(?:y|ied|ying)|warn(?:s|ed|ing)?|alert(?:s|ed|ing)?|inform(?:s|ed|ing)?|advis(?:e|ed|es|ing))\s+(?:all\s+)?(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?(?:recipients|customers|members|patients|users|clients|residents|staff|employees|people|individuals|the\s+public)\s+(?:of|about|to\s+(?:beware\s+of|ignore|delete))\s+(?:the\s+|a\s+|any\s+|this\s+)?(?:malicious|fraudulent|phishing|suspicious|scam|fake|spoofed|bogus)\s+(?:e-?mails?|messages?|texts?|calls?|letters?|communications?)\b/i,
  },
  // The machine or paper recovered: "working to recover those computers", "retrieved the laptop".
  {
    key: 'data_deletion',
    re: /\b(?:recover(?:ed|ing|s)?|retriev(?:e|ed|es|ing))\s+(?:the\s+|those\s+|these\s+|all\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:computers?|laptops?|devices?|hard\s+drives?|equipment|documents|papers|letters|USB\s+(?:sticks?|drives?)|memory\s+sticks?|phones?|tablets?)\b/i,
    // An attempt ("in an effort to recover the device") recovers nothing yet.
    not: /\b(?:you|your|unable|could\s+not|cannot|backups?)\b|\b(?:efforts?|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying))\s+to\s+(?:\w+\s+)?(?:recover|retrieve)\b/i,
  },
  // The intruder's path closed: "moved to isolate the affected servers", "network connections
  // were shut down", "shut down internet access to stop the attack".
  {
    key: 'access_blocked',
    re: /\bisolat(?:e|es|ing)\s+(?:the\s+|our\s+|its\s+|all\s+)?(?:impacted\s+|affected\s+|compromised\s+|infected\s+)?(?:[\w-]+\s+)?(?:environment|systems?|servers?|network|devices?|machines?|endpoints?|accounts?|computers?)\b|\b(?:network|internet|external|remote)\s+(?:[\w-]+\s+){0,2}?(?:connections?|connectivity|communication\s+lines?|links?|access)\s+(?:was|were|has\s+been|have\s+been)\s+(?:temporarily\s+|immediately\s+|promptly\s+)?(?:shut\s?down|disconnected|severed|cut(?:\s+off)?|disabled|suspended|blocked)\b|\b(?:stop|halt|contain|block|end|repel)(?<=\bto\s+\w+)\s+(?:the\s+|further\s+|any\s+|this\s+)?(?:cyber-?\s?)?(?:attacks?|intrusions?|attackers?|hackers?)\b/i,
    not: /\b(?:you|your|whether|unable\s+to|could\s+not|attempt\w*|tried|trying)\b/i,
  },
  // Services stopped without a determiner: "shut down phone and email services for a day".
  {
    key: 'service_suspended',
    re: /\bshut(?:ting)?\s+down\s+(?:[\w-]+\s+){0,4}?(?:services|systems|servers|website|portals?)\b/i,
    not: /\b(?:you|your|attempt\w*|tried|trying)\b/i,
  },
  // Staff reminded of the rules: "our staff have been reminded to …", "reminded all employees of".
  {
    key: 'staff_training',
    re: /\b(?:staff|employees|colleagues|personnel|workers|team\s+members|officers)\s+(?:have|has|were|was|will)\s+(?:also\s+|now\s+)?(?:been|be)\s+(?:reminded|re-?briefed|instructed)\b|\breminded\s+(?:all\s+)?(?:of\s+)?(?:our\s+|its\s+|the\s+|their\s+)?(?:staff|employees|colleagues|personnel|workers|team\s+members)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // Staff put through training, told by who undergoes it: "all of our staff are undergoing refreshed
  // training", "the employees involved have received further training".
  {
    key: 'staff_training',
    re: /\b(?:staff|employees|colleagues|personnel|workers|team\s+members|officers|workforce)\s+(?:(?:involved|concerned|responsible)\s+)?(?:are|is|were|was|have|has|will)\s+(?:also\s+|now\s+|all\s+|since\s+|already\s+)?(?:been\s+|be\s+)?(?:undergoing|undergone|undergo|receiving|received|receive|completing|completed|complete|attending|attended|attend|given|provided\s+with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:training|re-?training|refresher)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // Changes to the rules, named as a noun: "changes to procedures", "improvements to our processes".
  {
    key: 'process_review',
    re: /\b(?:changes|improvements|revisions|updates|amendments|enhancements)\s+to\s+(?:our\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:procedures|policies|processes|protocols|practices)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // Monitoring offered to the people: "a provider to help affected customers monitor …".
  {
    key: 'credit_monitoring_offered',
    re: /\bhelp\s+(?:the\s+)?(?:affected\s+|impacted\s+)?(?:customers|individuals|members|patients|clients|users|employees|people)\s+(?:to\s+)?monitor\b/i,
  },
  // A mail sent in error called back: "recalled the e-mail", "the message was recalled".
  {
    key: 'data_deletion',
    re: /\brecall(?:ed|ing)\s+(?:the\s+|that\s+|this\s+)?(?:e-?mail|message)s?\b|\b(?:e-?mail|message)s?\s+(?:was|were|has\s+been|have\s+been)\s+(?:immediately\s+|promptly\s+|successfully\s+)?recalled\b/i,
    not: /\b(?:you|your)\b/i,
  },
];

// "authorities" beside a regulator and no police word: the regulator, not the police.
const POLICE_WORD = /\b(?:police|law\s+enforcement|FBI|Secret\s+Service|sheriff|Garda|crime|fraud\s+unit)\b/i;
const REGULATOR_WORD =
  /\b(?:regulators?|regulatory|Commissioner|Data\s+Protection|supervisory|Attorneys?\s+General)\b/i;

/** Whether a hit is no measure of its kind, for the forms this module reads. */
export function vetoActs(key: Measure, sentence: string, match: string): boolean {
  if (
    key === 'police_report' &&
    /\bauthorities\b/i.test(match) &&
    !POLICE_WORD.test(sentence) &&
    REGULATOR_WORD.test(sentence)
  )
    return true;
  // "Independent security researcher X said …": a researcher's claim, no investigation engaged.
  if (key === 'external_investigation') {
    const at = sentence.indexOf(match);
    if (/^\s*researchers?\b/i.test(sentence.slice(at + match.length))) return true;
  }
  return false;
}

/** A bare step in a list under a heading of the writer's response: "- Additional staff training". */
const LISTED: [Measure, RegExp][] = OBJECTS.map(([key, obj]) => [
  key,
  new RegExp(
    String.raw`^[\s\-–—•*·▪●○■◦]*(?:\d{1,2}[.)]\s*)?(?:${ADDED}\s+(?:[\w-]+\s+){0,2}?)(?:${obj})`,
    'i',
  ),
]);

/** Measures a line under a response heading lists as a noun phrase (the first one it names). */
export function listedStepEn(line: string): Measure | null {
  if (NOT_OURS.test(line)) return null;
  for (const [key, re] of LISTED) if (re.test(line)) return key;
  return null;
}

// A list item that opens with a verb and names no subject: base form, past or gerund.
const BARE_VERB =
  /^[\s\-–—•*·▪●○■◦]*(?:\d{1,2}[.)]\s*)?((?:[A-Za-z]+(?:ed|ing)|reset|set|put|shut|took|sent|began|made|held|ran|sought|notify|inform|contact|engage|retain|hire|implement|deploy|install|add|enable|introduce|roll|adopt|strengthen|enhance|improve|upgrade|tighten|expand|increase|harden|update|revise|review|establish|enforce|require|conduct|perform|provide|offer|block|disable|remove|delete|isolate|contain|secure|report|work|continue|train|retrain|monitor|patch|apply|rotate|revoke|suspend|encrypt|restrict|limit|launch|open|commission|migrate|move|replace|rebuild|restore|change|create|investigate|take|send|mail|email|call|write|recall|destroy|purge|terminate|deactivate|lock|limit|segment|scan|audit|test|assess)\b)/i;
const NOT_A_VERB =
  /^(?:red|bed|need|seed|feed|speed|shed|bring|during|nothing|something|anything|everything|thing|king|ring|spring|string|wing|morning|evening|building|meeting|hearing|setting|training|ceiling|according|including|regarding|following|pending|concerning)$/i;

/** A subjectless list item read as the writer's act ("We will " before it), or null. */
export function subjectlessStepEn(line: string): string | null {
  const m = BARE_VERB.exec(line);
  if (!m || NOT_A_VERB.test(m[1]!)) return null;
  const rest = line.slice(m.index + m[0].length - m[1]!.length);
  return `We will ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

export type EnSection = 'response' | 'advice' | 'other';

const RESPONSE_HEADING =
  /^(?:what\s+(?:we|(?:[\w&’'.-]+\s+){1,4})\s*(?:are|is|have|has|did|will)\s+(?:been\s+)?(?:doing|done|do)\b|what\s+we['’](?:re|ve)\s+(?:doing|done)\b|what\s+(?:has|have|is|was)\s+(?:been\s+)?(?:being\s+)?done\b|(?:the\s+)?(?:steps|actions|measures)\s+(?:(?:that\s+)?(?:we|[\w&’'.-]+)\s+)?(?:have\s+|has\s+|['’]ve\s+)?(?:taken|take|are\s+taking|is\s+taking)\b|(?:our|the|[\w&’'.-]+['’]s?)\s+response\b|(?:immediate\s+)?(?:response|remediation|mitigation|containment|corrective)\s+(?:actions?|steps|measures)\b|remediation\b|mitigation\b|containment\b|how\s+we\s+(?:responded|are\s+responding|have\s+responded)\b|(?:preventing|prevention\s+of)\s+(?:a\s+)?(?:recurrence|future)\b|(?:further|additional|next)\s+(?:steps|measures|actions)\b|what\s+happens\s+next\b|actions?\s+taken\b)/i;
const ADVICE_HEADING =
  /^(?:what\s+(?:you|(?:affected\s+)?\w+)\s+(?:can|should|may|need\s+to)\s+do\b|what\s+can\s+(?:I|you)\s+do\b|what\s+should\s+(?:I|you)\s+do\b|(?:steps|actions|things)\s+you\s+(?:can|should|may)\b|how\s+(?:to|you\s+can|can\s+you|can\s+I)\s+protect\b|protect(?:ing)?\s+yourself\b|recommend(?:ed|ations)\b|(?:our\s+)?advice\b|other\s+important\s+information\b|additional\s+(?:resources|steps\s+you)\b)/i;
// A list item: a bullet or a number opening the line.
const LIST_ITEM = /^\s*(?:[-–—•*·▪●○■◦]|\(?\d{1,2}[.)])\s*\S/;
// The end of a sentence announcing the writer's steps: steps, actions or measures taken, or "the
// following" after a verb of doing, before a colon.
const STEPS_LEAD_IN =
  /\b(?:(?:taken|taking|take|took|implemented|implementing|put\s+in\s+place|adopted|made)\s+(?:[\w’'-]+\s+){0,6}?(?:steps|actions?|measures|changes|precautions|the\s+following)|(?:steps|actions|measures|changes|precautions)\s+(?:[\w’'-]+\s+){0,6}?(?:taken|taking|include|includes|included|including|are|were))\b[^:]{0,120}:\s*$/i;
const ADVICE_LEAD_IN =
  /\b(?:(?:steps|actions?|things|precautions|measures)\s+(?:that\s+)?you\s+(?:can|should|may|might|could)|(?:recommend|encourage|urge|suggest|advise)\w*\s+(?:that\s+)?(?:you|affected\s+\w+|customers|users|members|patients|individuals))\b[^:]{0,160}:\s*$/i;
// A line shaped as a heading: short, no sentence inside, opening with a capital or a mark.
const HEADING_SHAPE = /^(?:#{1,6}\s*|\d{1,2}[.)]\s*|[IVX]{1,4}\.\s*|\*\*)?[A-Z][^.!;]{2,70}[?:]?(?:\*\*)?$/;

/**
 * The English section each line of `text` stands in: null before any heading; a heading that is
 * neither a response nor advice ("What happened", "What information was involved") ends the one
 * before it. Indexed by the line's start offset.
 */
export function enSections(text: string): {
  starts: number[];
  kinds: (EnSection | null)[];
  response: boolean;
} {
  const starts: number[] = [];
  const kinds: (EnSection | null)[] = [];
  let current: EnSection | null = null;
  // A sentence that ends by announcing its steps ("… has since taken action to address the issue,
  // including:") heads the list under it as a response heading does; the first line that is not a
  // list item ends it.
  // One that ends by announcing the reader's steps ("There are steps you can take, including:")
  // heads advice the same way.
  let leadIn: EnSection | null = null;
  let pos = 0;
  for (const raw of text.split('\n')) {
    if (leadIn !== null && raw.trim() !== '') {
      if (LIST_ITEM.test(raw)) {
        starts.push(pos);
        kinds.push(leadIn);
        pos += raw.length + 1;
        continue;
      }
      leadIn = null;
    }
    if (raw.length <= 400 && /:\s*$/.test(raw)) {
      if (ADVICE_LEAD_IN.test(raw)) leadIn = 'advice';
      else if (STEPS_LEAD_IN.test(raw) && !/\b(?:you|your)\b/i.test(raw)) leadIn = 'response';
    }
    const line = raw.length <= 90 ? raw.trim() : '';
    if (line !== '' && HEADING_SHAPE.test(line) && line.split(/\s+/).length <= 10) {
      const bare = line.replace(/^(?:#{1,6}\s*|\d{1,2}[.)]\s*|[IVX]{1,4}\.\s*|\*\*)/, '');
      if (RESPONSE_HEADING.test(bare)) current = 'response';
      else if (ADVICE_HEADING.test(bare)) current = 'advice';
      else if (
        /^(?:What|How|Who|Why|When|Where|For\s+(?:More|Further)|Questions|Contact|Background|Timeline|Summary|Overview|Frequently|FAQ|About|Details|Update|Information)\b/.test(
          bare,
        )
      )
        current = 'other';
    }
    starts.push(pos);
    kinds.push(current);
    pos += raw.length + 1;
  }
  return { starts, kinds, response: kinds.includes('response') };
}

/** The section kind at `offset` of a text read by enSections(). */
export function enSectionAt(
  s: { starts: number[]; kinds: (EnSection | null)[]; response: boolean },
  offset: number,
): EnSection | null {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return s.kinds[lo] ?? null;
}

/** Safeguards only the writer can add: told under advice to the reader, they are the reader's. */
export const WRITER_ONLY: ReadonlySet<Measure> = new Set<Measure>([
  'mfa_introduced',
  'monitoring_enhanced',
  'firewall_waf',
  'encryption',
  'access_control_tightened',
  'credential_management',
  'vulnerability_assessment',
  'process_review',
  'staff_training',
  'external_investigation',
]);
