import type { MeasureRule } from './measures-en.js';
import { EN_BROAD_MEASURE_RULES } from './measures-en-broad.js';

/**
 * English measures told as a clause whose verb says who was told, brought in or set up for the
 * people, built from one verb class and one object class so that every tense, voice and noun form
 * of the same act reads the same:
 *
 * - reports to the police or a regulator: "notified law enforcement", "we will notify the ICO",
 *   "the Privacy Commissioner has been informed", "lodged a formal complaint with police", "in
 *   regular contact with our regulators", "continue to work with the NCSC, the National Crime Agency";
 * - the people told: "sent emails and text messages to Example customers", "will be in direct
 *   contact with these individuals", "issued letters to over 900 patients", "is notifying a total of
 *   1,200 consumers";
 * - a help line set up: "a support line has been set up", "we have opened a dedicated helpline".
 *
 * Reader advice is no measure ("you should report it to the police", "you have the right to complain
 * to the Information Commissioner"): the rules carry a `not` for it.
 */

// Report verbs, in the past, the progressive, and the base form after will/shall/to.
const TELL = String.raw`(?:(?:have|has|had|we)\s+(?:also\s+)?involved|reported|notified|informed|alerted|contacted|advised|referred|reporting|notifying|informing|alerting|contacting|referring|(?:will|shall|to)\s+(?:also\s+|promptly\s+|immediately\s+|now\s+|be\s+)?(?:report(?:ing)?|notify(?:ing)?|inform(?:ing)?|alert(?:ing)?|contact(?:ing)?|refer(?:ring)?))`;
// What was reported, before "to": "reported this incident to", "notified the matter to".
const WHAT = String.raw`(?:(?:it|this|that|them|the|these|our|its)(?:\s+[\w’'-]+){0,3}\s+)?`;
// A day told between what was reported and to whom ("reported the breach Sept. 25 to HHS").
const WHEN = String.raw`(?:(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?),?\s+)?`;
// Other bodies listed before the one that counts: "the NCSC, the National Crime Agency".
// No token may be a word that opens another clause.
const LIST = String.raw`(?:(?!(?:to|that|which|who|by|on|if|when|because|whether|until|after|before)\b)(?:(?:\w\.)+|[\w’'&()-]+),?\s+){0,16}?`;
// Working beside a body, or in touch with it.
const WITH = String.raw`(?:(?:in\s+)?(?:conjunction|cooperation|co-operation|coordination|collaboration|partnership|consultation|liaison)|jointly|together|work(?:ed|ing|s)?|continu(?:e|es|ed|ing)\s+to\s+work|co-?operat(?:e|ed|es|ing)|coordinat(?:e|ed|es|ing)|collaborat(?:e|ed|es|ing)|liais(?:e|ed|es|ing)|partner(?:ed|ing)?|engag(?:ed|ing)|consult(?:ed|ing)|assist(?:ed|ing)|(?:in|into|remain\s+in)\s+(?:close\s+|frequent\s+|regular\s+|constant\s+|ongoing\s+|direct\s+|daily\s+)?(?:contact|communication|touch|dialogue))\s+(?:closely\s+|fully\s+|directly\s+|actively\s+|hard\s+|\w+ly\s+)?with\s+`;
// A report or complaint made: "lodged a formal complaint with", "a notification was made to".
const FILED = String.raw`(?:(?:lodged|filed|made|submitted|laid|sent|raised|lodging|filing|making|submitting|laying)\s+(?:an?\s+|the\s+|our\s+)?(?:formal\s+|official\s+|criminal\s+|written\s+|initial\s+|mandatory\s+|data\s+)?(?:breach\s+)?(?:complaint|report|notification|notice|referral)\s+(?:with|to)\s+|(?:complaint|report|notification|notice)\s+(?:was|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:also\s+)?(?:made|lodged|filed|submitted|sent|given)\s+to\s+|(?:notifications?|reports?|communications?)\s+to\s+)`;
// Passive: "… has been notified", "… were informed".
const TOLD = String.raw`(?:(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?been\s+(?:immediately\s+|promptly\s+|duly\s+|formally\s+)?(?:notified|informed|alerted|contacted|advised|told)|(?:was|were|is|are)\s+(?:also\s+|immediately\s+|promptly\s+|duly\s+|formally\s+|being\s+)?(?:notified|informed|alerted|contacted|advised|called))`;

const POLICE = String.raw`(?:law\s+enforcement|police|FBI|Federal\s+Bureau\s+of\s+Investigation|Secret\s+Service|National\s+Crime\s+Agency|Action\s+Fraud|RCMP|(?:An\s+)?Garda(?:\s+S[ií]och[aá]na)?|Garda[ií]|sheriff[’']?s?\s+(?:office|department)|(?:Special\s+)?(?:Fraud|Crime|Cyber-?\s?crime|Cyber\s+Crime)\s+(?:Unit|Squad|Division|Bureau|Task\s+Force)|district\s+attorney)\b`;
const REGULATOR = String.raw`(?:regulators?|regulatory\s+(?:authorit(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies)|officials)|supervisory\s+authorit(?:y|ies)|(?:Information|Privacy)\s+Commissioner|Data\s+Protection\s+(?:Commission(?:er)?|Authorit(?:y|ies))|(?:state|federal)\s+(?:and\s+(?:state|federal)\s+)?(?:agencies|officials)|OAIC|ICO|PCPD|DPC|CNIL|HHS|Attorneys?\s+General|Department\s+of\s+Health\s+(?:and|&)\s+Human\s+Services|Financial\s+Conduct\s+Authority|FCA|Prudential\s+Regulation\s+Authority|APRA|Charity\s+Commission|Office\s+(?:for|of)\s+Civil\s+Rights)\b`;

// Advice to the reader, the reader's rights, and a report made only if something comes to light.
const ADVICE =
  /\b(?:you|your|yourself|should|may\s+wish|recommend\w*|encourag\w*|urg(?:e|es|ed)|right\s+to|if\s+(?:we|it|there|any)|whether|(?:could|would|may|might|can)\s+be\s+delayed)\b/i;

/** A report to bodies of one kind, in every form a clause gives it. */
function reportedTo(body: string): RegExp {
  // Look ahead for the body before trying the ways of reaching it: most report verbs have none.
  const near = String.raw`(?=(?:[^.;!?]|(?<=\b\w|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.){0,140}?\b${body})`;
  return new RegExp(
    String.raw`\b${TELL}\s+${near}(?!(?:by|on)\b)${WHAT}${WHEN}(?:to\s+)?(?:the\s+)?${LIST}${body}|\b${WITH}${near}(?:the\s+)?${LIST}${body}|\b${FILED}${near}(?:the\s+)?${LIST}${body}|\b${body}(?:[\w’'\s,&()-]{0,80}?)\s+${TOLD}\b`,
    'i',
  );
}

// The people an organisation writes to.
const PEOPLE = String.raw`(?:patients|customers|members|clients|individuals|employees|students|parents|families|donors|residents|users|guests|participants|persons|people|consumers|policyholders|subscribers|account\s?holders|staff|pupils|alumni|applicants|shoppers|cardholders|visitors|volunteers|retirees|beneficiaries|recipients)\b`;
// Who of them: "these individuals", "the affected persons", "Example and Other customers".
// One person of the class, after a word that ranges over all of them ("every customer who may be
// impacted", "each affected patient").
const ONE = String.raw`(?:every|each|any)\s+(?:affected\s+|impacted\s+|such\s+)?(?:patient|customer|member|client|individual|employee|student|parent|family|donor|resident|user|guest|participant|person|consumer|policyholder|subscriber|account\s?holder|applicant|cardholder|beneficiary|recipient)\b`;
const WHOM = String.raw`(?:all\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+|our\s+|its\s+|their\s+|each\s+|every\s+|any\s+)?(?:[\w&’'-]+\s+){0,3}?`;
const QUAL = String.raw`(?:affected\s+|impacted\s+|potentially\s+(?:affected|impacted)\s+|involved\s+|relevant\s+)`;
const MEANS = String.raw`(?:(?:notification\s+|notice\s+)?(?:e-?mails?|letters?)|(?:notification|notice|information)\s+(?:packages?|packets?|kits?)|text\s+messages?|SMS(?:\s+messages?)?|messages?|notices?|notifications?|communications?|written\s+(?:notices?|notifications?)|apolog(?:y|ies)|written\s+apolog(?:y|ies))`;
const HOW_MANY = String.raw`(?:(?:an?\s+)?estimated\s+)?(?:a\s+total\s+of\s+|over\s+|more\s+than\s+|about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|up\s+to\s+)?\d[\d,]*(?:\.\d+)?\s+(?:[\w-]+\s+){0,4}?`;
// A notice promised only if the investigation finds something ("if it determines that …, we will
// notify those individuals"): the condition stands before the clause in its sentence (tested at the
// clause's end, where few positions reach).
const NOT_IF = String.raw`(?<!\b(?:if|whether|should\s+(?:we|it|the))\s[^.;!?]{0,240})`;
// An intruder writing to the people is the attack, not a notice.
const NOT_A_NOTICE =
  /\b(?:phishing|spoofed|scam\w*|fraudulent|impersonat\w+|solicit\w*|posing\s+as|purport\w*|pretend\w*|masquerad\w*|(?:outside|unknown|unauthori[sz]ed)\s+(?:third\s+)?(?:individual|party|person|actor|sender)s?|(?:attackers?|hackers?|criminals?|fraudsters?|scammers?|threat\s+actors?|intruders?)\s+(?:\w+\s+){0,2}(?:sent|e-?mailed|contacted|called|messaged))\b/i;

export const EN_TOLD_MEASURE_RULES: MeasureRule[] = [
  { key: 'police_report', re: reportedTo(POLICE), not: ADVICE },
  // Helping the police with their work: "we are supporting the police investigation", "assisting
  // law enforcement with their enquiries".
  {
    key: 'police_report',
    re: new RegExp(
      String.raw`\b(?:support(?:ed|ing|s)?|assist(?:ed|ing|s)?|help(?:ed|ing|s)?|aid(?:ed|ing|s)?)\s+(?:the\s+|local\s+)*${POLICE}(?:\s+(?:with\s+)?(?:(?:their|its|the)\s+)?(?:investigation|enquiries|inquiries))?`,
      'i',
    ),
    not: ADVICE,
  },
  // The police at work on the case the writer reported: "police are investigating", "a police
  // investigation is under way", "law enforcement is actively investigating this matter" (not "law
  // enforcement launched an investigation", which may be theirs alone: the excerpt sets read it so).
  {
    key: 'police_report',
    re: new RegExp(
      String.raw`\b${POLICE}\s+(?:are|is|have\s+been|has\s+been|were|was)\s+(?:(?:now|also|actively|currently)\s+){0,2}(?:investigating|aware(?:\s+and\s+(?:are\s+)?investigating)?|made\s+aware)\b|\b(?:an?|the)\s+(?:ongoing\s+|active\s+|open\s+)?(?:police|law\s+enforcement|FBI)\s+investigation\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:underway|under\s+way|ongoing)\b`,
      'i',
    ),
    not: ADVICE,
  },
  // Outside experts among those worked with: "continue to work with the NCSC and external experts".
  {
    key: 'external_investigation',
    re: new RegExp(
      String.raw`\b${WITH}(?:the\s+)?${LIST}(?:external|outside|independent|third[- ]party|specialist|leading|cyber-?\s?security|cyber|forensic)\s+(?:[\w-]+\s+){0,2}?(?:experts|specialists|consultants|investigators|advisers|advisors)\b|\b(?:supported|assisted|aided|helped)\s+by\s+(?:an?\s+|the\s+)?(?:leading\s+|external\s+|outside\s+|independent\s+|third[- ]party\s+|specialist\s+)*(?:cyber-?\s?security|forensic|IT\s+security|security|incident\s+response)\s+(?:experts|specialists|consultants|investigators|advisers|advisors|firm|company|professionals)\b|\bwith\s+the\s+support\s+of\s+(?:[\w-]+\s+){0,3}(?:experts|specialists|consultants|investigators|firm)\b|\b(?:appoint(?:ed|ing)|commission(?:ed|ing)|instruct(?:ed|ing)|call(?:ed|ing)\s+in)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:leading\s+|specialist\s+|external\s+|outside\s+|independent\s+|third[- ]party\s+)+(?:[\w-]+\s+){0,2}?(?:experts?|specialists?|consultants?|investigators?|firms?|forensic\s+(?:team|investigation|review)|review|investigation|audit(?:or)?)\b|\b(?:together|along)\s+with\s+(?:an?\s+|the\s+)?(?:external|outside|independent|third[- ]party|specialist)\s+(?:[\w-]+\s+){0,2}?(?:experts|specialists|consultants|investigators|firm)\b|\b(?:external|outside|independent|third[- ]party|specialist)\s+(?:[\w-]+\s+){0,2}?(?:experts|specialists|consultants|investigators)\s+(?:are|were|have\s+been|has\s+been)\s+(?:now\s+|also\s+)?(?:assisting|helping|supporting|investigating|working)\b`,
      'i',
    ),
    not: /\b(?:law|legal|attorneys?)\s+firm\b|\byou\b/i,
  },
  // An outside party brought in to investigate, whatever its name ("has hired Example Corporation to
  // complete a full investigation into what happened", "retained a firm to investigate").
  {
    key: 'external_investigation',
    re: /\b(?:hired|retained|engaged|enlisted|commissioned|brought\s+in|contracted\s+with|hiring|retaining|engaging)\s+(?:[\w’'&.,-]+\s+){1,6}?to\s+(?:help\s+(?:us\s+)?|assist\s+(?:us\s+)?(?:with\s+|in\s+)?)?(?:investigate\b|(?:complete|conduct|perform|lead|undertake|carry\s+out|conducting|performing)\s+(?:an?\s+|the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:investigation|forensic\s+(?:review|analysis|examination)|review\s+of\s+the\s+(?:incident|breach|attack))\b)/i,
    not: /\b(?:you|your)\b|\b(?:law|legal)\s+firm\b|\b(?:attorneys?|counsel|lawyers?)\b/i,
  },
  { key: 'regulator_report', re: reportedTo(REGULATOR), not: ADVICE },
  // A letter to the regulator itself: "we are writing to notify your office of an incident".
  {
    key: 'regulator_report',
    re: /\b(?:notify|inform|advise|alert|notifying|informing|advising|alerting)\s+(?:your|this)\s+(?:office|agency)\b/i,
  },
  // A regulator's own report of a notice it received: "arose from a data breach notification lodged
  // by Example Ltd", "after receiving a breach report from Example".
  {
    key: 'regulator_report',
    re: /\b(?:data\s+)?breach\s+(?:notification|report)\s+(?:was\s+)?(?:lodged|filed|submitted|made)\s+by\b|\breceiv(?:ed|ing)\s+an?\s+(?:data\s+)?breach\s+(?:notification|report)\s+from\b/i,
  },
  // The people told by the means used: "sent emails and text messages to Example customers",
  // "issued a written apology to over 900 patients".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b(?:sent|sending|send|mailed|mailing|mail|issued|issuing|issue|posted|delivered|deliver)\s+(?:an?\s+|individual\s+|personal\s+|direct\s+)?${MEANS}(?:\s+(?:and|or)\s+(?:an?\s+)?${MEANS})?\s+to\s+(?:(?:${HOW_MANY}|${WHOM})${PEOPLE}|${ONE})${NOT_IF}`,
      'i',
    ),
    not: NOT_A_NOTICE,
    notUpTo: true,
  },
  // The people reached by the writer in any tense: "will be in direct contact with these
  // individuals", "telephoned the affected persons", "will contact all affected customers", "is
  // notifying a total of 1,200 consumers", "reached out to impacted members".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b(?:(?:be|been|are|is|remain|remains|were|was)\s+in\s+(?:direct\s+|personal\s+|individual\s+)?contact\s+with|reach(?:ed|ing)?\s+out\s+to|telephon(?:ed|ing)|phoned|(?:will|shall)\s+(?:also\s+|now\s+|directly\s+|individually\s+|personally\s+)?(?:contact|notify|inform|write\s+to|e-?mail|call)|notif(?:ied|ying|ies)|contact(?:ed|ing)|inform(?:ed|ing|s)|alert(?:ed|ing|s)|(?:written|writing|wrote)\s+to|(?:got|get|gets|getting|gotten)\s+in\s+touch\s+with|communicat(?:ed|ing)\s+with)\s+(?:${HOW_MANY}|(?:each|all|every\s+one)\s+of\s+(?:the|these|those|our)\s+(?:${HOW_MANY})?${QUAL}?|(?=${PEOPLE})|(?:all\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+|each\s+|our\s+)${QUAL}?(?:[\w-]+\s+)?|(?:all\s+(?:of\s+)?)?${QUAL}(?:[\w-]+\s+)?)${PEOPLE}${NOT_IF}|\b(?:(?:will|shall)\s+(?:also\s+|now\s+|directly\s+)?(?:contact|notify|inform|write\s+to)|contacted|notified|informed|wrote\s+to|written\s+to|(?:are|is|am)\s+(?:now\s+|also\s+)?(?:contacting|notifying|informing|writing\s+to)|to\s+(?:contact|notify|inform|write\s+to)|(?:began|begun|begins?|started|starts?|starting)\s+(?:contacting|notifying|informing|writing\s+to))\s+(?:everyone|everybody|all\s+those|those|anyone)\s+(?:(?:who|that)\s+(?:was|were|is|are|has\s+been|have\s+been|may\s+have\s+been)\s+)?(?:affected|impacted|involved)\b${NOT_IF}`,
      'i',
    ),
    not: NOT_A_NOTICE,
    notUpTo: true,
  },
  // The people told of the incident itself, named by its noun: "informed its donors about a data
  // security incident", "alerted members of a data breach" (no determiner needed: the incident
  // noun after "of/about" says what they were told).
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b(?:informed|notified|alerted|warned|told|e-?mailed|wrote\s+to)\s+(?:its\s+|their\s+|our\s+|some\s+|certain\s+|all\s+)?(?:[\w-]+\s+)?${PEOPLE}\s+(?:of|about|regarding)\s+(?:an?\s+|the\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:breach|incident|attack|intrusion)\b${NOT_IF}`,
      'i',
    ),
    not: NOT_A_NOTICE,
    notUpTo: true,
  },
  // The people told in the passive, or told that a letter comes: "customers whose data was involved
  // are being contacted directly", "affected members will receive a letter", "this notice is being
  // provided to you".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b${PEOPLE}(?:\s+(?:who|whose)\s+[^.;]{0,80}?|\s+of\s+(?:the\s+|our\s+|its\s+)?(?:[\w’'&-]+\s+){0,3}[\w’'&-]+)?\s+(?:have\s+been|has\s+been|are\s+being|will\s+be|were|are\s+now\s+being)\s+(?:directly\s+|individually\s+|personally\s+|promptly\s+|also\s+|now\s+)?(?:contacted|notified|informed|written\s+to|e-?mailed|sent\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:letters?|e-?mails?|notices?|notifications?|communications?))\b|\b${QUAL}${PEOPLE}\s+(?:will|should|have|has)\s+(?:also\s+|now\s+|already\s+|shortly\s+|soon\s+)?(?:receive|received|be\s+receiving)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:letter|e-?mail|notice|notification|message)\b|\bthis\s+(?:notice|letter|notification)\s+is\s+being\s+(?:provided|sent|mailed|issued)\b`,
      'i',
    ),
    not: NOT_A_NOTICE,
    notUpTo: true,
  },
  // The notices themselves as the subject, or named in a relative clause: "notifications to the 450
  // current and former students impacted were sent on …", "the notice that the clinic has sent to
  // affected patients includes …".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b${MEANS}\s+to\s+(?:${HOW_MANY}|(?:all\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+|our\s+|its\s+|each\s+)?(?:[\w&’'-]+\s+){0,5}?)${PEOPLE}[^.;]{0,80}?\s(?:were|was|have\s+been|has\s+been|are\s+being|is\s+being|will\s+be)\s+(?:\w+ly\s+)?(?:sent|mailed|issued|delivered|e-?mailed|posted)\b${NOT_IF}|\b${MEANS}\s+(?:that|which)\s+(?:[\w’'&-]+\s+){1,4}?(?:(?:has|have|had)\s+(?:already\s+|now\s+)?)?(?:sent|mailed|issued|delivered)\s+to\s+(?:all\s+)?(?:the\s+|its\s+|our\s+|their\s+)?${QUAL}?(?:[\w-]+\s+)?${PEOPLE}`,
      'i',
    ),
    not: NOT_A_NOTICE,
    notUpTo: true,
  },
  // A help line set up for the people, told as an act or in the passive: "a support line has been
  // set up", "we have opened a dedicated helpline", "set up a number (0800 …)".
  {
    key: 'individual_notification',
    re: new RegExp(
      String.raw`\b(?:notif(?:ied|ying|ies|y)|contact(?:ed|ing)?|inform(?:ed|ing)?|(?:written|wrote|write|writing)\s+to|e-?mail(?:ed|ing)?)\s+${ONE}|\b${ONE}(?:\s+(?:who|whose|that)\s+[^.;]{0,80}?)?\s+(?:will|shall)\s+be\s+(?:\w+ly\s+)?(?:notified|contacted|informed|written\s+to|sent\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:letter|e-?mail|notice|notification))\b${NOT_IF}`,
      'i',
    ),
    not: NOT_A_NOTICE,
    notUpTo: true,
  },
  {
    key: 'hotline',
    re: /\b(?:set\s+up|setting\s+up|established|establishing|opened|launched|created|activated|arranged|stood\s+up)\s+(?:an?\s+|the\s+)(?:dedicated\s+|special\s+|free\s+|toll[- ]free\s+|freephone\s+|confidential\s+|24\/7\s+|24-hour\s+|new\s+)*(?:(?:support|help|call|phone|telephone|information|inquiry|enquiry|assistance|advice|response)\s+(?:line|cent(?:er|re)|desk)|help-?line|hotline|(?:phone|telephone|freephone|contact)\s+number|number\s*(?:\(|:)\s*\+?\d)|\b(?:support|help|call|phone|telephone|information|inquiry|enquiry|assistance|advice)\s*(?:line|cent(?:er|re)|desk)\s+(?:has\s+been|have\s+been|was|were|is\s+being|will\s+be)\s+(?:set\s+up|established|opened|launched|created|activated|made\s+available|stood\s+up)\b/i,
    not: /\b(?:you|your)\s+(?:should|may|can)\s+(?:set\s+up|open)\b/i,
  },
  ...EN_BROAD_MEASURE_RULES,
  // A line kept for this incident: "a dedicated helpline", "our special enquiry line".
  {
    key: 'hotline',
    re: /\b(?:dedicated|special|freephone)\s+(?:[\w-]+\s+)?(?:(?:phone|telephone|contact|enquiry|inquiry|support|help|information|call)\s*(?:line|number|cent(?:er|re)|desk)|help-?line)\b/i,
  },
];

// A letter's salutation on a line of its own near the top: "Dear Customer,", "Dear <<First Name>>:".
const SALUTATION =
  /^[ \t]*Dear\s+(?!(?:[\w.]+\s+){0,3}(?:Attorneys?\s+General|Commissioner|Regulator|Secretary|Office|Department|Director|Editor|Colleagues?)\b)[^\n]{1,60}?[,:][ \t]*$/m;
// Marks of a breach letter beyond the salutation: its set headings or the letter naming itself.
const LETTER_MARK =
  /^[ \t]*(?:What\s+Happened|What\s+Information\s+Was\s+Involved|What\s+We\s+Are\s+Doing|What\s+You\s+Can\s+Do)\b|\b(?:this|the\s+enclosed)\s+(?:letter|notice|notification)\b|\bNotice\s+of\s+(?:Data\s+)?(?:Security\s+|Privacy\s+)?(?:Breach|Incident|Event)\b/im;

/**
 * Offset of the salutation of a letter sent to the people concerned (a breach letter written to
 * "Dear Customer" is itself the individual notification), or -1. Only the first 1,500 characters
 * are read: a salutation further down is a letter quoted in an article.
 */
export function letterSalutationAt(text: string): number {
  const head = text.slice(0, 1500);
  const m = SALUTATION.exec(head);
  if (!m || !LETTER_MARK.test(text)) return -1;
  return m.index + (m[0].length - m[0].trimStart().length);
}
