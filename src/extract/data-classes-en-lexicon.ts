import type { DataClass } from './types.js';

/** A keyword pattern and the class it names. */
export type Lexeme = readonly [DataClass, string];

// English keywords → class (matched case-insensitively, on word boundaries).
export const EN: Lexeme[] = [
  [
    'Names',
    String.raw`\b(?<!(?:user|company|business|domain|screen|file|display|account|product|host|brand)\s?)(?:full |first |last |legal |customer |patient |employee |member |cardholder )?names?\b(?!\s+(?:of\s+(?:the|our)\s+(?:company|firm|hospital)|brand))`,
  ],
  ['Nicknames', String.raw`\bnick\s?names?\b|\bscreen\s?names?\b|\bhandles?\b(?=\s*(?:,|and))`],
  [
    'Email addresses',
    String.raw`\be-?mail\s+address(?:es)?\b|(?<!\b(?:via|by|through|over)\s)\be-?mails?\b(?=\s*(?:,|\band\b|\bor\b|\)|$))(?!\s*(?:and|or)\s+(?:attachments|network|security|text\s+messages))`,
  ],
  [
    'Passwords',
    String.raw`(?<!\b(?:reset|change|changed|update|updated|rotate|rotated|reset\s+of)\s+(?:(?:the|your|their|all|our|its|staff|employee|employees'?|users'?|account|affected)\s+){0,2})\bpasswords?\b(?![-\s](?:protected|protection|reset|change|policy|manager|authentication|requirements?|complexity))(?!\s+(?:were|was|have\s+been|has\s+been)\s+(?:changed|reset))|\bpassword hashes\b|\b(?:md5|sha-?1|sha-?256|bcrypt|salted|unsalted)\b.{0,20}\bhash`,
  ],
  ['Usernames', String.raw`\buser\s?names?\b|\buser\s?ids?\b|\blogin\s?(?:ids?|names?)\b`],
  [
    'Phone numbers',
    String.raw`(?<!\bby\s)\b(?:tele)?phone\s+numbers?\b|(?<!\bby\s|\bmobile\s|\bcell\s)\b(?:tele)?phone\b(?!\s*(?:call|line|support|by phone|numbers?\b))|\bmobile numbers?\b|\bcell(?:ular)? numbers?\b|\bfax numbers?\b`,
  ],
  [
    'Physical addresses',
    String.raw`\b(?:physical|mailing|postal|home|street|billing|shipping|residential)?\s?address(?:es)?\b(?!\s+(?:the|this|these|any|such)\s|\s+books?\b)(?<!(?:e-?mail|ip|mac|email|web|wallet)\s?address(?:es)?)(?<!\b(?:locate|locating|obtain|obtaining|find|finding|verify|verifying|update|updating|confirm|confirming)\s+(?:(?:current|mailing|valid|up-to-date|correct)\s+){0,2}address(?:es)?)|\bzip\s?codes?\b|\bpostal\s?codes?\b|\bpost\s?codes?\b`,
  ],
  ['Dates of birth', String.raw`\bdates?\s+of\s+birth\b|\bbirth\s?dates?\b|\bbirthdays?\b|\bDOBs?\b`],
  ['Genders', String.raw`\bgenders?\b|\bsex\b`],
  ['Ages', String.raw`\bages\b|\bage\b(?=\s*(?:,|and|or))`],
  [
    'Credit cards',
    String.raw`\b(?:credit|debit|payment)\s?card\s+(?:numbers?|information|info|data|details|account numbers?)\b|(?<!\b(?:identity|ID|identification|health|insurance|Medicare|Medicaid|membership|member|library|student|loyalty)\s)\bcard\s+(?:numbers?|expiration dates?)\b|\bexpiration dates?\b|\bcredit cards?\b(?=\s*(?:,|and|were|was|information))|\bpayment (?:information|info|details|data)\b|\bcredit card information\b|\b(?:used|using)\s+(?:a|their|your)\s+(?:credit|debit|payment)\s+cards?\b|\b(?:credit|debit|payment)\s+cards\s+used\b|\b(?:credit|debit|payment)\s+card\s+(?:transactions|purchases)\b|\b(?:visa|master\s?card|american\s+express|amex)\s+(?:credit\s+|debit\s+)?card\b|\bcardholder\s+(?:data|information)\b|\b(?:credit|debit|payment)\s+card\s+(?:processing|systems?|environment)\b|\bprocess(?:es|ed|ing)?\s+(?:customer\s+)?(?:credit|debit|payment)(?:\s+(?:and|or)\s+(?:credit|debit))?\s+cards?\b|\b(?:credit|debit|payment)\s+cards?\s+and\s+other\s+(?:\w+\s+){0,3}(?:information|data)\b`,
  ],
  [
    'Credit card CVV',
    String.raw`\bsecurity codes?\b|\bCVVs?2?\b|\bCVCs?\b|\bcard verification\b|\bverification\s+(?:codes?|values?)\b`,
  ],
  [
    'Partial credit card data',
    String.raw`\b(?:last|final)\s+(?:four|4)\s+digits\b|\bpartial (?:credit )?card\b`,
  ],
  [
    'Purchases',
    String.raw`\b(?:purchase|order)\s+(?:history|histories|information|details|data|records)\b|\bpurchases\b(?=\s*(?:,|\band\b|\bor\b|\.|$))|\bcustomer order information\b|\bitems? purchased\b`,
  ],
  [
    'Company names',
    String.raw`\bcompany\s+names?\b|\bbusiness\s+names?\b|\borganization\s+names?\b|\bemployer\s+names?\b(?!.)`,
  ],
  // (An Employer Identification Number is a tax ID, not where someone works.)
  ['Employers', String.raw`(?<!\bby\s(?:your\s|the\s|their\s)?)\bemployers?\b(?!\s+identification)`],
  [
    'Job titles',
    String.raw`\bjob\s+titles?\b|\btitles?\b(?=\s*(?:,|and|of))|\bposition\s+(?:number\s+and\s+)?title\b`,
  ],
  ['Occupations', String.raw`\boccupations?\b|\bprofessions?\b`],
  ['Device information', String.raw`\bdevice (?:information|info|ids?|identifiers?|types?|models?|data)\b`],
  ['Device serial numbers', String.raw`\bserial numbers?\b`],
  ['MAC addresses', String.raw`\bMAC address(?:es)?\b`],
  [
    'IP addresses',
    String.raw`(?<!unauthori[sz]ed\s|suspicious\s|foreign\s|malicious\s)\bIP\s?(?:address(?:es)?)?\b(?=[^.]{0,3}(?:address|,|and|were|was|\s))`,
  ],
  [
    'Personal health data',
    String.raw`\bmedical\s+(?:information|records?|history|histories|data|conditions?|diagnos\w+|treatment)\b|\bdiagnos(?:is|es)\b|\bhealth\s+(?:information|data|records?|conditions?)\b|\bmedications?\b|\btreatment\s+information\b|\bprescriptions?\b|\bclinical information\b|\blab(?:oratory)? results\b|\bprotected health information\b|\b(?:psychological|psychiatric)\s+(?:assessments?|evaluations?|reports?|treatment|concerns|history)\b|\btreatment\s+(?:history|recommendations)\b`,
  ],
  [
    'Health insurance information',
    String.raw`\bhealth\s+(?:insurance|plan)\b|\binsurance\s+(?:information|policy|member|ids?|numbers?)\b|\bmedicare\b|\bmedicaid\b|\bmember\s+ids?\b`,
  ],
  ['Social security numbers', String.raw`\bsocial\s+security\s+(?:numbers?|nos?\.?)\b|\bSSNs?\b`],
  [
    'Government issued IDs',
    String.raw`\b(?:government|state)[- ]issued\s+(?:ids?|identification)\b|\bnational\s+id(?:entity)?\b|\bidentity\s+card\s+numbers?\b|\bstate\s+id(?:entification)?\s+(?:card\s+)?numbers?\b|(?<!\btax\s)\bidentification\s+numbers?\b`,
  ],
  [
    "Driver's licenses",
    String.raw`\bdriver['’]?s?['’]?\s+licen[cs]es?(?:\s+numbers?)?\b|\bdriving\s+licen[cs]es?\b`,
  ],
  ['Passport numbers', String.raw`\bpassports?(?:\s+numbers?)?\b`],
  [
    'Bank account numbers',
    String.raw`\bbank\s+accounts?(?:\s+(?:numbers?|information|details))?\b|\baccount\s+and\s+routing\b|\brouting\s+numbers?\b|\bfinancial\s+account\s+(?:numbers?|information)\b`,
  ],
  ['Nationalities', String.raw`\bnationalit(?:y|ies)\b|\bcitizenship\b`],
  [
    'Geographic locations',
    String.raw`\bgeographic(?:al)?\s+locations?\b|\bcountr(?:y|ies)\b(?:(?=\s*(?:,|and|of residence))|(?<=(?:,|\band|\bor)\s+(?:your\s+)?countr(?:y|ies))(?!\s+(?:of\s+origin|code|club|music)))|\bgeo\s?locations?\b|\blocations?\b(?<=\b(?:gps|precise|approximate|device)\s?locations?)|\blocation\s+(?:data|information|histor(?:y|ies))\b|\bcity\b(?=\s*(?:,|and))`,
  ],
  ['School grades (class levels)', String.raw`\bgrade\s+levels?\b|\bclass\s+levels?\b`],
  ['Education levels', String.raw`\beducation(?:al)?\s+(?:levels?|history|background)\b`],
  ['Survey results', String.raw`\bsurvey\s+(?:results|responses|answers)\b`],
  [
    'Email messages',
    String.raw`\bemail\s+(?:messages|contents?|correspondence)\b|\bcontents?\s+of\s+(?:the\s+)?emails?\b(?!\s+accounts?)`,
  ],
  ['Photos', String.raw`\bphotos\b|\bphotographs\b|\bphotographic\s+images?\b|\bimages\b(?!\s+of\b)`],
  ['Security questions and answers', String.raw`\bsecurity\s+questions?\b`],
  [
    'Taxation records',
    String.raw`\bW-?2s?\b|\btax\s+(?:documentation|documents|records|returns?|forms?|information|ids?)\b|\b1099s?\b`,
  ],
  ['Marital statuses', String.raw`\bmarital\s+status(?:es)?\b`],
  // Pay in any of its words; compensation only as a list item (a workers' compensation claim is not pay).
  [
    'Income levels',
    String.raw`\bincome(?:\s+levels?)?\b|\bsalar(?:y|ies)\b|\bwages?\b|\bpay\s+rates?\b|(?<!\bworkers?['’]?s?\s+|\bwork\s+)\bcompensation\b(?=\s*(?:,|and\b|information\b|data\b|details\b))`,
  ],
  ['Spoken languages', String.raw`\bspoken\s+languages?\b|\blanguage\s+preferences?\b`],
  ['Time zones', String.raw`\btime\s?zones?\b`],
  ['Website activity', String.raw`\bwebsite\s+activity\b`],
  ['Auth tokens', String.raw`\b(?:auth(?:entication)?|access|session)\s+tokens?\b`],
  ['Private messages', String.raw`\bprivate\s+messages?\b|\bdirect\s+messages?\b`],
  ['Chat logs', String.raw`\bchat\s+(?:logs?|messages|histor(?:y|ies))\b`],
  ['Biometric data', String.raw`\bbiometric\b|\bfingerprints?\b`],
  ['PINs', String.raw`\bPINs?\b`],
  ['Security questions and answers', String.raw`\bsecret\s+questions?\b`],
  ['Education levels', String.raw`\bschool\s+attended\b`],
  ['Genders', String.raw`\bgender\s+identity\b`],
  ['Recovery email addresses', String.raw`\brecovery\s+e-?mail`],
  ['Social media profiles', String.raw`\bsocial\s+media\s+(?:profiles?|accounts?)\b`],
  ['Vehicle details', String.raw`\bvehicle\s+(?:details|information|make)\b`],
  ['Licence plates', String.raw`\blicen[cs]e\s+plates?\b`],
  ['Account balances', String.raw`\b(?:account|401\(?k\)?|retirement)\s+balances?\b`],
  [
    'Financial transactions',
    String.raw`\bfinancial\s+transactions?\b|\btransaction\s+(?:history|histories|data|details)\b`,
  ],
  ['Payment histories', String.raw`\bpayment\s+histor(?:y|ies)\b`],
  ['Browsing histories', String.raw`\bbrowsing\s+histor(?:y|ies)\b`],
  ['Login histories', String.raw`\blogin\s+histor(?:y|ies)\b`],
  ['Browser user agent details', String.raw`\buser\s+agents?\b|\bbrowser\s+(?:user\s+agent|details)\b`],
  ['Social connections', String.raw`\bsocial\s+connections\b|\bfriends?\s+lists?\b`],
  ['Job applications', String.raw`\bjob\s+applications?\b|\bresumes?\b`],
  ['Religions', String.raw`\breligio(?:n|ns|us\s+affiliation)\b`],
  ['Ethnicities', String.raw`\bethnicit(?:y|ies)\b`],
  ['Races', String.raw`\brace\b(?=\s*(?:,|and))`],
  ['Sexual orientations', String.raw`\bsexual\s+orientations?\b`],
  ['Political views', String.raw`\bpolitical\s+(?:views|affiliations?)\b`],
  ['Relationship statuses', String.raw`\brelationship\s+status(?:es)?\b`],
  ['Personal interests', String.raw`\b(?:personal\s+)?interests\b(?=\s*(?:,|and))`],
  ['Avatars', String.raw`\bavatars?\b`],
  ['Profile photos', String.raw`\bprofile\s+(?:photos?|pictures?)\b`],
  ['Bios', String.raw`\bbios\b|\bbiograph(?:y|ies)\b`],
  ['Homepage URLs', String.raw`\bhomepage\s+urls?\b|\bwebsite\s+urls?\b`],
  [
    'Instant messenger identities',
    String.raw`\binstant\s+messenger\b|\b(?:skype|icq|aim|msn)\s+(?:ids?|handles?|names?|identities)\b`,
  ],
  ['Customer interactions', String.raw`\bcustomer\s+(?:interactions|support\s+(?:tickets|messages))\b`],
  ['Support tickets', String.raw`\bsupport\s+tickets?\b`],
  [
    'Loyalty program details',
    String.raw`\bloyalty\s+(?:program|points|card)\b|\breward(?:s)?\s+(?:program|points)\b`,
  ],
  ['SMS messages', String.raw`\bSMS\s+messages?\b|\btext\s+messages\b`],
  ["Family members' names", String.raw`\bfamily\s+members?'?\s+names\b|\bspouse'?s?\s+names?\b`],
  ['Places of birth', String.raw`\bplaces?\s+of\s+birth\b|\bbirth\s?places?\b`],
  [
    'Physical attributes',
    String.raw`\bheights?\b(?=\s*(?:,|and))|\bweights?\b(?=\s*(?:,|and))|\bphysical\s+attributes\b`,
  ],
  ['Mothers maiden names', String.raw`\bmother'?s'?\s+maiden\s+names?\b`],
  ['Encrypted keys', String.raw`\bprivate\s+keys?\b|\bencrypted\s+keys?\b`],
  [
    'Cryptocurrency wallet addresses',
    String.raw`\b(?:crypto(?:currency)?|bitcoin|wallet)\s+(?:wallet\s+)?addresses\b`,
  ],
  ['IMEI numbers', String.raw`\bIMEI\b`],
  ['IMSI numbers', String.raw`\bIMSI\b`],
  ['Password hints', String.raw`\bpassword\s+hints?\b`],
  ['Historical passwords', String.raw`\b(?:historical|previous|old)\s+passwords\b`],
  ['Employment statuses', String.raw`\bemployment\s+status(?:es)?\b`],
  ['Credit status information', String.raw`\bcredit\s+(?:scores?|status|history|reports?|information)\b`],
  [
    'Loan information',
    String.raw`\bloan\s+(?:information|details|amounts?|numbers?|files?|statements?|offers?|applications?|documents?|records?|balances?|data)\b|\bmortgage\s+information\b`,
  ],
  ['Appointments', String.raw`\bappointment\s+(?:dates?|information|details|times?)\b`],
  ['Vehicle identification numbers (VINs)', String.raw`\bVINs?\b|\bvehicle\s+identification\s+numbers?\b`],
  ['Deceased statuses', String.raw`\bdeceased\b`],
  ['Audio recordings', String.raw`\b(?:audio|voice|call)\s+recordings?\b`],
  // Web notices' words: gifts a charity recorded, a provincial health card, card data put at risk.
  [
    'Charitable donations',
    String.raw`\b(?:giving|donation|donor|gift)\s+histor(?:y|ies)\b|\bdonation\s+(?:amounts?|records|information|details)\b|\bcharitable\s+(?:donations?|gifts?|giving)\b`,
  ],
  ['Health insurance information', String.raw`\bhealth\s+cards?\b(?:\s+(?:numbers?|information))?`],
  [
    'Credit cards',
    String.raw`(?<!\b(?:health|insurance|loyalty|membership|member|library|ID|identification|student|gift|SIM|rewards?|access|key|business|report)\s)\bcard\s+(?:data|information)\b`,
  ],
  // Bank details as British and Australian notices name them; national insurance, social insurance
  // and tax file numbers are identifiers a government issues (not health insurance).
  [
    'Bank account numbers',
    String.raw`\bbank(?:ing)?\s+details\b|\bsort\s+codes?\b|\bBSB\s+numbers?\b|\bIBANs?\b`,
  ],
  [
    'Government issued IDs',
    String.raw`\b(?:national|social)\s+insurance\s+numbers?\b|\bSINs\b|\btax\s+file\s+numbers?\b|\bTFNs?\b`,
  ],
  // Web notices' words, session 15: health told by its papers, identity numbers by the name a country
  // gives them, descent named as a status, a place of birth named by its country, a location as one
  // item of a list.
  [
    'Personal health data',
    String.raw`\bmedical\s+(?:assessments?|details|reports?|notes|correspondence|files?)\b|\bhealth[- ]related\s+(?:correspondence|information|data|records?|details)\b|\boccupational\s+health\b|\breasons?\s+for\s+(?:attendance|admission|(?:the\s+)?visits?|referral)\b`,
  ],
  ['Government issued IDs', String.raw`\bAadhaar(?:\s+(?:numbers?|cards?|details))?\b|\bNRIC\b`],
  [
    'Ethnicities',
    String.raw`\b(?:indigenous|aboriginal)\s+(?:or\s+|and\s+)?(?:torres\s+strai(?:gh)?t\s+islander\s+)?status\b|\bethnic\s+(?:origins?|backgrounds?)\b`,
  ],
  ['Places of birth', String.raw`\bcountr(?:y|ies)\s+of\s+birth\b`],
  [
    'Appointments',
    String.raw`\b(?:history|histories|records?|lists?|details|dates)\s+of\s+(?:(?:their|your|hospital|clinic)\s+)?appointments\b|\bappointment\s+histor(?:y|ies)\b`,
  ],
  ['Bank account numbers', String.raw`\bbanking\s+(?:information|data)\b`],
  ['Geographic locations', String.raw`\blocations?(?<=,\s+locations?)(?=\s*(?:,|\band\b))`],
  // Notices outside the United States: health told by the kind of care or its papers (mental health,
  // test results, referral letters, clinical notes, counselling records, "information about their
  // health"), names by their parts, identity numbers by the word "identity" or a country's name.
  [
    'Personal health data',
    String.raw`\bmental\s+health\b|(?<!\b(?:penetration|pen|security|virus|malware)\s)\b(?:test|pathology|blood|screening|laboratory)\s+results\b|\breferral\s+(?:letters?|details|information|forms?)\b|\bclinical\s+(?:care|notes|details|records?|history|correspondence)\b|\b(?:counsel(?:l)?ing|therapy|treatment)\s+(?:notes|records|details)\b|\bimaging\s+(?:reports?|results|records)\b|\bmedical\s+appointments?\b|\bhealth\s+(?:history|status|details)\b|\b(?:information|details|data)\s+(?:about|on|relating\s+to|regarding|concerning)\s+(?:their|his|her|your|patients['’]?|the\s+patients['’]?)\s+(?:physical\s+or\s+mental\s+|mental\s+or\s+physical\s+)?health\b`,
  ],
  ['Names', String.raw`\bsurnames?\b|\bforenames?\b|\bgiven\s+names?\b`],
  [
    'Government issued IDs',
    String.raw`\b(?:national|South\s+African|citizen(?:ship)?)\s+(?:ID|identity|identification)\s+(?:numbers?|cards?|documents?)\b|\bidentity\s+(?:numbers?|documents?|cards?)\b|(?<!\b(?:employee|staff|student|member|membership|library|user|login|patient)\s)\bID\s+(?:documents?|cards?)\b`,
  ],
];

// "reviewing statements and credit reports": the reader's own reports, checked for fraud.
const REVIEWED_BEFORE =
  /\b(?:review\w*|check\w*|monitor\w*|obtain\w*|order\w*|request\w*|pull\w*|look\w*\s+at|examin\w*|watch\w*)\s+(?:[\w,’'-]+\s+){0,5}$/i;
// "our phone systems", "the browser or phone had been compromised": a device or a line, no number.
const PHONE_DEVICE_AFTER =
  /^\s*(?:systems?|lines?|services?|calls?|apps?|browsers?|networks?|settings|had|has|have|was|were|is|are|itself)\b/i;
const PHONE_DEVICE_BEFORE =
  /\b(?:your|their|his|her|our|my|a|the|computer|browser|mobile|cell|smart)\s+$|\b(?:computer|browser|tablet|laptop)\s+(?:or|and)\s+$/i;
// "across the country": a place in general, not a person's location.
const COUNTRY_BEFORE = /\b(?:the|across|around|throughout|this|our|that)\s+$/i;
// "notice to the mailing address we have on file": where a letter goes, not a leaked address.
const ADDRESS_OF_NOTICE_BEFORE =
  /\b(?:at|to)\s+(?:the|their|your|each)\s+(?:(?:last\s+known|current|mailing|home|postal|physical)\s+){0,2}$/i;
// "letters went out by post where an address was on record": where the letter went.
const LETTER_SENT_BEFORE =
  /\b(?:mailed|sent|mailing|sending|send|mail)\b[^.]{0,50}\b(?:letters?|notices?|notifications?)\b[^.]{0,30}$/i;
const ON_FILE_AFTER = /^\s+(?:(?:that\s+)?we\s+have\s+)?on\s+file\b/i;
// "no encrypted data such as Social Security numbers …": a denial heading the list the item opens.
const DENIED_SUCH_AS_BEFORE =
  /\b(?:no|not|never|none\s+of)\s+(?:[\w-]+\s+){0,3}(?:data|information|details)\s*,?\s+(?:such\s+as|like|including)\s+(?:your\s+)?$/i;

/** Whether an English keyword at [at, end) of `s` names no data of the incident. */
const IP_ROUTE_BEFORE =
  /\b(?:to|from|via|through|using)\s+(?:an?\s+|the\s+|one\s+|several\s+|multiple\s+|two\s+|three\s+|various\s+|\d+\s+)?(?:(?:off-?campus|off-?site|outside|external|foreign|overseas|unknown|unfamiliar|suspicious|unrecogni[sz]ed|remote|different|malicious|other)\s+){1,2}$/i;

export function notDataEn(cls: DataClass, s: string, at: number, end: number): boolean {
  const before = s.slice(Math.max(0, at - 80), at);
  const after = s.slice(end, end + 40);
  if (DENIED_SUCH_AS_BEFORE.test(before)) return true;
  switch (cls) {
    case 'Health insurance information':
      return /^insurance/i.test(s.slice(at, end)) && /\b(?:national|social)\s+$/i.test(before);
    case 'Credit status information':
      return /report/i.test(s.slice(at, end)) && REVIEWED_BEFORE.test(before);
    case 'Phone numbers':
      return (
        !/numbers?/i.test(s.slice(at, end)) &&
        (PHONE_DEVICE_AFTER.test(after) || PHONE_DEVICE_BEFORE.test(before))
      );
    case 'Geographic locations':
      return /^countr/i.test(s.slice(at, end)) && COUNTRY_BEFORE.test(before);
    // "copied from the database to an off-site IP address", "logins from a foreign IP address": where
    // the data went or the intruder came from, not an address that leaked.
    case 'IP addresses':
      return IP_ROUTE_BEFORE.test(before);
    case 'Physical addresses':
      return (
        ADDRESS_OF_NOTICE_BEFORE.test(before) ||
        ON_FILE_AFTER.test(after) ||
        LETTER_SENT_BEFORE.test(before) ||
        // "the email, which exposed personal and business addresses": bare plural addresses in a
        // sentence about an email that lists no names and no other address are the email's.
        (/^addresses$/i.test(s.slice(at, end).trim()) &&
          /\be-?mails?\b/i.test(s) &&
          !/\be-?mail\s+address|\bnames?\b/i.test(s))
      );
    default:
      return false;
  }
}
