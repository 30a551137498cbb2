import type { MeasureRule } from './measures-en.js';

/**
 * English measures in the wordings of notices written outside the United States and of news pages
 * that report them: British, Irish, Australian, Canadian, South African and Asian regulators and
 * police reporting services by name, the people told in plain phrasing ("we have been in touch with
 * those affected", "customers affected had been notified", "we have let affected customers know"),
 * and a machine, bucket or account closed to the intruder told in the passive ("the exposed
 * database was secured"). Each rule reads a clause — a verb class and an object class — rather
 * than a set phrase; each carries the reader-advice veto of its kind.
 */

// The people an organisation writes to (measures-en-told.ts has the wider list for other forms).
const PEOPLE = String.raw`(?:patients|customers|members|clients|individuals|employees|students|parents|families|donors|residents|users|guests|participants|persons|people|consumers|policyholders|subscribers|account\s?holders|staff|pupils|alumni|applicants|shoppers|cardholders|tenants|colleagues|volunteers|beneficiaries|those|everyone|everybody|anyone)\b`;
// Which of them: the ones the incident touched, named before or after the noun.
const TOUCHED = '(?:affected|impacted|involved|concerned|identified)';
// Reaching people, in any tense: the act, without the object.
const REACH = String.raw`(?:(?:been|be|are|is|were|was|remain|remains|keep|keeping|kept|get|got|getting|gotten)\s+in\s+(?:direct\s+|personal\s+|individual\s+)?(?:touch|contact)\s+with|e-?mail(?:ed|ing)|messag(?:ed|ing)|text(?:ed|ing)|(?:written|writing|wrote|write)\s+to|notif(?:y|ied|ying)|inform(?:ed|ing)?|contact(?:ed|ing)?|reach(?:ed|ing)?\s+out\s+to|told|tell(?:ing)?|(?:tele)?phon(?:ed|ing)|call(?:ed|ing))`;
// Who of them: "those affected", "everyone whose details were on the list", "all affected account
// holders", "the customers concerned", "all account holders".
const WHO = String.raw`(?:(?:(?:all|each|every\s+one)\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+|our\s+|its\s+|their\s+)?(?:(?:potentially\s+)?${TOUCHED}\s+(?:[\w’'-]+\s+)?${PEOPLE}|(?:[\w’'-]+\s+)?${PEOPLE}\s+(?:(?:who|whose)\b|(?:potentially\s+)?${TOUCHED}\b))|(?:all|each|every)\s+(?:of\s+)?(?:our\s+|the\s+|its\s+)?(?:[\w’'-]+\s+)?${PEOPLE})`;
// An intruder writing to the people is the attack, not a notice; a notice promised only if the
// investigation finds something ("if we find that …, we will contact those affected") is none yet.
const ATTACK_MAIL =
  /\b(?:if\s+(?:we|our|the|it|any|further)\b[^.;]{0,80}\b(?:find|finds|found|determine[sd]?|discover(?:s|ed)?|identif(?:y|ies|ied)|learn(?:s|ed)?|confirm(?:s|ed)?)|phishing|spoofed|scam\w*|fraudulent|impersonat\w+|posing\s+as|purport\w*|pretend\w*|attackers?|hackers?|criminals?|fraudsters?|threat\s+actors?)\b/i;

// Regulators outside the United States, named by their titles or initials. "The relevant
// authorities" is the data protection regulator in British and Commonwealth notices; a US letter's
// "appropriate authorities" is the police (the CA AG excerpt sets read it so), and is left to them.
const REGULATOR = String.raw`(?:Personal\s+Data\s+Protection\s+(?:Commission|Authority|Office)|PDPC|PDPO|Information\s+Regulator|Commission\s+d['’]acc[eè]s\s+[àa]\s+l['’]information|CERT-In|Indian\s+Computer\s+Emergency\s+Response\s+Team|(?:data\s+protection|privacy|data\s+privacy|information|data)\s+(?:regulators?|watchdogs?|authorit(?:y|ies)|supervisors?)|Notifiable\s+Data\s+Breach(?:es)?\s+scheme|(?:Information|Privacy|Data\s+Protection)\s+Commissioner|Privacy\s+Commission|(?:relevant|appropriate|competent)\s+(?:data\s+protection\s+|privacy\s+)?regulat(?:ors?|ory\s+(?:authorit(?:y|ies)|bodies))|(?:relevant|competent)\s+(?:data\s+protection\s+|supervisory\s+|privacy\s+)?authorit(?:y|ies)|(?:the|our|its)\s+regulators?|(?:Solicitors|Prudential|Financial|Security|Securities|Health|Insurance|Energy|Gambling|Telecommunications|Communications)\s+(?:Regulation|Regulatory|Conduct)\s+Authority|(?:Pensions|Social\s+Housing|Financial|Health|Energy)\s+Regulator|Department\s+for\s+Education|DfE|Care\s+Quality\s+Commission|CQC|OAIC|ICO|DPC|PCPD|OPC)\b`;
// Reports to a body, the verb first or the body as the subject of a passive.
const TOLD_VERB = String.raw`(?:notif(?:y|ied|ying)|told|tell(?:ing)?|inform(?:ed|ing)?|report(?:ed|ing)?|alert(?:ed|ing)?|self-?report(?:ed|ing)?|refer(?:red|ring)|(?:made|making|make|lodg(?:ed|ing|e)|fil(?:ed|ing|e)|submit(?:ted|ting)?)\s+(?:an?\s+|the\s+)?(?:formal\s+|mandatory\s+|statutory\s+|data\s+)?(?:breach\s+)?(?:report|notification|notice)|(?:been\s+)?in\s+(?:contact|touch|communication|dialogue)\s+with|(?:work(?:ed|ing)?|liais(?:e|ed|ing)|cooperat(?:e|ed|ing)|co-operat(?:e|ed|ing))\s+(?:closely\s+|fully\s+)?with)`;
const MADE_AWARE = String.raw`(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?been\s+(?:made\s+aware|notified|informed|told|alerted|advised)|(?:was|were|is|are)\s+(?:also\s+|duly\s+|promptly\s+|immediately\s+)?(?:made\s+aware|notified|informed|alerted|advised)`;
// Advice and rights of the reader; a report only promised on a condition.
const ADVICE =
  /\b(?:you|your|yourself|should\s+(?:you|contact|report)|may\s+wish|we\s+recommend|encourag\w*|right\s+to|if\s+(?:we|it|there|any)|whether)\b/i;

// Police reporting services outside the United States.
const POLICE = String.raw`(?:Action\s+Fraud|SAPS|South\s+African\s+Police(?:\s+Service)?|ReportCyber|Canadian\s+Anti-?Fraud\s+Cent(?:re|er)|IC3|Internet\s+Crime\s+Complaint\s+Cent(?:er|re)|Scotland\s+Yard|Metropolitan\s+Police|(?:state|federal|national|local|city|county)\s+police|police\s+(?:service|force|department|station)|Garda\s+National\s+Cyber\s+Crime\s+Bureau)\b`;

// Places the data stood, or ways in, closed to the intruder in the passive.
const PLACE = String.raw`(?:accounts?|databases?|servers?|buckets?|(?:cloud\s+)?storage(?:\s+(?:buckets?|containers?|accounts?))?|repositor(?:y|ies)|instances?|folders?|file\s+shares?|systems?|network|portals?|mailbox(?:es)?|endpoints?|access\s+points?|links?|credentials)`;

export const EN_BROAD_MEASURE_RULES: MeasureRule[] = [
  // Notices that went out, or people made aware of the incident: "emails have gone out to all
  // affected customers", "customers have been made aware of the incident".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b(?:e-?mails?|letters?|notices?|notifications?|messages?|texts?)\s+(?:have|has|had|will\s+have)\s+(?:now\s+|already\s+|also\s+)?(?:gone|been\s+sent)\s+out\s+to\s+${WHO}|\b${PEOPLE}\s+(?:have|has|had)\s+(?:all\s+|now\s+|already\s+|also\s+)?been\s+(?:made\s+aware|told|informed|notified)\s+of\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:incident|breach|attack|error|issue|event)\b`,
      'i',
    ),
    not: ATTACK_MAIL,
  },
  // A regulator's own word that it was told, as news reports it: "the ICO said it had been made aware
  // of an incident", "the privacy commissioner confirmed it had received a breach report".
  {
    key: 'regulator_report',
    re: new RegExp(
      String.raw`\b${REGULATOR}(?:['’]s)?(?:\s+Office)?\b[^.;]{0,60}?\b(?:said|says|confirmed|confirms|stated)\b[^.;]{0,30}?\b(?:(?:it|they)\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:made\s+aware|notified|informed|received\s+an?\s+(?:data\s+)?(?:breach\s+)?(?:report|notification))|(?:had|has)\s+made\s+(?:it|them)\s+aware|(?:had|has)\s+(?:reported|notified))\b`,
      'i',
    ),
    not: ADVICE,
  },
  // The people reached, with the people named by who they are or by a relative clause: "we have been
  // in touch with those affected", "we have written to everyone whose details were on the list",
  // "we emailed all affected account holders", "we will be notifying those affected".
  {
    key: 'individual_notification',
    re: new RegExp(String.raw`\b${REACH}\s+${WHO}`, 'i'),
    not: ATTACK_MAIL,
  },
  // The people told, in the passive, their noun before or after the word of touch: "customers
  // affected had been notified", "those affected have been contacted directly", "the families
  // concerned have been told".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b(?:${TOUCHED}\s+${PEOPLE}|${PEOPLE}\s+(?:who\s+(?:were|are|have\s+been|may\s+have\s+been)\s+)?${TOUCHED})(?:\s+by\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:breach|incident|event|attack))?\s+(?:have|has|had)\s+(?:all\s+|now\s+|already\s+|also\s+)?been\s+(?:directly\s+|individually\s+|personally\s+|promptly\s+|all\s+)?(?:notified|contacted|informed|told|written\s+to|e-?mailed|advised|made\s+aware)\b`,
      'i',
    ),
    not: ATTACK_MAIL,
  },
  // Told in the words of speech: "we have let affected customers know", "each affected family has
  // received a letter", "the customers concerned will receive an email".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b(?:let|letting)\s+${WHO}\s+know\b|\b(?:each|every|all|the)\s+${TOUCHED}\s+(?:[\w-]+\s+)?(?:${PEOPLE}|(?:family|household|customer|patient|member|client|individual|person|student|employee|resident|user))\s+(?:has|have|had|will|should)\s+(?:now\s+|already\s+|also\s+)?(?:received|receive|be\s+receiving|been\s+sent)\s+(?:an?\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:letter|e-?mail|notice|notification|message|call)\b`,
      'i',
    ),
    not: ATTACK_MAIL,
  },
  // Regulators outside the United States told, the verb first or in the passive: "we have notified
  // the PDPC", "reported it to the Information Regulator", "the privacy watchdog has been made aware".
  {
    key: 'regulator_report',
    re: new RegExp(
      String.raw`\b${TOLD_VERB}\s+(?:(?:it|this|the\s+(?:incident|breach|matter))\s+to\s+|to\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,4}?${REGULATOR}|\b${REGULATOR}(?:['’]s)?(?:\s+Office)?(?:\s+\([A-Z-]{2,8}\))?(?:\s+(?:of|for|in)\s+(?:[A-Z][\w’'-]+\s*){1,4})?,?\s+(?:${MADE_AWARE})\b`,
      'i',
    ),
    not: ADVICE,
  },
  // A filing or letter to a regulator, as news cites it: "according to a filing with the Maine
  // Attorney General", "in a notice submitted to the Information Commissioner", "in a letter to the
  // Office of the Attorney General".
  {
    key: 'regulator_report',
    re: /\b(?:letter|notice|notification|filing|disclosure|submission|breach\s+report)s?\s+(?:(?:it\s+|that\s+it\s+)?(?:has\s+|had\s+)?(?:sent|filed|submitted|made|lodged|provided)\s+)?(?:to|with)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?(?:Attorneys?\s+General|Information\s+Commissioner|Privacy\s+Commissioner|Data\s+Protection\s+(?:Commission(?:er)?|Authority)|OAIC|ICO|Department\s+of\s+Health\s+and\s+Human\s+Services|HHS|Securities\s+and\s+Exchange\s+Commission|SEC|(?:data\s+protection\s+|privacy\s+|state\s+)?regulators?)\b/i,
    not: /\b(?:you|your|should|may\s+wish|right\s+to|can\s+(?:file|submit|send|make))\b/i,
  },
  // Police reporting services told: "the matter has been reported to Action Fraud", "a case was
  // opened with the police", "we obtained a crime reference number".
  {
    key: 'police_report',
    re: new RegExp(
      String.raw`\b(?:report(?:ed|ing)?|notif(?:ied|ying)|inform(?:ed|ing)|contact(?:ed|ing)|alert(?:ed|ing)|lodg(?:ed|ing)|fil(?:ed|ing))\b[^.;]{0,60}?\b(?:to|with)\s+(?:the\s+)?${POLICE}|\b(?:case|complaint|report)\s+(?:has\s+been\s+|was\s+|have\s+been\s+)?(?:opened|registered|lodged|filed|made)\s+with\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:police|SAPS|Garda[ií]?)\b|\b(?:opened|registered|lodged)\s+(?:a\s+)?(?:criminal\s+)?case\s+with\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:police|SAPS)\b|\bcrime\s+reference(?:\s+number)?\b`,
      'i',
    ),
    not: ADVICE,
  },
  // A place the data stood, or a way in, closed in the passive: "the exposed database was secured",
  // "the compromised account was disabled", "the bucket has since been locked down".
  {
    key: 'access_blocked',
    re: new RegExp(
      String.raw`\b${PLACE}\s+(?:(?:in\s+question|involved|concerned|used)\s+)?(?:was|were|(?:has|have|had)\s+(?:since\s+|now\s+|also\s+)?been|is\s+now|are\s+now)\s+(?:immediately\s+|promptly\s+|quickly\s+|since\s+|then\s+|subsequently\s+|now\s+|fully\s+)?(?:been\s+)?(?:secured|disabled|locked\s+down|isolated|quarantined|closed\s+off|shut\s+off|deactivated)\b`,
      'i',
    ),
    not: /\b(?:you|your|whether|unable\s+to|could\s+not|not\s+been|before|prior\s+to|had\s+not)\b/i,
  },
  // The same, told as the writer's act on a store of data or a way in: "we secured the storage
  // bucket", "we closed off the access point", "locked the affected account".
  {
    key: 'access_blocked',
    re: /\b(?:secured|closed\s+off|shut\s+off|locked(?:\s+down)?|quarantined)\s+(?:the\s+|all\s+|our\s+|its\s+|this\s+|that\s+)?(?:exposed\s+|affected\s+|compromised\s+|misconfigured\s+|open\s+|vulnerable\s+|impacted\s+)?(?:[\w’'-]+\s+){0,2}?(?:buckets?|storage|repositor(?:y|ies)|instances?|access\s+points?|file\s+shares?|folders?|accounts?|loophole|(?:entry|access)\s+(?:points?|routes?))\b/i,
    not: /\b(?:you|your|whether|unable\s+to|could\s+not)\b/i,
  },
  // Who may reach the data narrowed, told as an act or in the passive: "we have further restricted
  // who can access the files", "access to the database is now limited to a small number of staff".
  {
    key: 'access_control_tightened',
    re: /\b(?:restrict(?:ed|ing)|limit(?:ed|ing)|narrow(?:ed|ing)|reduc(?:ed|ing))\s+(?:further\s+)?(?:who\s+(?:can|may|could)\s+(?:access|view|see|open)|the\s+number\s+of\s+(?:people|staff|employees|users)\s+(?:who|with))\b|\baccess\s+(?:rights\s+|permissions\s+)?(?:to\s+(?:the\s+|this\s+|these\s+|our\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?)?(?:is\s+now|are\s+now|has\s+(?:now\s+|since\s+)?been|have\s+(?:now\s+|since\s+)?been|will\s+(?:now\s+)?be)\s+(?:further\s+|strictly\s+|more\s+tightly\s+)?(?:restricted|limited)\b/i,
    not: /\b(?:you|your|gained|obtained|had\s+limited|only\s+limited|whether)\b/i,
  },
  // The intruder's access itself shut: "we shut down the attacker's access", "closed the unauthorised
  // access"; an incident told as contained: "the breach was contained within hours".
  {
    key: 'access_blocked',
    re: /\b(?:closed|shut\s+(?:down|off)|blocked|stopped|cut\s+off)\s+(?:the|this|that|any|all)\s+(?:unauthori[sz]ed|illegitimate|malicious|suspicious|attacker['’]s|intruder['’]s|hacker['’]s|criminals?['’]|third\s+party['’]s)\s+(?:access|connections?|activity)\b|\b(?:breach|incident|attack|intrusion|threat|compromise|cyber-?\s?attack)\s+(?:has\s+(?:now\s+|since\s+)?been|had\s+been|was|is\s+now)\s+(?:quickly\s+|swiftly\s+|promptly\s+|immediately\s+|fully\s+|successfully\s+)?contained\b(?!\s+to\b)/i,
    not: /\b(?:you|your|whether|unable\s+to|could\s+not|not\s+(?:yet\s+)?been)\b/i,
  },
  // Systems cut off to stop the attack: "we disconnected the affected server", "took our systems
  // offline to contain the incident".
  {
    key: 'access_blocked',
    re: /\b(?:took|taken|taking|take|brought|disconnect(?:ed|ing)?)\s+(?:[\w’'-]+\s+){0,4}?(?:off-?line|from\s+(?:the\s+|our\s+)?(?:network|internet))\s+(?:in\s+order\s+)?to\s+(?:contain|isolate|stop|halt|prevent|limit|block)\b/i,
    not: /\b(?:you|your|attempt\w*|tried|trying)\b/i,
  },
  // Public reach removed from a misconfigured store, as the Japanese 「閲覧できないように設定を変更」:
  // "removed public access to the bucket", "the folder is no longer publicly accessible", access
  // tightened or taken back from staff who do not need it, permissions changed.
  {
    key: 'access_control_tightened',
    re: /\b(?:removed|disabled|revoked|turned\s+off|switched\s+off)\s+(?:the\s+)?(?:public|open|anonymous|external|unnecessary|excess(?:ive)?)\s+(?:access|sharing|links?|permissions)\b|\bno\s+longer\s+(?:publicly\s+)?(?:accessible|available|viewable|visible|public)(?:\s+(?:to\s+(?:the\s+public|anyone|outsiders|the\s+internet)|online|publicly|on\s+the\s+internet))?(?<=\b(?:is|are|was|were|be)\s+(?:now\s+)?no\s+longer\s+[^.;]{0,40})|\b(?:tighten(?:ed|ing)|restrict(?:ed|ing)|limit(?:ed|ing))\s+(?:up\s+)?access\s+(?:rights\s+|permissions\s+)?(?:to|on|for)\s+(?:the|our|its|this|these|all)\b|\b(?:removed|revoked)\s+access\s+(?:rights\s+)?(?:for|from)\s+(?:all\s+|any\s+)?(?:staff|employees|users|accounts|those|people|colleagues)\b|\b(?:permissions|access\s+(?:rights|settings)|sharing\s+settings)\s+(?:on|to|for)\s+(?:[\w’'-]+\s+){1,4}?(?:have|has)\s+(?:now\s+|since\s+)?been\s+(?:changed|corrected|updated|restricted|tightened|reset)\b/i,
    not: /\b(?:you|your|whether|unable\s+to|could\s+not|attackers?|hackers?|intruders?|gained|obtained)\b/i,
  },
  // Monitoring increased, in the passive: "monitoring of our systems has been stepped up".
  {
    key: 'monitoring_enhanced',
    re: /\bmonitoring\s+(?:of\s+(?:[\w’'-]+\s+){1,4}?)?(?:has|have|had|will)\s+(?:also\s+|now\s+|since\s+)?been\s+(?:increased|stepped\s+up|enhanced|strengthened|expanded|heightened|improved|extended|intensified)\b/i,
    not: /\b(?:you|your|credit|identity)\b/i,
  },
  // New rules put in place, "put … in place" wrapped round the object: "we have put new procedures in
  // place", "put additional checks in place before letters are posted".
  {
    key: 'process_review',
    re: /\bput(?:ting)?\s+(?:new|additional|revised|updated|stricter|further|extra|tighter|more\s+robust)\s+(?:[\w-]+\s+){0,2}?(?:procedures|processes|policies|protocols|checks|rules|guidance)\s+in\s+place\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // Outside specialists brought in or leading the inquiry: "brought in specialist cyber security
  // advisers", "an independent investigation led by a specialist firm", "our insurer's incident
  // response team is assisting us".
  {
    key: 'external_investigation',
    re: /\b(?:brought|bringing|bring|called|calling|call)\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:advisers|advisors|experts|specialists|consultants|investigators|professionals|(?:forensic|incident\s+response|security)\s+(?:firm|team|provider|company))\b|\b(?:led|conducted|carried\s+out|performed|supported|assisted)\s+by\s+(?:an?\s+|the\s+)?(?:specialist|independent|external|outside|forensic|third[- ]party|leading|cyber-?\s?security)\s+(?:[\w-]+\s+){0,2}?(?:firm|company|experts?|specialists?|consultants?|investigators?|team|provider|advisers|advisors)\b|\bincident\s+response\s+(?:team|provider|firm|specialists|experts)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?(?:assisting|helping|supporting|investigating|engaged|working)\b/i,
    not: /\b(?:you|your|law\s+firm|legal|attorneys?|solicitors?|police|law\s+enforcement)\b/i,
  },
  // The writer watching for the data or for more activity, or its systems watched: "we are monitoring
  // the dark web for any sign of the data", "actively monitoring for any misuse of the information",
  // "our systems are being monitored around the clock". (Dark web monitoring offered to the reader is
  // credit_monitoring_offered: the writer must be the one who watches.)
  {
    key: 'monitoring_enhanced',
    re: /\b(?:we|we\s+are|we['’]re|we\s+have\s+been|we\s+will(?:\s+be)?|we\s+continue\s+to|we\s+are\s+continuing\s+to)\s+(?:also\s+|now\s+)?(?:actively\s+|closely\s+|continuously\s+|carefully\s+|proactively\s+)?monitor(?:ing)?\s+(?:(?:the\s+)?(?:dark\s+web|internet|online\s+forums|criminal\s+forums)\b|(?:closely\s+)?for\s+(?:any\s+)?(?:signs?\s+of\s+|evidence\s+of\s+|further\s+)?(?:misuse|publication|sale|release|use)\s+of\b)|\b(?:our\s+|the\s+|its\s+|all\s+)(?:[\w-]+\s+)?(?:systems|networks?|environment|servers|infrastructure)\s+(?:are|is|will\s+be|have\s+been|has\s+been)\s+(?:now\s+)?(?:being\s+)?(?:closely\s+|continuously\s+|actively\s+|constantly\s+)?monitored\b/i,
    not: /\b(?:you|your|offer\w*|provid\w*\s+(?:you|affected|impacted|complimentary|free))\b/i,
  },
  // Staff trained again, in the progressive or base form too ("we are retraining staff").
  {
    key: 'staff_training',
    re: /\bre-?train(?:ing|s)?\s+(?:all\s+|our\s+|its\s+|the\s+|relevant\s+)?(?:[\w-]+\s+)?(?:staff|employees|colleagues|personnel|workers|team|teams|workforce|officers)\b|\b(?:staff|employees|colleagues|personnel|team\s+members)\s+(?:(?:involved|concerned)\s+)?(?:have|has|were|was|will)\s+(?:also\s+|now\s+|all\s+)?(?:been\s+|be\s+)?(?:given|offered|sent\s+on)\s+(?:further|additional|refresher|more|extra|mandatory)\s+training\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // How the work is done changed or under review: "we are reviewing how we handle personal
  // information", "we have changed the way we send these reports".
  {
    key: 'process_review',
    re: /\b(?:review(?:ed|ing)?|chang(?:ed|ing|e)|improv(?:ed|ing|e)|look(?:ed|ing|s)?\s+(?:again\s+)?at|re-?examin(?:ed|ing|e)|re-?assess(?:ed|ing)?|tighten(?:ed|ing)?)\s+(?:how|the\s+way(?:s)?)\s+(?:we|it|our\s+(?:[\w-]+\s+)?(?:staff|teams?|employees))\s+(?:handle|manage|process|store|send|share|hold|protect|collect|secure|check|deal\s+with|dispose|transfer|use)\b/i,
    not: /\b(?:you|your)\b/i,
  },
];
