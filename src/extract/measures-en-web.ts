import type { MeasureRule } from './measures-en.js';
import { WRITER_ONLY } from './measures-en-acts.js';
import type { Measure } from './types.js';

/**
 * English measures as organisations' own web pages word them (not only US letters): notice or
 * notification "provided" to the people concerned, privacy commissioners and data protection
 * authorities abroad, police forces named by their own names (An Garda Síochána, Action Fraud), systems
 * that "remain offline", access suspended, ransomware removed.
 */

const POLICE_NAMES = String.raw`(?:An\s+Garda\s+S[ií]och[aá]na|Garda[ií]?|Gardaí|Action\s+Fraud|National\s+Crime\s+Agency)`;
const PEOPLE =
  '(?:patients|customers|members|clients|individuals|employees|students|parents|families|donors|residents|users|guests|participants|persons|people|consumers|those|everyone)';

export const EN_WEB_MEASURE_RULES: MeasureRule[] = [
  // "is providing written notice to the affected patients", "providing notification to members whose
  // …", "written notice at the mailing address on file", "in order to provide notification."; not
  // notice given to another body ("provided written notification to your healthcare provider").
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\bprovid(?:e|es|ed|ing)\s+(?:this\s+|written\s+|direct\s+|final\s+|formal\s+|individual\s+|individualized\s+|mailed\s+)*(?:notice|notification)s?(?:\s+to\s+(?:all\s+(?:of\s+)?)?(?:the\s+|those\s+|our\s+|its\s+|each\s+|any\s+)?(?:affected\s+|impacted\s+|potentially\s+(?:affected|impacted)\s+|involved\s+|current\s+|former\s+)*${PEOPLE}\b|\s+at\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}address|\s+(?:by|via)\s+(?:U\.S\.\s+|postal\s+|first[- ]class\s+|regular\s+)?(?:mail|post|letter)\b|\s*[.;]|\s*$)`,
      'i',
    ),
  },
  // Notification sent in writing: "sent written notification to all clients whose …".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\bsent\s+(?:written|formal|individual|direct)\s+(?:notices?|notifications?|letters?)\s+to\s+(?:all\s+(?:of\s+)?)?(?:the\s+|our\s+|its\s+)?(?:potentially\s+)?(?:affected\s+|impacted\s+)?${PEOPLE}\b`,
      'i',
    ),
  },
  // The reader told that this is their notice, or that a letter will follow: "you are being notified
  // because …", "you will shortly receive a personal statement by post".
  {
    key: 'individual_notification',
    re: /\byou(?:\s+are|['’]re)\s+(?:now\s+)?being\s+(?:notified|contacted|written\s+to|e-?mailed|sent\s+this)\b|\byou\s+will\s+(?:shortly\s+|soon\s+|also\s+|then\s+)?receive\s+(?:an?\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:letter|notice|notification|statement)\b/i,
    not: /\b(?:if\s+you\s+receive|suspicious|scam|phishing|fraudulent)\b/i,
  },
  // The people told, in the passive or by the means used: "notification letters were mailed on
  // May 5", "letters are being sent to those affected", "affected customers have been contacted
  // directly", "we have written to all affected customers", "notified parents by email".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b(?:notification\s+|notice\s+)?letters?(?:\s+(?:and|or)\s+(?:e-?mails?|notices?|(?:phone\s+)?calls?))?\s+(?:were|was|are\s+being|have\s+been|has\s+been|will\s+be)\s+(?:mailed|sent|posted|issued)\b|\b(?:e-?mails?|notices?|notifications?)\s+(?:were|was|are\s+being|have\s+been|will\s+be)\s+sent\s+to\s+(?:all\s+)?(?:the\s+|those\s+)?(?:affected|impacted|potentially|involved)\b|\b(?:those|individuals|people|persons)\s+(?:affected|impacted)\s+by\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:breach|incident|event|attack)\s+(?:have\s+been|has\s+been|were|are\s+being|will\s+be)\s+(?:directly\s+|individually\s+|personally\s+)?(?:contacted|notified|informed|written\s+to|e-?mailed)\b|\b(?:affected|impacted|involved)\s+(?:[\w-]+\s+)?${PEOPLE}\s+(?:have\s+been|has\s+been|were|are\s+being|will\s+be)\s+(?:directly\s+|individually\s+|personally\s+|promptly\s+)?(?:contacted|notified|informed|written\s+to|e-?mailed)\b|\bwritten\s+to\s+(?:all\s+)?(?:the\s+|those\s+|our\s+)?(?:affected|impacted|involved)\b|\bnotified\s+(?:all\s+)?(?:the\s+|our\s+)?(?:affected\s+|impacted\s+)?${PEOPLE}\s+(?:by|via|through)\s+(?:e-?mail|letter|mail|post|phone|telephone|text)\b`,
      'i',
    ),
    not: /\b(?:phishing|spoofed|fraudulent|scam|attacker|unauthori[sz]ed|if\s+you)\b/i,
  },
  // The attorney general told: "reported this incident to the Office of the Attorney General".
  {
    key: 'regulator_report',
    re: /\b(?:reported|notified|informed|alerted|reporting|notifying)\b[^.;]{0,100}?\b(?:Attorneys?\s+General|Department\s+of\s+Education)\b/,
    not: /\b(?:you|your|should|may\s+(?:also\s+)?(?:contact|report|complain|file|obtain))\b/i,
  },
  // Privacy commissioners and data protection authorities told, named up to two clauses after the
  // verb ("reported it to relevant authorities including …, the Office of the … Information
  // Commissioner", "notifying the … Data Protection Commission").
  {
    key: 'regulator_report',
    re: /\b(?:reported|notified|informed|alerted|contacted|reporting|notifying|informing)\b[^.;]{0,160}?\b(?:Information\s+(?:and\s+Privacy\s+)?Commissioner|Privacy\s+Commissioner|OAIC|ICO|Data\s+Protection\s+(?:Commission(?:er)?|Authority|Authorities)|Data\s+Protection\s+Officer\s+of\s+the\s+State)\b/,
    not: /\b(?:you|your|should|may\s+(?:also\s+)?(?:contact|report|complain|file))\b/i,
  },
  // Police forces named by their own names.
  {
    key: 'police_report',
    re: new RegExp(
      String.raw`\b(?:work(?:ed|ing|s)?|cooperat(?:e|ed|es|ing)|liais(?:e|ed|ing)|engag(?:ed|ing))\s+(?:closely\s+|fully\s+)?with\s+${POLICE_NAMES}|\b(?:reported|notified|informed|contacted|alerted)\s+(?:the\s+(?:incident|matter|theft|loss|breach)\s+to\s+|it\s+to\s+|this\s+to\s+|to\s+)?(?:the\s+)?${POLICE_NAMES}|\b(?:reported|notified|informed|contacted|alerted)\b[^.;]{0,60}\bto\s+${POLICE_NAMES}`,
    ),
    not: /\b(?:you|your|should|may\s+wish|we\s+recommend|encourage)\b/i,
  },
  // Access suspended ("suspended the clerk’s access to our systems") and ransomware or malware
  // removed ("the ransomware … was immediately removed that same day").
  {
    key: 'access_blocked',
    re: /\bsuspended\s+(?:the\s+|all\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,2}(?:access|accounts?|credentials|log-?ins?)\b(?!\s+(?:to|for)\s+(?:you|customers|users))|\b(?:ransomware|malware|virus(?:es)?|malicious\s+(?:code|software|program))\b[^.;]{0,60}\b(?:immediately|promptly|quickly|successfully|fully|completely)\s+(?:removed|eradicated|eliminated|quarantined)\b/i,
    not: /\b(?:whether|unable\s+to|could\s+not)\b/i,
  },
  // Outside security professionals contacted, or a security consultant worked with.
  {
    key: 'external_investigation',
    re: /\bcontact(?:ed|ing)\s+(?!by\b)(?:an?\s+|the\s+)?(?:leading\s+)?(?:independent|outside|external|third[- ]party|forensic)\s+(?:[\w-]+\s+){0,2}?(?:experts?|consultants?|firms?|specialists?|investigators?|professionals|compan(?:y|ies))\b/i,
    not: /\b(?:you|your|should|may\s+wish|we\s+recommend|encourage)\b/i,
  },
  {
    key: 'external_investigation',
    re: /\bwork(?:s|ed|ing)?\s+with\s+(?:an?\s+|the\s+)?(?:leading\s+|outside\s+|independent\s+|external\s+|third[- ]party\s+)?(?:security|cyber-?\s?security|forensic|IT\s+security)\s+(?:consultants?|consulting\s+firm|firms?|experts?|specialists?|compan(?:y|ies))\b/i,
    not: /\b(?:you|your|should|may\s+wish|we\s+recommend|encourage)\b/i,
  },
  // Specialists named as the writer's partners in the investigation, whatever the verb: "along with a
  // team of cybersecurity professionals … engaged in a comprehensive investigation", "hired
  // incident response professionals".
  {
    key: 'external_investigation',
    re: /\b(?:with|by|of|along\s+with|engaged|retained|hired)\s+(?:an?\s+|the\s+)?(?:team\s+of\s+|group\s+of\s+)?(?:outside\s+|external\s+|independent\s+|third[- ]party\s+|leading\s+)?(?:cyber-?\s?security|security|forensic|IT|incident\s+response)\s+(?:and\s+privacy\s+)?(?:professionals|experts|specialists|investigators)\b[^.;]{0,80}?\binvestigat|\b(?:engag|retain|hir)(?:ed|ing)\s+(?:an?\s+|the\s+)?(?:team\s+of\s+)?(?:[\w-]+\s+){0,3}?professionals\b/i,
    not: /\b(?:you|your|should|may\s+wish|we\s+recommend|encourage|law\s+firm|attorneys?)\b/i,
  },
  // Exposed data taken off the place it stood: "removed the files from the department's site",
  // "took the spreadsheet down from the website"; planted code removed is access_blocked's.
  {
    key: 'data_deletion',
    re: /\b(?:remov(?:e|ed|ing)|delet(?:e|ed|ing)|pull(?:ed|ing)?)\s+(?:the\s+|these\s+|those\s+|this\s+|all\s+|such\s+)?(?:[\w’'-]+\s+){0,2}?(?:files?|data|information|documents?|records|spreadsheets?|lists?|reports?)\s+from\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:site|website|web\s?site|internet|web|portal|web\s?page|page|public\s+view|public\s+(?:folder|server|directory))\b/i,
    not: /\b(?:you|your|should|may\s+wish|we\s+recommend|encourage|malware|malicious|code|script)\b/i,
  },
  // The writer's own connections cut: "disabling our internet access", "shut off network connectivity".
  {
    key: 'service_suspended',
    re: /\b(?:disabl(?:ed|ing)|suspend(?:ed|ing)|shut(?:ting)?\s+off|cut(?:ting)?\s+off)\s+(?:our|the|its|all)\s+(?:[\w-]+\s+)?(?:internet|network|e-?mail)\s+(?:access|connections?|connectivity|services?)\b/i,
    not: /\b(?:you|your)\b/i,
  },
  // The writer's word on its own mail, so that fakes stand out: "will not request personal information
  // electronically", "we will never ask for your password"; or the reader told not to give it.
  {
    key: 'phishing_warning',
    re: /\b(?:will|would|does|do)\s+(?:not|never)\s+(?:ask|request|solicit|seek)\s+(?:you\s+)?(?:for\s+)?(?:any\s+|your\s+)?(?:personal|sensitive|financial|account|login)\s+(?:information|details|data)|\b(?:will|would|does|do)\s+(?:not|never)\s+(?:ask|request)\s+(?:you\s+)?(?:for\s+)?(?:your\s+)?(?:password|PIN|Social\s+Security\s+number)s?\b|\bdo\s+not\s+(?:disclose|provide|give\s+out|share|reveal)\s+(?:any\s+|your\s+)?(?:personal|sensitive|financial|account)\s+(?:information|details)\b/i,
  },
  // An outside party hired by contract to look into the matter: "contracted with a 3rd party vendor to
  // comprehensively evaluate the situation".
  {
    key: 'external_investigation',
    re: /\bcontract(?:ed|ing)\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:outside\s+|independent\s+|external\s+|(?:third|3rd)[- ]party\s+)(?:[\w-]+\s+){0,2}?(?:vendors?|firms?|compan(?:y|ies)|experts?|consultants?|specialists?)\s+to\s+(?:\w+ly\s+)?(?:evaluate|investigate|review|assess|examine|analy[sz]e|determine)\b/i,
    not: /\b(?:you|your|law\s+firm|attorneys?)\b/i,
  },
  // Systems still down: "the district network and systems remain offline".
  {
    key: 'service_suspended',
    re: /\b(?:network|systems?|servers?|website|web\s?site|portal|services|platform)\s+(?:remain(?:s|ed)?|are\s+still|were\s+still|remain\s+temporarily)\s+(?:temporarily\s+)?(?:off-?line|down|unavailable)\b/i,
    not: /\b(?:you|your)\b/i,
  },
];

// Review vendors sift the data for names; they are no forensic investigation.
const REVIEW_VENDOR =
  /\b(?:data\s+(?:mining|review)|document\s+review|e-?discovery|review\s+(?:vendor|specialists?))\b/i;
// "remain vigilant by reviewing statements": advice against fraud, no warning about mail or calls.
const VIGILANCE = /^(?:be|remain|stay)\s+(?:alert|vigilant|cautious|wary|on\s+guard)$/i;
const MAIL_OR_CALLS =
  /\b(?:e-?mails?|calls?|messages?|texts?|phishing|scams?|links?|attachments?|communications?|letters?|callers?|requests?)\b/i;

const READER_PRECAUTIONS =
  /\b(?:you|your|yourself|individuals|recipients)\b[^.]{0,80}\bprecautions\b|\bprecautions\b[^.]{0,40}\b(?:you|your|individuals)\s+(?:can|may|should)\b/i;

const ATTACK_AS_SUBJECT =
  /\b(?:attacks?|ransomware|malware|virus(?:es)?|hackers?|attackers?|criminals?|intruders?|(?:cyber-?\s?)?incident)(?:\s+(?:in|on|of|against|last|earlier)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?(?:\s+(?:that|which|who))?\s+$/i;

const ISOLATED_ADJ =
  /^\s+(?:files?|cases?|incidents?|instances?|records?|events?|documents?|e-?mails?|occurrences?|errors?|reports?|examples?|issues?)\b/i;
const BLOCKED_PEOPLE =
  /^\s+(?:[\w-]+\s+)?(?:residents|customers|users|patients|students|staff|employees|people|members|citizens|the\s+public|them|us|you)\s+from\b/i;
const THING_AS_SUBJECT =
  /\b(?:training|course|session|module|presentation|webinar|video|document|report|article|letter|notice|guide|policy)\s+(?:also\s+)?$/i;
const ASKED_TO =
  /\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|remind(?:s|ed|ing)?|recommend(?:s|ed|ing)?|advis(?:e|es|ed|ing)|request(?:s|ed|ing)?|invit(?:e|es|ed|ing))\s+(?:[\w’'-]+,?\s+){0,6}?to\s+(?:(?:continue\s+to|closely|carefully|regularly|actively)\s+)?$/i;
const BEFORE_INCIDENT =
  /^\s*(?:earlier\s+(?:this|that|last)\s+year|last\s+year|previously|prior\s+to\s+(?:the|this)\s+(?:incident|event|breach)|before\s+(?:the|this)\s+(?:incident|event|breach)|in\s+(?:the\s+)?past\s+years?)\b/i;
const SINCE =
  /\b(?:since\s+(?:the|this)|following\s+(?:the|this)|going\s+forward|in\s+response|will\b|now\b)/i;

/** Whether a hit (of any measure rule) is no such measure in an English sentence read as a web notice. */
export function vetoEnglishWeb(key: Measure, sentence: string, match: string): boolean {
  const at = sentence.indexOf(match);
  const before = sentence.slice(0, Math.max(0, at));
  const after = sentence.slice(at + match.length);
  if (key === 'external_investigation' && REVIEW_VENDOR.test(match)) return true;
  // Vigilance against what: read the clause that follows the word, not the rest of the sentence
  // ("remain vigilant against misuse of your data,” the letter says": no warning about mail).
  if (
    key === 'phishing_warning' &&
    VIGILANCE.test(match) &&
    !MAIL_OR_CALLS.test(after.split(/[,;.”"]/)[0] ?? '')
  )
    return true;
  // "precautions" warn only when the reader is told to take them ("take these precautions", "we
  // encourage you to …"); the organisation's own ("we have taken precautions", "despite these
  // precautions") warn no one.
  if (key === 'phishing_warning' && /^precautions$/i.test(match) && !READER_PRECAUTIONS.test(sentence))
    return true;
  // "suffered an attempt to shut down its computer operations": the attacker's aim, not a step.
  if (
    key === 'service_suspended' &&
    /\b(?:attempt(?:ed|s)?|tried|trying|sought|aim(?:ed)?)\s+to\s+$/i.test(before)
  )
    return true;
  // "a ransomware attack that took down its systems", "the attack in May that shut down the
  // servers": the attack's effect, not a step the organisation took.
  if (key === 'service_suspended' && ATTACK_AS_SUBJECT.test(before)) return true;
  // "where isolated files were made available": the adjective, nothing isolated by the writer.
  if (key === 'access_blocked' && /^isolated$/i.test(match) && ISOLATED_ADJ.test(after)) return true;
  // "the attack … blocked residents from paying bills online": the attack's effect on people, no
  // attack path blocked.
  if (key === 'access_blocked' && /^blocked$/i.test(match) && BLOCKED_PEOPLE.test(after)) return true;
  // "This training reviewed our policies": a thing described by what it covers, no review done.
  if (key === 'process_review' && /^review/i.test(match) && THING_AS_SUBJECT.test(before)) return true;
  // "We ask staff and parents to monitor for suspicious activity": the readers' task, not the writer's.
  if (WRITER_ONLY.has(key) && ASKED_TO.test(before)) return true;
  // "Earlier this year, all staff were told to complete security training": done before the incident.
  if (key === 'staff_training' && BEFORE_INCIDENT.test(before) && !SINCE.test(sentence)) return true;
  // "reimburse patients for a year of credit monitoring": the monitoring offered, no payment to them.
  if (
    key === 'compensation' &&
    /^[^.;]{0,80}\b(?:credit\s+monitoring|identity\s+(?:theft\s+)?(?:protection|monitoring)|credit\s+freeze)\b/i.test(
      after,
    )
  )
    return true;
  // "the records may have been inadvertently destroyed": the loss itself, no deletion done.
  if (
    key === 'data_deletion' &&
    /^(?:destroyed|deleted|discarded|shredded)\b/i.test(match) &&
    /\b(?:may|might|could)\s+have\s+been\s+(?:\w+\s+)?$|\b(?:inadvertently|accidentally|mistakenly|improperly|wrongly)\s+$/i.test(
      before,
    )
  )
    return true;
  // "attacked by ransomware, which we … removed": the attack removed, no data deleted.
  if (
    key === 'data_deletion' &&
    /^removed\b/i.test(match) &&
    /\b(?:ransomware|virus(?:es)?)\b/i.test(sentence) &&
    !/\b(?:data|information|files|records)\s+(?:was|were|had\s+been|has\s+been)\s+removed\b/i.test(sentence)
  )
    return true;
  return false;
}
