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
  /**
   * `not` is read only up to the hit and a short stretch after it, and not into an "of/about …"
   * complement: "notified patients of a phishing attack" tells people, "phishing emails were sent to
   * patients" does not.
   */
  notUpTo?: boolean;
}

// An outside party named by its trade ("an independent third-party professional services firm").
const OUTSIDER = String.raw`(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,5}?(?:firms?|consultants?|consultancy|experts?|specialists?|auditors?|assessors?|compan(?:y|ies))`;
// Judging the organisation's defences: "to objectively evaluate … our security programs".
const ASSESS = String.raw`(?:objectively\s+|independently\s+|thoroughly\s+|comprehensively\s+)?(?:evaluate|assess|audit|review|test)\b[^.;]{0,80}?\b(?:security\s+(?:programs?|posture|controls|measures|practices|systems)|(?:our|its)\s+(?:[\w-]+\s+){0,2}?(?:controls|defen[cs]es|safeguards))\b`;
const ASSESS_PURPOSE = new RegExp(String.raw`\bto\s+${ASSESS}`, 'i');

export const EN_MEASURE_RULES: MeasureRule[] = [
  {
    key: 'access_blocked',
    re: /\b(?:removed|eradicated|eliminated|deleted)\s+(?:the\s+|all\s+|any\s+)?(?:[\w’'-]+\s+){0,3}(?:code|malware|script|software)\b|\bremoved\s+it\s+from\s+(?:our|the)\s+(?:site|website|systems?|servers?|network)\b|\b(?:code|malware|script)\b[^.]{0,60}\b(?:has\s+been|was|were|have\s+been)\s+(?:removed|eradicated|eliminated)\b|\b(?:secured?|(?<!\b(?:to|on|of|in|at)\s)securing)\s+(?:the|our|its)\s+(?:[\w’'-]+\s+){0,2}(?:accounts?|website|site|servers?|e-?mail|network)\b|\bdisabl(?:ed|ing)\s+(?:the\s+|all\s+|any\s+)?(?:malware|malicious\s+(?:code|software)|scripts?)\b|\b(?:secured|steps\s+to\s+secure)\s+(?:the|our|its|this|their)\s+(?:[\w-]+\s+){0,2}(?:data(?:\s?base)?|databases?|systems?|network|environment|files|platform|portal)\b|\bterminated\s+(?:any|all)\s+(?:\w+\s+)?access\b|\b(?:disabled|deactivated|revoked|terminated|cut\s+off)\s+(?:the\s+|all\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,2}(?:access|accounts?|credentials|log-?ins?)\b(?!\s+(?:to|for)\s+(?:you|customers|users|the\s+(?:site|website|portal)))|\bblock(?:ed)?\s+the\s+(?:attack|intrusion|attacker|access)\b|\bblock\s+(?:any\s+)?(?:further|additional)\s+(?:unauthori[sz]ed\s+)?access\b|\bsecured?\s+the\s+affected\s+(?:information|systems?|environment|network|server|part)\b|\bdeactivated\s+the\s+(?:report|link|page|file|account)\b|\b(?:stop|prevent|block)\s+(?:and\s+(?:prevent|stop)\s+)?(?:any\s+)?(?:further|fu[r]?ther|additional|continued)\s+(?:potential\s+(?:for\s+)?)?(?:unauthori[sz]ed\s+)?(?:access|intrusion)\b|\blocked\s+down\s+(?:our|the|its|all)\s+(?:[\w-]+\s+){0,2}(?:network|systems?|environment)\b|\b(?:contained|secured|isolated)\s+(?:and\s+(?:secured|contained|isolated)\s+)?(?:the|our|its)\s+(?:potentially\s+)?(?:affected|impacted|compromised|involved)\b|\bremediat(?:e|ed|ing)\s+the\s+(?:unauthori[sz]ed\s+)?(?:access|intrusion|attack|compromise)\b|\b(?:action|steps|measures)\s+to\s+(?:halt|stop|end|terminate|contain)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:intrusion|attack|access|activity|incident))\b|\bshut\s?down\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:e-?mail\s+)?accounts?\b|\bsecured\b(?<=\b(?:accounts?|systems?|network|website|servers?|environment|e-?mail\s+box(?:es)?|mailbox(?:es)?)\s+(?:was|were|have\s+been|has\s+been)\s+(?:immediately\s+|promptly\s+|since\s+)?secured)|\b(?:measures|steps)\s+to\s+(?:further\s+)?secure\s+(?!your\b)(?:all\s+|the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?(?:information|data)\b/i,
  },
  // The intruder's access or activity ended by the writer, told as an act or in the passive ("we
  // stopped all suspicious activity", "worked to contain the unauthorized access", "before this access
  // was terminated"), and planted code removed ("this code was immediately removed").
  {
    key: 'access_blocked',
    re: /\b(?:stopp?(?:ed|ing)|contain(?:ed|ing)?|halt(?:ed|ing)?|end(?:ed|ing)|disabl(?:ed|ing)|terminat(?:ed|ing)|block(?:ed|ing)?|cut\s+off)\s+(?:the\s+|all\s+|this\s+|that\s+|any\s+|their\s+|its\s+)?(?:further\s+)?(?:unauthori[sz]ed|suspicious|malicious|attacker['’]s|intruder['’]s)\s+(?:access|activity|connections?)\b|\b(?:unauthori[sz]ed\s+|suspicious\s+|malicious\s+|this\s+|the\s+|their\s+)(?:access|activity|connections?)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:immediately\s+|promptly\s+|quickly\s+|successfully\s+)?(?:terminated|blocked|stopped|cut\s+off|disabled|revoked|contained|shut\s+down)\b|\b(?:code|malware|script)\b[^.]{0,60}\b(?:has\s+been|was|were|have\s+been)\s+(?:immediately|promptly|quickly|since|successfully|fully|completely)\s+(?:removed|eradicated|eliminated)\b/i,
    not: /\b(?:whether|if|unable\s+to|could\s+not|prevent\s+(?:us|you))\b/i,
  },
  {
    key: 'service_suspended',
    re: /\b(?:shut(?:ting)?\s?down|clos(?:e|ed|ing)\s+down|power(?:ed|ing)\s+(?:down|off))\s+(?:the|our|its|their|all)\s+(?:[\w-]+\s+){0,3}(?:servers?|systems?|website|site|network|store|operations)\b|\b(?:operations|website|web\s?site|online\s+store|store|server|systems?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:temporarily\s+|immediately\s+)?(?:suspended|taken\s+(?:offline|down)|shut\s?down)\b/i,
  },
  {
    key: 'service_suspended',
    re: /\bdisabled\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,3}(?:site|website|portal|application|app|store)\b/i,
  },
  // A machine or service the writer took off the network, in any tense and in the passive, with
  // "offline" written either way ("took the computer off-line", "the affected system was permanently
  // taken offline", "we disabled the server/platform", "deactivated the website"); "offline backups"
  // names no act.
  {
    key: 'service_suspended',
    re: /\b(?:took|taken|taking|take|brought|placed|put)\s+(?:[\w’'-]+\s+){0,4}?off-?line\b|\bdisabled\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}(?:servers?|platform|database)\b|\b(?:deactivated|took\s+down)\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}(?:site|website|web\s+site|portal|application|app|store|servers?|platform|network|systems)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  {
    key: 'access_control_tightened',
    re: /\blocked\s+down\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:folders?|files?|permissions|shares?|director(?:y|ies)|buckets?|servers?|drives?)\b/i,
  },
  {
    key: 'staff_training',
    re: /\bre-?trained\b|\b(?:additional|further|refresher|mandatory|enhanced|increased|expanded)\s+(?:[\w-]+\s+)?training\b/i,
  },
  {
    key: 'police_report',
    re: /\b(?:was|were|been|immediately|promptly)\s+reported\s+to\s+(?:the\s+)?(?:appropriate\s+|local\s+)?(?:authorities|law\s+enforcement|police)\b|\b(?:notified|informed|contacted|alerted)\s+(?!by\b)(?:the\s+)?(?:[\w/’'-]+,?\s+(?:and\s+)?){0,6}(?:authorities|law\s+enforcement)\b|\b(?:FBI|Federal\s+Bureau\s+of\s+Investigation|police|law\s+enforcement|sheriff[’']?s?\s+(?:office|department))\b[^.;]{0,100}\b(?:was|were)\s+(?:also\s+|immediately\s+|promptly\s+)?(?:notified|contacted|informed|alerted)\b|\breporting\s+(?:the|this)\s+(?:incident|matter|theft)\s+to\s+(?:local\s+)?(?:law\s+enforcement|police|authorities)\b|\bengaged\s+with\s+(?:the\s+)?(?:appropriate\s+)?(?:law\s+enforcement|authorities)\b|\binvestigation\s+with\s+the\s+appropriate\s+authorities\b|\b(?:working|cooperating|coordinating)\s+(?:closely\s+|fully\s+)?with\s+(?:[\w’'-]+,?\s+){0,6}law\s+enforcement\b|\b(?:notified|contacted|informed|alerted|called)\s+(?!by\b)(?:the\s+)?(?:[\w'’.-]+,?\s+){0,12}(?:police|sheriff[’']?s?)\b|\b(?:police|law\s+enforcement|authorities)(?:\s+department)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:immediately\s+|promptly\s+)?(?:notified|contacted|informed|alerted|called)\b/i,
  },
  // The police told or working beside the writer, in any tense ("law enforcement and the IRS have
  // been notified", "we coordinated with law enforcement", "engaged federal law enforcement", "reported
  // the theft to the local police", footage "provided to law enforcement"); not advice to the reader.
  {
    key: 'police_report',
    re: /\b(?:law\s+enforcement|police|FBI|Secret\s+Service)\b[^.;]{0,60}\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:immediately\s+|promptly\s+)?(?:notified|contacted|informed|alerted|called)\b|\b(?:work(?:ed|ing|s)?|cooperat(?:e|ed|es|ing)|coordinat(?:e|ed|es|ing)|collaborat(?:e|ed|es|ing)|partner(?:ed|ing))\s+(?:closely\s+|fully\s+|directly\s+)?(?:with|alongside|in\s+conjunction\s+with)\s+(?:the\s+)?(?:appropriate\s+|local\s+|federal\s+|state\s+)?(?:law\s+enforcement|police|FBI|Secret\s+Service)\b|\bengag(?:ed|ing)\s+(?:with\s+)?(?:the\s+)?(?:appropriate\s+|local\s+|federal\s+|state\s+)*(?:law\s+enforcement|police|FBI)\b|\breported\s+(?:the\s+|this\s+|that\s+)?(?:incident|matter|theft|loss|break-?in|burglary|crime|it|this)\s+to\s+(?:the\s+)?(?:appropriate\s+|local\s+|federal\s+|state\s+)*(?:law\s+enforcement|police|FBI|authorities)\b|\b(?:provided|turned\s+over|handed\s+over|given)\s+(?:[\w-]+\s+){0,3}to\s+(?:the\s+)?(?:local\s+|federal\s+)?(?:law\s+enforcement|police|FBI)\b/i,
    not: /\b(?:you|your|should|may\s+wish|we\s+recommend|encourage)\b/i,
  },
  {
    key: 'external_investigation',
    re: /\b(?:engaged|retained|hired)\s+(?:an?\s+|the\s+|several\s+)?(?:[\w-]+\s+){0,3}(?:consultants?|experts?|firms?|specialists?|investigators?)\b|\bwith\s+the\s+(?:help|assistance)\s+of\s+(?:[\w-]+\s+){0,4}(?:experts?|consultants?|firms?|specialists?)\b|\b(?:working|worked)\s+with\s+(?:leading\s+|outside\s+|independent\s+|third[- ]party\s+)?(?:security|cybersecurity|forensic|technical)\s+(?:experts|consultants|specialists)\b|\b(?:through|by|with)\s+(?:an?\s+|the\s+)?(?:outside\s+|independent\s+|external\s+|third[- ]party\s+)?(?:IT|computer|information|data)\s+security\s+(?:experts?|firms?|consultants?|specialists?|compan(?:y|ies))\b|\b(?:data\s+security|incident)\s+response\s+(?:professionals|experts|specialists|firm)\b|\b(?:worked|working|work)\s+with\s+(?:third[- ]party|outside|independent|external)\s+(?:investigators|experts|specialists|consultants)\b/i,
    not: /\b(?:law|legal|attorneys?)\s+firm\b/i,
  },
  // Outside specialists brought in, in any form of the verb and in the passive ("utilizing cyber
  // security experts", "engaging … cyber security experts", "an outside security expert was engaged",
  // "engaged a leading cyber-security company"), or an investigation named as independent.
  {
    key: 'external_investigation',
    re: /\butiliz(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:experts?|consultants?|specialists?|investigators?)\b|\b(?:engag(?:e|es|ing)|retain(?:s|ing)|hir(?:e|es|ing)|enlist(?:ed|ing)?|deploy(?:ed|ing)|brought\s+in|bringing\s+in|engaged|retained|hired)\s+(?:the\s+(?:services|help|assistance)\s+of\s+)?(?:an?\s+|the\s+|several\s+|various\s+|multiple\s+|two\s+|one\s+of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:forensic|security|cyber-?\s?security|IT|computer|privacy|incident\s+response|investigative|technical|outside|independent|external|third[- ]party)\s+(?:[\w-]+\s+){0,2}?(?:experts?|consultants?|firms?|specialists?|investigators?|compan(?:y|ies)|professionals|teams?|advisors?)\b|\b(?:forensic|security|cyber-?\s?security|IT|outside|independent|external|third[- ]party)\s+(?:[\w-]+\s+){0,2}?(?:experts?|consultants?|firms?|specialists?|investigators?|compan(?:y|ies))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:immediately\s+|promptly\s+|also\s+)?(?:engaged|retained|hired|brought\s+in|called\s+in)\b|\b(?:independent|outside|external|third[- ]party)\s+(?:digital\s+)?(?:forensic|cyber\s?security)\s+(?:investigation|review|analysis|examination)\b/i,
    not: /\b(?:law|legal|attorneys?)\s+firm\b/i,
  },
  // Card companies watching the cards: "the card companies … these accounts are being monitored for
  // fraud" (not advice to watch one's own statements).
  {
    key: 'card_monitoring',
    re: /\bcard\s+(?:companies|networks|brands|issuers|associations)\b[^.;]{0,120}\bmonitor(?:ed|ing)?\b|\b(?:accounts?|cards?)\s+(?:are|were|is|will\s+be)\s+(?:being\s+)?monitored\s+for\s+(?:fraud|fraudulent|suspicious|unauthori[sz]ed)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  {
    key: 'hotline',
    re: /\b(?:toll-free|dedicated|confidential)\b[^.]{0,30}\b(?:inquiry|call|help|assistance|response)\s+(?:line|center|centre)\b/i,
  },
  {
    key: 'individual_notification',
    re: /\b(?:sending|mailing)\s+(?:you\s+)?this\s+(?:notice|notification|letter)\b|\bnotifying\s+(?:all\s+)?(?:[\w'’]+\s+){1,4}(?:customers|individuals|patients|members|employees|teammates|clients|donors)\b|\bmailed\s+letters\b|\b(?:want(?:ed)?|wish(?:ed)?)\s+(?:you\s+to\s+be\s+aware|to\s+(?:let\s+you\s+know|alert\s+you|make\s+you\s+aware|advise\s+you|inform\s+you|notify\s+you))\b|\b(?:purpose\s+of\s+this|this)\s+(?:letter|notice|notification|memo|e-?mail)\s+is\s+to\s+(?:let\s+you\s+know|inform|notify|advise|alert|make\s+you\s+aware|offer|describe|explain|provide\s+you)\b|\b(?:are|am|is)\s+(?:\w+\s+)?(?:advising|alerting)\s+you\s+(?:of|about|that)\b|\bnotifying\s+(?:everyone|all\s+(?:those|persons|people|individuals))\s+(?:whose|who)\b|\b(?:contact|call|notify)\s+you\s+(?:personally|directly|individually)\b|\bsent\s+(?:all\s+)?(?:affected\s+|impacted\s+)?(?:customers|users|members|patients|individuals|employees)\s+(?:an?\s+)?(?:e-?mails?|letters?|notices?)\b|\b(?:are|am)\s+(?:informing|notifying|contacting)\s+you\s+because\b|\bnotifying\s+(?:the\s+)?(?:individuals|customers|patients|members|employees)\s+(?:who|whose)\b|\bwriting\s+to\s+you\s+(?:because|about|regarding|to\s+(?:notify|inform|let|tell|advise|explain))\b|\bprovid(?:e|es|ed|ing)\s+(?:this\s+|written\s+)?notice\s+to\s+(?:you|all|affected|impacted|those|individuals|potentially|each|our\s+(?:customers|members|patients|employees|clients))\b/i,
  },
  // The letter itself as the notice, in the present progressive ("we are informing you of this
  // event", "out of caution, we are notifying you about the incident", "I am writing to you with
  // information about …"); not advice ("we are advising you to …").
  {
    key: 'individual_notification',
    re: /\b(?:are|am|is)\s+(?:now\s+|also\s+|hereby\s+|therefore\s+|proactively\s+|directly\s+)?(?:informing|notifying|contacting|alerting)\s+you\s+(?:of|about|regarding|that)\b|\b(?:are|am)\s+writing\s+to\s+you\s+(?:with|on\s+behalf\s+of)\b/i,
  },
  // The affected people told by the writer, told in the past or the progressive ("immediately notified
  // the affected employees", "notified affected individuals", "is contacting all impacted customers").
  {
    key: 'individual_notification',
    re: /\b(?:notified|contacted|alerted|informed|notifying|contacting|alerting|informing)\s+(?:all\s+(?:of\s+)?)?(?:the\s+|those\s+)?(?:affected|impacted|potentially\s+(?:affected|impacted)|involved)\s+(?:[\w-]+\s+)?(?:individuals|customers|employees|patients|members|students|users|persons|people|clients|families|parents|donors|consumers|residents)\b/i,
  },
  // Mail or calls the writer sent its people about the incident ("we emailed users shortly thereafter",
  // "sent letters to the affected patients", "telephoned all impacted clients").
  {
    key: 'individual_notification',
    re: /\b(?:e-?mailed|wrote\s+to|mailed|telephoned|sent\s+(?:an?\s+)?(?:e-?mails?|letters?|notices?|notifications?)\s+to)\s+(?:all\s+(?:of\s+)?)?(?:the\s+|our\s+|its\s+|those\s+)?(?:affected\s+|impacted\s+|potentially\s+affected\s+)?(?:users|customers|members|patients|employees|students|clients|individuals|guests|donors|parents|participants)\b/i,
    not: /\b(?:phishing|spoofed|fraudulent|fraudsters?|scam\w*|attackers?|hackers?|criminals?|threat\s+actors?|unauthori[sz]ed)\b/i,
  },
  // Regulators beyond the attorney general: the SEC, FINRA, a state department of insurance, the
  // HHS Office for Civil Rights ("reported it to the FBI, the SEC and FINRA").
  {
    key: 'regulator_report',
    re: /\b(?:reported|notified|informed|alerted|contacted|reporting|notifying)\b(?:U\.S\.|[^.;]){0,80}?\b(?:SEC|FINRA|Securities\s+and\s+Exchange\s+Commission|Financial\s+Industry\s+Regulatory\s+Authority|Department\s+of\s+(?:Insurance|Financial\s+(?:Protection|Institutions|Services)|Health\s+and\s+Human\s+Services)|Office\s+(?:for|of)\s+Civil\s+Rights|(?:state|federal|banking|insurance)\s+regulators|regulatory\s+(?:authorities|agencies|bodies)|IRS|Internal\s+Revenue\s+Service|[Ss]tate\s+tax\s+(?:boards?|agenc(?:y|ies)|authorit(?:y|ies))|Franchise\s+Tax\s+Board)\b/,
    not: /\b(?:you|your|should|may\s+(?:also\s+)?(?:contact|report))\b/i,
  },
  {
    key: 'process_review',
    re: /\b(?:additions|changes|updates|improvements|enhancements)\s+to\s+(?:our\s+)?(?:[\w-]+\s+){0,2}(?:policies|procedures|processes)\b/i,
  },
  // New rules of work put in place, told as an act or in the passive ("new procedures have been
  // implemented", "we introduced revised data-handling protocols"), or the organisation's security
  // programme strengthened as a whole ("we have enhanced our information security program").
  {
    key: 'process_review',
    re: /\b(?:new|revised|updated|additional|enhanced|stricter|improved|further|tighter)\s+(?:[\w-]+\s+){0,2}?(?:policies|procedures|processes|protocols)\s+(?:and\s+[\w-]+\s+)?(?:have\s+been|has\s+been|were|are\s+being|will\s+be|are\s+now)\s+(?:put\s+in\s+place|implemented|introduced|adopted|established|instituted|developed|rolled\s+out|in\s+place)\b|\b(?:implemented|introduced|adopted|instituted|established|developed|rolled\s+out|put\s+in\s+place)\s+(?:a\s+)?(?:new|revised|updated|additional|enhanced|stricter|improved|tighter)\s+(?:[\w-]+\s+){0,2}?(?:policies|procedures|processes|protocols|policy|procedure|process|protocol)\b|\b(?:strengthen(?:ed|ing)?|tighten(?:ed|ing)?|improv(?:ed|ing)|enhanc(?:ed|ing)|updat(?:ed|ing)|reinforc(?:ed|ing)|overhaul(?:ed|ing)?)\s+(?:our|its|the)\s+(?:[\w-]+\s+){0,3}?(?:policies|procedures|processes|protocols)\b|\b(?:enhanced|strengthened|improved|accelerated|expanded|overhauled)(?:\s+and\s+\w+)?\s+(?:our|its|the)\s+(?:[\w-]+\s+){0,3}?(?:security|privacy|data\s+protection)\s+(?:[\w-]+\s+){0,2}?(?:program(?:me)?|framework|policies|practices)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // Exposed keys or tokens replaced: "revoked the API key and issued a new one", "rotated all
  // access tokens".
  {
    key: 'credential_management',
    re: /\b(?:revoked|rotated|replaced|regenerated|reissued|re-issued|invalidated|revoking|rotating|replacing|regenerating)\s+(?:the\s+|all\s+|our\s+|its\s+|any\s+|affected\s+|compromised\s+|exposed\s+|leaked\s+)*(?:(?:API|access|SSH|secret|private|encryption|authentication|OAuth|signing)\s+(?:keys?|tokens?)|(?:access\s+|API\s+|authentication\s+|session\s+)?tokens|secrets|(?:security\s+|SSL\s+|TLS\s+)?certificates)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // Watching the systems set up or extended: "a firm to check and monitor the ICT infrastructure",
  // "we continue to monitor our network".
  {
    key: 'monitoring_enhanced',
    re: /\b(?:to|are|is|been|continu(?:e|es|ing))\s+(?:closely\s+|actively\s+|continuously\s+|carefully\s+)?(?:(?:check|review|scan|watch)(?:ing)?\s+and\s+)?monitor(?:ing)?\s+(?:the|our|its|all)\s+(?:[\w-]+\s+){0,2}?(?:infrastructure|systems?|networks?|environment|servers?|endpoints)\b|\b(?:heightened|24\/7|round[- ]the[- ]clock|continuous|around[- ]the[- ]clock)\s+(?:security\s+|threat\s+|network\s+|system\s+)?monitoring\b|\bcontinu\w*\s+(?:to\s+)?(?:closely\s+)?monitor(?:ing)?\s+(?:[\w-]+\s+){0,3}?for\s+(?:any|further|additional|signs|suspicious|unusual|malicious|unauthori[sz]ed)\b|\b(?:monitor(?:ing)?|watch)\s+(?:(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?(?:systems?|networks?|environment)\s+)?(?:closely\s+)?for\s+(?:any\s+)?(?:further\s+|additional\s+|signs\s+of\s+|other\s+)?(?:suspicious|unusual|malicious|unauthori[sz]ed|anomalous)\s+(?:activity|access|behaviou?r)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  {
    key: 'password_reset',
    re: /\b(?:chang(?:ed|ing)|reset(?:ting)?)\s+(?:the\s+|all\s+|its\s+|their\s+|relevant\s+|affected\s+)?(?:(?!your\b|you\b)[\w’'-]+\s+){0,3}(?:passwords?|(?:account\s+|login\s+)credentials)\b/i,
  },
  {
    key: 'password_reset',
    re: /\b(?:credentials|log-?in\s+(?:information|details))\s+(?:was|were|have\s+been|has\s+been)\s+(?:immediately\s+|promptly\s+)?(?:changed|reset)\b/i,
  },
  // A password change the organisation carried out across its accounts ("completed enterprise-wide
  // password changes", "forced a password reset for all staff").
  {
    key: 'password_reset',
    re: /\b(?:completed|made|required|forced|implemented|enforced|conducted|performed|initiated|mandated)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}password\s+(?:changes|resets?)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // Stolen or exposed passwords made useless rather than changed: "passwords to the site have been
  // disabled", "deactivated the ID and password at issue", "invalidated all stored passwords".
  {
    key: 'password_reset',
    re: /\bpasswords?\b[^.;]{0,40}\b(?:was|were|has\s+been|have\s+been)\s+(?:immediately\s+|promptly\s+|since\s+)?(?:disabled|deactivated|invalidated|revoked)\b|\b(?:disabled|deactivated|invalidated|revoked)\s+(?:the\s+|all\s+|any\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:ID\s+and\s+)?passwords?\b/i,
    not: /\b(?:you|your)\b/i,
  },
  {
    key: 'bug_fixed',
    re: /\b(?:remediate[ds]?|patch(?:ed)?|fix(?:ed)?|removed|closed|corrected)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?vulnerabilit(?:y|ies)\b|\bimplemented\s+a\s+fix\b/i,
  },
  // A flaw told as closed, in the passive ("the vulnerabilities in their system have been
  // mitigated", "the security vulnerability was remediated"), patches released or applied, or the
  // faulty code fixed ("we have since fixed the website code").
  {
    key: 'bug_fixed',
    re: /\bvulnerabilit(?:y|ies)\b[^.;]{0,60}\b(?:has|have|had|was|were)\s+(?:since\s+|now\s+|also\s+|promptly\s+|immediately\s+)?(?:been\s+)?(?:mitigated|patched|fixed|remediated|closed|addressed|resolved|corrected)\b|\b(?:bug|glitch|defect|flaw|malfunction|misconfiguration|(?:caching|coding|software|programming|configuration|technical)\s+(?:problem|error|issue|fault))s?\b[^.;]{0,40}\b(?:has|have|had|was|were)\s+(?:since\s+|now\s+|also\s+|promptly\s+|immediately\s+|quickly\s+)?(?:been\s+)?(?:(?:since|now|promptly|immediately|quickly)\s+)?(?:repaired|fixed|corrected|resolved|patched|remedied)\b|\b(?:released|applied|installed|deployed|implemented)\s+(?:a\s+series\s+of\s+|the\s+|a\s+)?(?:security\s+|software\s+)?(?:patch(?:es)?|fix(?:es)?)\b|\b(?:patched|fixed|corrected)\s+(?:the|our|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:software|system|server|website|application|issue|error|code|plugin|bug)\b/i,
    not: /\b(?:whether|if\s+(?:the|a|any)|you|your)\b/i,
  },
  // Outsiders brought in to judge the defences rather than to trace the attack: "engaged an
  // independent firm to evaluate our security programs", "hired auditors to assess our controls".
  {
    key: 'vulnerability_assessment',
    re: new RegExp(
      String.raw`\b(?:engaged|retained|hired|commissioned|appointed|engaging|retaining|hiring)\s+${OUTSIDER}\s+to\s+${ASSESS}`,
      'i',
    ),
    not: /\b(?:you|your)\b/i,
  },
  {
    key: 'vulnerability_assessment',
    re: /\b(?:audit|review)\s+of\s+(?:our\s+)?(?:[\w-]+\s+){0,3}(?:servers|systems|providers?)\b[^.]{0,40}\b(?:servers|systems)\b/i,
  },
  {
    key: 'data_deletion',
    re: /\b(?:returned|retrieved|recovered)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:CD|disc|device|documents?|papers|letters?|drive)\b|\b(?:send|sent|mail|mailed|return)\s+the\s+(?:\w+\s+){0,2}(?:CD|disc|device|documents?|papers|letters?|drive)\s+back\b|\b(?:records|documents|papers|files|items|devices?|laptops?|computers?|drives?|materials?|tickets)\s+(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:retrieved|recovered|returned)\b/i,
  },
];

// Removing code or malware from a site blocks the attack; it deletes none of the notice's data.
const CODE = /\b(?:code|malware|script|software|infected\s+file|spam|vulnerabilit(?:y|ies))\b/i;
const DATA = /\b(?:data|information|files?|records|copies|e-?mails?|documents?)\b/i;
// A forensic examination by the police or the FBI is theirs, not one the organisation engaged.
const AUTHORITY_FORENSICS =
  /\b(?:FBI|police|law\s+enforcement)[’']s?\s+forensic|\b(?:FBI|police|sheriff[’']?s?(?:\s+(?:office|department))?|law\s+enforcement|Secret\s+Service)\b[^.]{0,30}\b(?:who|which)\s+(?:began|conducted|launched|performed|started|opened)\b[^.]{0,40}\bforensic/i;

// "the cybercriminal removed a copy", "viewed or removed by an unauthorized actor": the intruder
// took the data; "no evidence that any file was removed", "before it could be removed": nothing was.
const INTRUDER_BEFORE =
  /\b(?:cyber\s?criminals?|attackers?|hackers?|intruders?|perpetrators?|thie(?:f|ves)|criminals?|threat\s+actors?|bad\s+actors?|scammers?|unauthori[sz]ed\s+(?:third\s+)?(?:party|parties|actors?|individuals?|persons?|users?))\b(?:\s+[\w’'-]+){0,5}\s*$/i;
const INTRUDER_AFTER =
  /^[^.]{0,40}\bby\s+(?:an?|the)\s+(?:unauthori[sz]ed|unknown|cyber|attacker|intruder|hacker|third)/i;
const TAKEN_OR = /\b(?:viewed|accessed|acquired|copied|exfiltrated|taken|used)\s*,?\s+(?:or|and|nor)\s+$/i;
const NOT_DONE_BEFORE =
  /\b(?:no\s+(?:evidence|indication|sign)|not\s+(?:aware|find|found|determine)|unable\s+to|whether|before|prior\s+to|if)\b[^.;]{0,100}$/i;
// The catch-all "removed/deleted …" wants a thing that holds data beside it.
const DATA_NEAR =
  /\b(?:data|information|files?|records?|copies|copy|e-?mails?|documents?|spreadsheets?|attachments?|messages?|folders?|reports?|lists?|rosters?|forms?|W-?2s?|images?|back-?ups?|database|PII|details)\b/i;

/** The English data_deletion hit tells of a deletion by the organisation or a recipient. */
function notADeletion(sentence: string, match: string): boolean {
  if (!/^(?:destroyed|deleted|purged|removed)\b/i.test(match)) return false;
  const at = sentence.indexOf(match);
  const before = sentence.slice(0, at);
  const verb = match.match(/^\w+/)?.[0] ?? '';
  if (INTRUDER_BEFORE.test(before) || TAKEN_OR.test(before) || NOT_DONE_BEFORE.test(before)) return true;
  if (INTRUDER_AFTER.test(sentence.slice(at + verb.length))) return true;
  if (/\bpreviously\s+$/i.test(before)) return true;
  return !DATA_NEAR.test(sentence.slice(Math.max(0, at - 90), at + verb.length + 30));
}

const DELAY_BEFORE = /\bdelay\w*\s+(?:[\w-]+\s+){0,6}(?:law\s+enforcement|police|FBI)$/i;

// "If we find that your data was involved, we will notify you": a notice promised on a finding.
const ON_A_FINDING =
  /\b(?:if|should|in\s+the\s+event\s+that)\s+(?:we|our|the|it|any|further)\b[^.;]{0,80}\b(?:find|finds|found|determine[sd]?|discover(?:s|ed)?|identif(?:y|ies|ied)|learn(?:s|ed)?|confirm(?:s|ed)?)\b[^.;]{0,80}$/i;

// A duty stated in general, as regulators' pages and news explain the law: "organisations must notify
// affected individuals", "companies are required to report serious breaches to the ICO", "the law
// requires businesses to contact customers" (a subject with no article: any organisation, none told).
const DUTY_BEFORE =
  /(?:(?<!\b(?:the|this|our|its|their|these|those)\s)\b(?:organi[sz]ations|companies|businesses|entities|agencies|employers|firms|(?:data\s+)?controllers|an?\s+(?:[\w-]+\s+)?(?:organi[sz]ation|company|business|entity|controller)(?:\s+(?:that|which|who)\s+[^.;]{0,40}?)?)\s+(?:[\w-]+\s+){0,2}?(?:must|should|are\s+(?:legally\s+)?(?:required|obliged|obligated)\s+to|is\s+(?:legally\s+)?(?:required|obliged|obligated)\s+to|have\s+to|has\s+to|have\s+an?\s+(?:legal\s+|statutory\s+)?(?:obligation|duty)\s+to|has\s+an?\s+(?:legal\s+|statutory\s+)?(?:obligation|duty)\s+to)|\b(?:requires?|obliges?|compels?|mandates?)\s+(?:all\s+)?(?:organi[sz]ations|companies|businesses|entities|firms|(?:data\s+)?controllers)\s+to)\s+(?:(?:also|then|promptly|\w+ly)\s+)?$/i;

// A letter to an official, a regulator or investors, as news quotes it ("in a letter to the Maine
// Attorney General", "a notification letter filed with the regulator", "in a letter to
// shareholders"): no word to the people affected.
const OFFICIAL_ADDRESSEE =
  /^\s*(?:(?:filed|submitted|sent|lodged|provided|addressed)\s+)?(?:to|with)\s+(?:the\s+|its\s+)?(?:[\w’'.-]+\s+){0,3}?(?:Attorneys?\s+General|regulators?|regulatory|Commission(?:er)?|Secretary|SEC|shareholders|stockholders|investors|editor|Congress|lawmakers|senators?|legislators|office|department|agency|ICO|OAIC|authorit(?:y|ies))\b/i;

/** Whether an English hit of a shared rule is no measure of that kind in its sentence. */
export function vetoEnglish(key: Measure, sentence: string, match: string): boolean {
  if (
    key === 'individual_notification' &&
    /\bletters?(?:\s+to)?$/i.test(match) &&
    OFFICIAL_ADDRESSEE.test(
      /\s+to$/i.test(match)
        ? ` to${sentence.slice(sentence.indexOf(match) + match.length)}`
        : sentence.slice(sentence.indexOf(match) + match.length),
    )
  )
    return true;
  if (
    (key === 'individual_notification' || key === 'regulator_report' || key === 'police_report') &&
    DUTY_BEFORE.test(sentence.slice(0, sentence.indexOf(match) + (/^to\s+/i.exec(match)?.[0].length ?? 0)))
  )
    return true;
  if (
    key === 'individual_notification' &&
    /^(?:will\s+|to\s+)?notify|^(?:contact|inform)/i.test(match) &&
    ON_A_FINDING.test(sentence.slice(0, sentence.indexOf(match)))
  )
    return true;
  if (key === 'data_deletion' && /removed/i.test(match) && CODE.test(sentence) && !DATA.test(sentence))
    return true;
  if (key === 'data_deletion' && notADeletion(sentence, match)) return true;
  if (key === 'external_investigation' && AUTHORITY_FORENSICS.test(sentence)) return true;
  // A firm brought in to judge the defences, with no word of investigating the attack: an
  // assessment (vulnerability_assessment), not a forensic investigation.
  if (
    key === 'external_investigation' &&
    ASSESS_PURPOSE.test(sentence) &&
    !/\b(?:investigat\w*|forensic\w*|determine|identify)\b/i.test(sentence)
  )
    return true;
  // "failure to enable multi-factor authentication": a finding about what was missing, not a step.
  if (
    key === 'mfa_introduced' &&
    /\b(?:failure|failed|failing|fail|lack|lacked|absence|without|not|no)\b(?:\s+[\w-]+){0,3}\s*$/i.test(
      sentence.slice(0, sentence.indexOf(match)),
    )
  )
    return true;
  // "Before the server was secured, it had been open for two weeks": the time before the step, told
  // to date the exposure; the step itself is told elsewhere if at all.
  if (
    key === 'access_blocked' &&
    /\b(?:before|until|prior\s+to)\s+(?:[\w’'-]+\s+){0,5}$/i.test(sentence.slice(0, sentence.indexOf(match)))
  )
    return true;
  // "this notice was not delayed by a law enforcement investigation": no report to the police.
  if (key === 'police_report' && DELAY_BEFORE.test(sentence.slice(0, sentence.indexOf(match) + match.length)))
    return true;
  // "suspected fraud should be reported to law enforcement", "you may obtain a police report": advice
  // to the reader, no report made.
  if (
    (key === 'police_report' || key === 'regulator_report') &&
    /\b(?:should|must|can|may|could)\s+(?:also\s+|always\s+)?be\s+(?:promptly\s+|immediately\s+)?reported\b|\bobtain\s+(?:a\s+)?(?:copy\s+of\s+(?:a|the|any)\s+)?police\s+report\b/i.test(
      sentence,
    )
  )
    return true;
  // "despite the use of firewalls": a safeguard that was already there, not one added.
  if (
    key === 'firewall_waf' &&
    /\bdespite\s+(?:the\s+use\s+of\s+)?(?:\w+\s+){0,2}$/i.test(sentence.slice(0, sentence.indexOf(match)))
  )
    return true;
  // "broke through our security protocols and firewalls": a safeguard the intruder got past.
  if (
    key === 'firewall_waf' &&
    /\b(?:broke|breaking|got|went|gotten)\s+(?:through|past)\b|\b(?:bypass|circumvent)\w*\b/i.test(
      sentence.slice(0, sentence.indexOf(match)),
    )
  )
    return true;
  // "shut down the employees' email accounts that were accessed": accounts closed to the intruder
  // (access_blocked), no service taken offline.
  if (
    key === 'service_suspended' &&
    /^\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:e-?mail\s+)?accounts?\b/i.test(
      sentence.slice(sentence.indexOf(match) + match.length),
    )
  )
    return true;
  // "a call center employee may have allowed …": staff of a call center, no hotline set up.
  if (
    key === 'hotline' &&
    /^call\s+center$/i.test(match) &&
    /^\s+(?:employees?|agents?|representatives?|workers?|staff)\b/i.test(
      sentence.slice(sentence.indexOf(match) + match.length),
    )
  )
    return true;
  // "access limitations were removed": a safeguard lifted (the cause), no data deleted.
  if (
    key === 'data_deletion' &&
    /\b(?:limitations|restrictions|controls|permissions|safeguards)\s+(?:were|was|had\s+been|have\s+been)\s+removed\b/i.test(
      sentence,
    )
  )
    return true;
  // "some data was removed from our systems": taken by the intruder, not deleted by the company.
  if (
    key === 'data_deletion' &&
    /\b(?:data|information|files|records)\s+(?:was|were|had\s+been)\s+removed\s+from\b/i.test(sentence)
  )
    return true;
  // "a laptop that may have contained your information" holds data; it contains no attack.
  if (
    key === 'access_blocked' &&
    /contained$/i.test(match) &&
    /\b(?:may|might|could|should|would|must)\s+have\s+contained\b/i.test(sentence)
  )
    return true;
  return false;
}

// A vendor the notice names: "our vendor, Example Host", "Example Host, one of our third-party service
// providers", "Example Host notified us", "we were informed by Example Host".
const VENDOR =
  '(?:vendors?|(?:service\\s+)?providers?|processors?|suppliers?|contractors?|partners?|business\\s+associates?|developers?)';
const NAME = "([A-Z][\\w&.’'\\[\\]-]*(?:\\s+(?:[A-Z][\\w&.’'-]*|of|&)){0,3})";
const VENDOR_NAMED = [
  new RegExp(
    `\\b(?:[Oo]ur|[Ii]ts|[Tt]he|[Tt]heir)\\s+(?:third[- ]party\\s+)?(?:[\\w-]+\\s+){0,3}${VENDOR},?\\s+(?:called\\s+|named\\s+)?${NAME}(?=\\s*(?:,|\\(|\\.|’s|'s|\\s+(?:Inc|LLC|Ltd|Corp)\\b))`,
    'g',
  ),
  new RegExp(
    `${NAME}(?:,?\\s+(?:Inc|LLC|Ltd|Corp)\\.?)?(?:\\s+\\([^)]{0,40}\\))?,\\s+(?:one\\s+of\\s+our|our|its|an?\\s+third[- ]party|an?\\s+outside|one\\s+of\\s+(?:[A-Z][\\w’'&.-]*(?:\\s+(?:and|of|&))?\\s+){0,5}?[A-Z][\\w’'&.-]*(?:\\s+(?:third[- ]party|outside|external))?(?=\\s+(?:[\\w-]+\\s+){0,2}${VENDOR}))\\s+(?:(?!and\\b|or\\b)[\\w-]+\\s+){0,4}${VENDOR}`,
    'g',
  ),
  new RegExp(
    `${NAME}(?:,\\s+(?:which|who)\\s+[^,.;]{0,160},)?\\s+(?:recently\\s+)?(?:has\\s+)?(?:notified|informed|advised|alerted|told)\\s+(?:us|its\\s+(?:customers|clients))\\b`,
    'g',
  ),
  new RegExp(`\\b(?:notified|informed|advised|alerted)\\s+by\\s+${NAME}`, 'g'),
];
const NOT_A_NAME =
  /^(?:We|Our|The|This|That|These|Those|It|Its|A|An|I|On|In|Upon|After|Before|While|When|As|At|For|From|If|Although|Once|Following|Since|To|With|By|They|Law|Federal|State|FBI|Police)$/;
// "the service provider’s team", "the vendor reported": the vendor as the clause's subject.
const VENDOR_SUBJECT = new RegExp(
  `^(?:[^,]{0,100},\\s+)?(?:the|this|that|our|its)\\s+(?:third[- ]party\\s+)?(?:[\\w-]+\\s+){0,2}${VENDOR}(?:[’']s)?\\b`,
  'i',
);

/** Names the notice gives to a vendor or other party that told the organisation of the incident. */
export function thirdPartyNames(text: string): string[] {
  const names = new Set<string>();
  for (const re of VENDOR_NAMED) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const name = (m[1] ?? '').replace(/[.,’']+$/, '');
      if (name.length < 3 || NOT_A_NAME.test(name.split(/\s+/)[0] ?? '')) continue;
      names.add(name);
      // "ConnectPoint.com, LLC" is called "ConnectPoint" in the sentences that follow.
      const bare = name.replace(/\.(?:com|net|org|io|co)$/i, '');
      if (bare !== name && bare.length >= 3) names.add(bare);
    }
  }
  return [...names];
}

/** The sentence tells what a third party did: the vendor (or a named one) is its subject. */
export function saidOfThirdParty(sentence: string, names: string[]): boolean {
  const s = sentence.trimStart();
  if (VENDOR_SUBJECT.test(s)) return true;
  const intro = s.match(/^(?:[^,]{0,100},\s+)?/)?.[0] ?? '';
  for (const name of names) {
    for (const start of intro ? [s, s.slice(intro.length)] : [s]) {
      if (start.startsWith(name) && !/^[\w&-]/.test(start.slice(name.length))) return true;
    }
    // Both patterns below hold the name as written: a sentence without it matches neither.
    if (!s.includes(name)) continue;
    // "We have been informed by Example Host that its experts …"
    if (
      new RegExp(
        `\\b(?:informed|notified|told|advised)\\s+by\\s+${escapeRe(name)}\\s+that\\s+(?:its|their|it|they)\\b`,
      ).test(s)
    )
      return true;
    // "According to Example Host, they paid …"
    if (new RegExp(`^According\\s+to\\s+${escapeRe(name)},\\s+(?:they|it)\\b`).test(s)) return true;
  }
  return false;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
