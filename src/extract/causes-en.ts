import { EN_LURE_RULES } from './causes-en-lure.js';
import type { Segment } from './segment.js';
import type { Cause, Fact } from './types.js';

/**
 * English wordings of causes that causes.ts's shared rules miss, from the "What Happened" part of
 * US breach letters: code planted on a checkout page (web skimming, even when the letter does not
 * list card data), an incident at a provider, supplier or dealer, a disc or letter that went out
 * with data it should not have held (misdelivery).
 */

export interface CauseRule {
  key: Cause;
  re: RegExp;
  not?: RegExp;
  weak?: boolean;
}

const CHECKOUT =
  /\b(?:checkout|check-out|check\s+out\s+(?:of|on|from|at)\s+(?:one\s+of\s+)?(?:our|the|its)|shopping\s+cart|payment\s+(?:page|form)|entered\s+(?:on|into)\s+(?:the|our)\s+(?:website|site)|skimm(?:ed|ing|er)|processes\s+payment\s+card\s+transactions\s+for\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}online\s+store)\b/i;

export const EN_CAUSE_RULES: CauseRule[] = [
  {
    key: 'web_skimming',
    re: /\b(?:malicious|unauthori[sz]ed|rogue)\s+(?:code|scripts?|process(?:es)?|programs?)\b[^.]{0,160}\b(?:checkout|check-out|check\s+out\s+(?:of|on|from|at)\b|shopping\s+cart|payment\s+(?:page|form)|entered\s+(?:on|into)\s+the\s+website|processes\s+payment\s+card)\b|\b(?:suspicious|malicious|infected|unauthori[sz]ed)\s+(?:code|scripts?|files?)\b[^.]{0,60}\b(?:inserted|placed|injected|installed)\s+(?:into|onto|on)\s+(?:its|our|the)\s+(?:e-?commerce\s+)?(?:website|online\s+store|checkout)\b|\b(?:shopping\s+cart|checkout)\b[^.]{0,80}\b(?:malware|malicious|unauthori[sz]ed\s+code)\b|\b(?:malware|malicious\s+(?:software|code))\b[^.]{0,80}\b(?:shopping\s+cart|checkout|payment\s+(?:page|form))\b|\bmay\s+have\s+been\s+skimmed\b|\b(?:website|online\s+store|web\s?store)\b[^.]{0,80}\b(?:malicious|unauthori[sz]ed|rogue)\s+(?:code|scripts?)\b[^.]{0,80}\b(?:capture|collect|steal|copy|record)\w*\s+(?:[\w-]+\s+){0,2}(?:payment|card|credit\s+card)\b|\b(?:code|scripts?|malware|software)\b[^.]{0,60}\b(?:designed|intended|written|configured|used)\s+to\s+(?:copy|capture|collect|steal|record|scrape|harvest|obtain)\b[^.]{0,80}\b(?:checkout|check-out|payment\s+(?:page|form|gateway)|entered\s+(?:on|into|during|at)|online\s+(?:store|orders?|purchases?))|\bunauthori[sz]ed\s+access\s+to\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,3}(?:checkout|check-out|payment)\s+(?:page|form|process)\b|\b(?:captur|cop(?:y|ie)|collect|steal|record|intercept)(?:e|ed|es|s|ing)?\s+(?:[\w-]+\s+){0,3}as\s+(?:it\s+was|they\s+were)\s+(?:entered|typed|keyed|submitted)\b|\b(?:keyed|entered|typed)\s+into\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:checkout|check-out)\b|\b(?:checkout|check-out|payment)\s+page\b[^.]{0,80}\b(?:cyber-?\s?attack|attack|compromised|infected|breached)\b|\b(?:unusual|unknown|suspicious|unauthori[sz]ed|malicious)\s+files?\s+on\s+(?:our|its|the)\s+e-?commerce\s+(?:web\s?)?site\b/i,
  },
  {
    key: 'third_party',
    re: /\b(?:our|a|an|the|its)\s+(?:former\s+|independent\s+)?(?:[\w’'-]+\s+){0,4}(?:providers?|suppliers?|dealers?|processors?)\b|\b(?:processed|maintained|stored|hosted)\s+on\s+behalf\s+of\b/i,
    not: /\bcloud\s+providers?\b|\bname\s+of\s+(?:our|the|its)\b|\bmonitoring\b|\bidentity\b|\bforensic|\bretained\b|\binsurance\s+provider|\b(?:health\s*|primary\s+|medical\s+|patient\s+)?care\s+(?:services?\s+)?providers?\b|\bemail\s+provider\b|\bcyber\s?security\b|\blaw\s+enforcement\b/i,
  },
  {
    key: 'misdelivery',
    re: /\binadvertently\s+(?:included|attached|enclosed)\b[^.]{0,160}\b(?:sent|mailed|e-?mailed|delivered|shipped)\b/i,
  },
  {
    key: 'unauthorized_access',
    re: /\bcompromised\s+e-?mails?\b|\bcompromised\s+e-?mail\s+accounts?\b|\bcyber[- ]?attackers?\b|\bhack\s+into\b|\bby\s+an?\s+intruder\b|\bthird[- ]part(?:y|ies)\s+(?:may\s+|might\s+|could\s+)?(?:have\s+)?gained\s+access\b/i,
    weak: true,
  },
  // An account or server taken over by someone unnamed, the method unsaid: "an employee's email
  // account was compromised", "obtained by an unauthorized party", "illegally gained access",
  // "using compromised account credentials", "an outside party had entered its order system",
  // "an unknown person gained access", "unauthorized third parties had the ability to access", accounts
  // "accessed illegally", data "stolen from our systems", "passwords … have been compromised".
  {
    key: 'unauthorized_access',
    re: /\b(?:e-?mail|user|employee|customer|member)\s+accounts?\b[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+compromised\b|\b(?:obtained|acquired|accessed|used|breached)\s+by\s+(?:an?\s+)?(?:unauthori[sz]ed|unknown|unapproved)\s+(?:part(?:y|ies)|persons?|individuals?|actors?|third[- ]part(?:y|ies))\b|\billegally\s+(?:gained|obtained)\s+access\b|\bcompromised\s+(?:account\s+|login\s+|user\s+)?credentials\b|\b(?:unknown|unidentified|outside|external|malicious|criminal|unauthori[sz]ed)\s+(?:persons?|individuals?|part(?:y|ies)|actors?|third[- ]part(?:y|ies)|entit(?:y|ies))\b[^.;]{0,60}?\b(?:gained\s+(?:\w+\s+)?access|obtained\s+access|had\s+the\s+ability\s+to\s+access|(?:was|were)\s+able\s+to\s+(?:access|compromise))\b|\baccessed\s+(?:illegally|unlawfully|without\s+permission)\b|\b(?:stolen|exfiltrated|copied|downloaded)\s+from\s+(?:our|its|the|their)\s+(?:[\w-]+\s+){0,2}(?:systems?|networks?|servers?|databases?)\b|\bcompromised\b(?<=\b(?:passwords?|credentials|log-?in\s+information)\b(?:[^.;]|\.(?=\w)){0,90}\b(?:was|were|have\s+been|has\s+been|had\s+been|may\s+have\s+been)\s+compromised)|\b(?:unauthori[sz]ed|unknown|outside|external)\s+(?:part(?:y|ies)|persons?|individuals?|actors?)\s+(?:had\s+|has\s+)?(?:entered|broken\s+into|broke\s+into|got\s+into|gained\s+entry\s+to)\s+(?:our|its|the|their)\s+(?:[\w-]+\s+){0,3}(?:systems?|network|servers?|databases?|website)\b/i,
    weak: true,
  },
  // Passwords from someone else's breach tried on our logins.
  {
    key: 'credential_stuffing',
    re: /\b(?:login|log-in|user\s?name)\s+and\s+password\s+combinations\b|\bvalid\s+(?:customer\s+)?(?:user\s?names?|e-?mail\s+addresses)\s+and\s+passwords\s+to\s+log\s?-?\s?in\b|\b(?:user\s?names?|credentials|passwords)\b[^.]{0,60}\bfrom\s+(?:a\s+)?sources?\s+other\s+than\b|\bbreaches\s+at\s+other\s+(?:companies|sites|websites|services)\b/i,
  },
  // Mail, a fax or a file that went to people it was not meant for ("to one person not employed
  // by us"); a list of recipients shown.
  {
    key: 'misdelivery',
    re: /\b(?:incorrectly|inadvertently|erroneously|mistakenly|accidentally)\s+(?:faxed|sent|mailed|e-?mailed|delivered|forwarded)\b[^.]{0,160}\bto\s+(?:an?\s+|one\s+)?(?:(?:unintended|wrong|incorrect|another|other|unauthori[sz]ed)\b|(?:individual|person|recipient|party)\s+(?:not|who\s+(?:is|was)\s+not|outside)\b)|\bunintended\s+recipients?\b|\brecipient\s+list\b[^.]{0,60}\bnot\s+hidden\b|\binstead\s+of\s+(?:the\s+)?bcc(?:['’]?d|ed|ing)?\b|\b(?:cc['’]?d|cc(?:ed|ing)|copied|included|listed|put)\s+(?:[\w’'-]+\s+){0,3}?(?:in(?:to)?\s+(?:the\s+)?)?(?:cc|to)\s+(?:field|line|box)\b[^.;]{0,60}\b(?:instead|rather)\s+(?:of|than)\b/i,
  },
  // Data handed by mistake to a party outside ("inadvertently disclosed … to another client",
  // "accidentally disclosed to another employee who was not authorized"); a file or attachment that
  // went out with data it should not have held ("the email inadvertently included an attachment",
  // "inadvertently attached to that email", "inadvertently included in the file that goes to X");
  // anything "inadvertently sent / emailed / faxed".
  // Not credentials given to a fraudster (phishing).
  {
    key: 'misdelivery',
    re: /\b(?:inadvertently|accidentally|mistakenly|erroneously|unintentionally)\s+(?:disclosed|provided|shared|released|forwarded|given)\b[^.;]{0,120}?\bto\s+(?:an?\s+|one\s+|the\s+wrong\s+|another\s+|other\s+|several\s+)?(?:[\w-]+\s+){0,3}?(?:clients?|customers?|employees?|recipients?|e-?mail\s+address(?:es)?|part(?:y|ies)|firms?|compan(?:y|ies)|individuals?|persons?|people|vendors?|members?|patients?|agenc(?:y|ies)|organi[sz]ations?|entit(?:y|ies))\b|\b(?:inadvertently|accidentally|mistakenly|erroneously|unintentionally)(?:\s+and\s+\w+ly)?\s+(?:sent|mailed|e-?mailed|faxed|transmitted|forwarded)\b|\b(?:e-?mails?|letters?|responses?|mailings?)\b[^.;]{0,100}\b(?:inadvertently|mistakenly|accidentally|erroneously)\s+(?:included|including|attached|enclosed|contained)\b|\binadvertently\s+(?:attached|included|enclosed)\s+(?:to|in|with)\s+(?:an?\s+|the\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:e-?mails?|letters?|envelopes?|mailings?|files?|reports?|rosters?)\s+(?:that|which)\s+(?:goes|went|was\s+(?:sent|provided|delivered|mailed|e-?mailed|viewed)|were\s+(?:sent|provided|delivered|mailed))\b|\binadvertently\s+attached\s+to\s+(?:an?|the|that|this)\s+e-?mail\b|\b(?:inadvertently|mistakenly|erroneously|accidentally)\s+(?:displayed|printed|included)\b[^.;]{0,80}\b(?:mailing\s+labels?|envelopes?|address\s+(?:fields?|windows?|labels?))\b/i,
    not: /\b(?:unauthori[sz]ed|criminals?|fraudsters?|scam\w*|phish\w*|impersonat\w*|posing|spoof\w*|hackers?|attackers?|thie(?:f|ves)|pretend\w*|legitimate|disguised)\b/i,
  },
  // Data a setting left open to people outside: the public, a search engine, other customers.
  {
    key: 'misconfiguration',
    re: /\berror\s+in\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?configuration\b|\baccessible\s+(?:to|by)\s+(?:the\s+general\s+public|(?:[\w-]+\s+){0,3}(?:of|at)\s+other\s+(?:customers|companies|organizations|clients|employers))\b|\bthrough\s+(?:a\s+)?(?:directed\s+)?search\s+on\b[^.]{0,40}\bsearch\s+engines?\b/i,
  },
  // A named party telling the letter's writer that it itself was attacked: an incident at a vendor.
  {
    key: 'third_party',
    re: /\b(?:notified|informed|advised|told)\s+us\s+that\s+it\s+(?:was|had|experienced|discovered)\b|\b(?:notified|informed|informing|advised|advising|told|alerted)\s+us\s+that\s+[^.;]{0,120}?\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}(?:servers?|systems?|networks?|environment|databases?|platform)\b|\breceived\s+(?:a\s+|an\s+)?(?:notification|notice|letter|report|word|call|e-?mail)\s+from\s+[^.;]{0,60}?\bthat\s+[^.;]{0,120}?\b(?:its|(?<!\bour\s)[\w-]+['’]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?:servers?|systems?|networks?|environment|databases?|platform)\b|\breported\s+that,?\s+(?:[^.]{0,60}?,\s+)?it\s+(?:discovered|experienced|was\s+(?:the\s+)?(?:target|victim))\b/i,
  },
  // "X, which hosts our donor database, recently notified us of a security incident": a party that
  // serves the writer reporting an incident (not the police, a bank or a card brand telling of fraud).
  {
    key: 'third_party',
    re: /\b(?:notified|informed|advised|alerted)\s+us\s+(?:of|about)\s+(?:a|an)\s+(?:recent\s+)?(?:[\w-]+\s+){0,2}(?:security\s+incident|data\s+(?:security\s+)?incident|cyber-?\s?(?:security\s+)?(?:incident|attack)|ransomware\s+(?:attack|incident)|(?:data\s+|security\s+)?breach)\b/i,
    not: /\b(?:law\s+enforcement|FBI|police|Secret\s+Service|authorities|banks?|card\s+(?:brands|companies|issuers)|customers?|patients?|members?|researchers?|journalists?|employees?)\b[^.]{0,40}\b(?:notified|informed|advised|alerted)\s+us\b/i,
  },
  // Mail built to trick staff: "deceptive emails", "emails used to entice recipients to open an
  // attachment" (not advice to the reader about such mail).
  {
    key: 'phishing',
    re: /\b(?:deceptive|fraudulent|malicious|spoofed|fake|bogus)\s+e-?mails?\b(?!\s+(?:address|filter|security))|\bentic(?:e|ed|ing)\s+(?:the\s+)?(?:recipients?|employees?|staff|users?|him|her|them|individuals?)\s+(?:in)?to\s+(?:open|click|enter|provide|download|share|disclose)\b/i,
    not: /\b(?:be\s+(?:alert|vigilant|cautious|aware|wary)|beware|watch\s+(?:out\s+)?for|do\s+not\s+(?:click|open|respond|reply)|never\s+(?:ask|request|send)|precautions|scams?\s+are|if\s+you\s+receive|report\s+(?:any\s+)?(?:suspicious|fraudulent))/i,
  },
  ...EN_LURE_RULES,
  // Files encrypted by the attacker ("prevented the cybercriminal from fully encrypting files").
  {
    key: 'ransomware',
    re: /\b(?:cyber\s?criminals?|attackers?|threat\s+actors?|hackers?|intruders?|criminals?|malware|virus|malicious\s+software|unauthori[sz]ed\s+(?:part(?:y|ies)|actors?|individuals?|third\s+part(?:y|ies)))\b[^.;]{0,80}\b(?:encrypt(?:ed|ing)|lock(?:ed|ing)\s+up)\s+(?:some\s+|certain\s+|the\s+|our\s+|its\s+|their\s+|all\s+|many\s+|a\s+number\s+of\s+)?(?:of\s+(?:our|its|the|their)\s+)?(?:[\w-]+\s+){0,2}(?:files|servers?|systems?|computers?|data|networks?|workstations|devices|databases?)\b/i,
  },
  // Permissions set wrongly on folders or files ("the permissions on these folders were incorrectly
  // changed", "incorrect folder permissions").
  {
    key: 'misconfiguration',
    re: /\bpermissions?\b[^.;]{0,60}\b(?:incorrectly|improperly|mistakenly|inadvertently|erroneously|wrongly)\s+(?:changed|set|configured|applied|assigned|granted)\b|\b(?:incorrect|improper|erroneous|wrong|misconfigured|conflicting)\s+(?:[\w-]+\s+)?(?:permissions?|access\s+settings|security\s+settings|sharing\s+settings)\b/i,
  },
  // Papers or media thrown away by mistake.
  {
    key: 'loss_or_theft',
    re: /\b(?:accidentally|mistakenly|inadvertently|improperly|erroneously)\s+(?:thrown\s+(?:away|out)|discarded|disposed\s+of|put\s+in\s+(?:the\s+|a\s+)?(?:trash|garbage|recycling))\b/i,
  },
  // Premises or a car broken into ("our office was burglarized", "a thief broke into the back of
  // the office building", "a forcible break-in at the dealership"); not a server broken into.
  {
    key: 'loss_or_theft',
    re: /\bburglari[sz](?:ed|ing)\b|\b(?:offices?|building|premises|facility|car|vehicle|truck|van|home|residence|house|apartment|dealership|store|locker|clinic|warehouse|property)\s+(?:was|were|had\s+been|has\s+been)\s+(?:physically\s+|forcibly\s+)?broken\s+into\b|\b(?:broke|broken|breaking)\s+into\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,5}?(?:offices?|building|premises|facility|car|vehicle|truck|van|home|residence|house|apartment|dealership|store|storage\s+(?:unit|room)|locker|clinic|warehouse)\b|\bbreak-?ins?\s+(?:at|of)\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,5}?(?:offices?|building|premises|facility|car|vehicle|truck|van|home|residence|house|apartment|dealership|store|storage\s+(?:unit|room)|locker|clinic|warehouse)\b/i,
  },
  // A device or papers told lost as a noun or by where they were left ("the loss of the laptop",
  // "had left his company-issued laptop in the seat pocket", "left a bag of files unattended").
  {
    key: 'loss_or_theft',
    re: /\bloss\s+of\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+|our\s+|one\s+|two\s+|several\s+)?(?:[\w’'-]+\s+){0,3}?(?:laptops?|computers?|devices?|(?:hard|flash|thumb|USB)\s+drives?|phones?|tablets?|bags?|briefcases?|backpacks?|papers|documents|files|folders?|binders?|boxes|(?:backup\s+)?tapes?|disks?|discs?|CDs?|(?:memory|USB)\s+sticks?)\b|\b(?:left|forgot|forgotten|leaving)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+|our\s+)?(?:[\w’'-]+\s+){0,3}?(?:laptops?|computers?|devices?|(?:hard|flash|thumb|USB)\s+drives?|phones?|tablets?|bags?|briefcases?|backpacks?|folders?|binders?|boxes|(?:memory|USB)\s+sticks?)\s+(?:(?:computer|containing\s+[^.;]{0,60}?)\s+)?(?:in|on|at|behind|unattended)\b/i,
    // Left in the organisation's own rooms is not lost ("left the drive in the sales office").
    not: /\bleft\s+(?:[\w’'-]+\s+){0,5}?in\s+(?:the|our|its|a|their)\s+(?:[\w-]+\s+)?(?:office|room|building|premises|facility|cabinet|safe|drawer)s?\b|\b(?:no|any)\s+loss\s+of\s+(?:data|information)|\bloss\s+of\s+(?:access|data|service|revenue|income|business|time|trust|confidence|productivity)\b/i,
  },
  // "a thief … stole the computer assigned to the receptionist".
  {
    key: 'loss_or_theft',
    re: /\bstole\s+(?:[\w’'-]+\s+){0,4}?(?:laptops?|computers?|devices?|drives?|phones?|tablets?|bags?|briefcases?|backpacks?|purses?|wallets?|papers|documents|boxes|tapes?|servers?|equipment|hardware|vehicles?|cars?|trucks?|vans?)\b/i,
    not: /\b(?:attackers?|hackers?|ransomware|cyber|malware|threat\s+actors?|intruders?\s+(?:into|on|in)\s+(?:our|the)\s+(?:network|systems?))/i,
  },
  // Data left open or put online by mistake ("had inadvertently been left accessible via the
  // internet", "erroneously displayed on a document posted to the website", a group "inadvertently
  // given read access" to a site holding personal data).
  {
    key: 'misconfiguration',
    re: /\baccessible\s+(?:to|by)\s+(?:persons?|people|anyone|individuals?|users?|parties)\s+outside\s+(?:of\s+)?(?:the|its|their|our)\s+(?:organi[sz]ation|company|firm)\b|\bleft\s+(?:publicly\s+)?(?:accessible|available|viewable|visible)\s+(?:via|on|to|through|over)\s+(?:the\s+)?(?:internet|web|public)\b|\b(?:inadvertently|mistakenly|erroneously|accidentally)\s+(?:displayed|posted|published|uploaded)\b[^.;]{0,100}\b(?:websites?|web\s?sites?|web\s?pages?|internet|online|publicly)\b|\b(?:inadvertently|mistakenly|erroneously)\s+(?:given|granted|assigned)\s+(?:[“"'‘]?[\w-]+\s*[”"'’]?\s+){0,2}access\b/i,
  },
  // Staff looking people up without a reason ("an employee may have performed unauthorized searches").
  {
    key: 'insider',
    re: /\b(?:employees?|staff\s+members?|team\s+members?|workforce\s+members?|associates?|workers?)\b[^.;]{0,60}\b(?:performed|conducted|made|ran)\s+(?:\w+\s+)?(?:unauthori[sz]ed|improper|inappropriate|impermissible)\s+(?:searches|look-?ups|queries|inquiries)\b/i,
  },
  // Told by the receiver: mail or a file "received … inadvertently / in error" ("the person who
  // received it inadvertently", "mistakenly received another customer's statement").
  {
    key: 'misdelivery',
    re: /\breceived\s+(?:it|them|this|(?:the|an?|that|this)\s+(?:[\w’'-]+\s+){0,2}(?:e-?mails?|letters?|files?|attachments?|fax(?:es)?|documents?|packages?|mailings?|statements?|reports?))\s+(?:inadvertently|mistakenly|in\s+error|by\s+mistake|accidentally|erroneously)\b|\b(?:inadvertently|mistakenly|accidentally|erroneously)\s+received\b/i,
    not: /\b(?:you|your)\s+(?:have\s+)?(?:inadvertently|mistakenly)\s+received\b|\bif\s+you\b/i,
  },
  // Data left where anyone could reach it: an unsecured page, folder or server; data "temporarily
  // available / accessible" on a site.
  {
    key: 'misconfiguration',
    re: /\bunsecured\s+(?:web\s?pages?|web\s?sites?|sites?|portals?|folders?|director(?:y|ies)|drives?|storage|file\s+shares?|servers?|databases?|buckets?|links?|FTP)\b|\btemporarily\s+(?:publicly\s+)?(?:available|accessible|visible|viewable|exposed)\b(?<=\b(?:was|were|been|become)\s+temporarily\s+(?:publicly\s+)?\w+)/i,
  },
  // A document meant for someone else: "may have received a W-2 belonging to another employee".
  {
    key: 'misdelivery',
    re: /\breceived\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:letters?|statements?|forms?|W-?2s?|documents?|notices?|packets?|e-?mails?|invoices?|bills?|cards?|packages?|files?)\s+(?:belonging\s+to|intended\s+for|addressed\s+to|meant\s+for)\s+(?:an?other|a\s+different|other)\b/i,
  },
  // Files or systems encrypted in an attack ("a cyber attack …, whereby some of our systems were
  // encrypted").
  {
    key: 'ransomware',
    re: /\bencrypted\b(?<=\b(?:cyber-?\s?attacks?|attack(?:ers?)?|threat\s+actors?|criminals?)\b[^.;]{0,80}\b(?:systems?|servers?|files|computers?|networks?|workstations|devices)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+encrypted)/i,
  },
  // Staff access found to be unauthorized ("employee access to information … appears to be unauthorized").
  {
    key: 'insider',
    re: /\b(?:employee|staff|workforce\s+member)\s+access\s+(?:to|of)\b[^.;]{0,100}\bunauthori[sz]ed\b/i,
  },
  // A named party's own store that held our data ("accessed PaperlessPay's database where our staff
  // data was stored").
  {
    key: 'third_party',
    re: /\b(?:stored|held|maintained|kept|hosted)\b(?<=(?<!\b(?:our|its|your)\s+(?:[\w-]+\s+){0,2})\b[\w&-]+['’]s\s+(?:[\w-]+\s+){0,2}(?:database|systems?|servers?|network|platform|environment)\s+(?:where|which|that|on\s+which|in\s+which)\s+(?:[\w’'-]+\s+){0,4}(?:data|information|records|files)\s+(?:was|were|is|are|had\s+been)\s+(?:stored|held|maintained|kept|hosted))|\b(?:notified|informed|advised|alerted|told)\s+by\s+[^.;]{0,60}?\bthat\s+[^.;]{0,120}?\b(?:its|their|(?<!\bour\s)[A-Z][\w&-]*['’]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?:servers?|systems?|networks?|environment|databases?|platform)\b/,
  },
  // A test server or storage left without protection.
  {
    key: 'misconfiguration',
    re: /\bleft\s+(?:unsecured|unprotected|unencrypted\s+and\s+open|without\s+(?:a\s+)?password)\b(?<=\b(?:was|were|been)\s+left\s+[\w\s]+)/i,
  },
  // After set N was read: an attack on the network (weak), a program planted to capture card data
  // (malware), staff who let an outsider listen or look, papers discarded against the rules, access
  // limits removed, "according to X, … their systems".
  {
    key: 'unauthorized_access',
    re: /\b(?:criminal|cyber|malicious)\s+attack\s+on\s+(?:its|our|the|their)\s+(?:[\w-]+\s+){0,2}(?:network|systems?|servers?)\b/i,
    weak: true,
  },
  {
    key: 'malware',
    re: /\b(?:install|installed|placed|deployed|planted)\s+(?:a|an)\s+(?:malicious\s+)?(?:program|tool|file)\b[^.;]{0,100}\bdesigned\s+to\s+(?:capture|collect|steal|copy|record)\b/i,
  },
  {
    key: 'insider',
    re: /\b(?:employee|staff\s+member|agent|representative)\b[^.;]{0,40}\ballowed\s+an?\s+unauthori[sz]ed\s+(?:third\s+party|person|individual)\b/i,
  },
  {
    key: 'loss_or_theft',
    re: /\bdiscarded\b[^.;]{0,60}\b(?:did\s+not\s+adhere|not\s+in\s+(?:accordance|compliance)|without\s+(?:being\s+)?shredd)/i,
  },
  {
    key: 'misconfiguration',
    re: /\baccess\s+(?:limitations|restrictions|controls|permissions)\s+(?:were|was|had\s+been)\s+(?:removed|disabled|lifted)\b/i,
  },
  {
    key: 'third_party',
    re: /\baccording\s+to\s+[^,;.]{1,40},\s+[^.;]{0,120}?\b(?:its|their)\s+(?:own\s+)?(?:systems?|servers?|network|environment|databases?|platform)\b/i,
  },
  // Devices wiped or disposed of that still held data.
  {
    key: 'residual_data',
    re: /\b(?:wiped|erased|deleted|decommissioned)\b[^.]{0,80}\bstill\s+contained\b|\bpreviously\s+deleted\s+data\s+remaining\b/i,
  },
  // A key, password or token pushed by mistake where anyone can read it ("an access key was
  // accidentally published to a public code repository").
  {
    key: 'misconfiguration',
    re: /\b(?:accidentally|inadvertently|mistakenly|erroneously)\s+(?:published|pushed|committed|uploaded|posted)\s+(?:to|on|in)\s+(?:a\s+|the\s+)?public(?:ly\s+accessible)?\s+(?:[\w-]+\s+){0,2}?(?:repositor(?:y|ies)|repos?|buckets?|sites?|pages?)\b|\b(?:keys?|passwords?|credentials|tokens?|secrets?)\b[^.;]{0,60}\b(?:published|pushed|committed|uploaded)\s+to\s+(?:a\s+|the\s+)?public\s+(?:[\w-]+\s+){0,2}?(?:repositor(?:y|ies)|repos?)\b|\b(?:published|pushed|committed|uploaded)\s+(?:an?\s+|the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:keys?|passwords?|credentials|tokens?|secrets?)\s+to\s+(?:a\s+|the\s+)?public\s+(?:[\w-]+\s+){0,2}?(?:repositor(?:y|ies)|repos?)\b/i,
  },
  // Recipients of one mailing who could see each other's addresses ("each recipient could see the
  // other recipients' email addresses", "every address visible in the To field").
  {
    key: 'misdelivery',
    re: /\bsee\s+(?:the\s+|all\s+(?:the\s+)?)?(?:other\s+recipients['’]?|each\s+other['’]s)\s+(?:e-?mail\s+)?addresses\b|\baddress(?:es)?\s+(?:were\s+|was\s+)?visible\s+(?:in\s+the\s+[“"'‘]?(?:To|CC|Cc|cc)[”"'’]?\s+(?:field|line)|to\s+(?:all\s+)?(?:the\s+)?other\s+recipients)\b/i,
  },
];

const OWN_PROVIDER = /^(?:our|an?|the|its)\s[^.]*(?:providers?|suppliers?|dealers?|processors?)$/i;
const INCIDENT =
  /\b(?:compromis\w*|unauthori[sz]ed|attack\w*|breach\w*|incident|malware|malicious|accessed|intrusion|intruder|hack\w*|notified\s+us|advised\s+us|informed\s+us|infected)\b/i;

const DATA_TAKEN =
  /\btheft\s+of,?\s+(?:[\w-]+\s+){0,5}(?:data|information)\b|\bstolen\s+(?:user\s?name|log-?in|e-?mail|account)\s*(?:\/|and)\s*password\b|\b(?:data|information|passwords|credentials|numbers?|names)\s+(?:was|were|may\s+have\s+been|had\s+been|have\s+been)\s+(?:indeed\s+|actually\s+|in\s+fact\s+)?(?:[\w-]+\s+or\s+)?stolen\b|\bstolen\s+cop(?:y|ies)\s+of\b|\b(?:data|information|records|credentials|passwords)\s+stolen\s+(?:from|in|during)\b|\b(?:passwords?|credentials|user\s?names?)\b[^.;]{0,40}\b(?:been|were|was)\s+stolen\b|\bstolen\s+from\s+(?:our|its|the|their)\s+(?:[\w-]+\s+){0,2}(?:systems?|networks?|servers?|databases?)\b|\bstolen\s+(?:data|information|credentials|records|files)\b/i;
const DEVICE =
  /\b(?:equipment|machines?|hardware|items|property|purses?|wallets?|luggage|laptops?|computers?|devices?|drives?|phones?|tablets?|bags?|briefcases?|vehicles?|cars?|backpacks?|papers|documents|files?\s+cabinets?|boxes|tapes?|servers?\s+(?:was|were)\s+stolen)\b/i;
// Documents or files "stolen from its servers" are data taken over the network, not papers.
const FILES_FROM_SYSTEMS =
  /\b(?:documents|files|papers|records)\s+(?:[\w-]+\s+){0,2}(?:stolen|taken|copied|exfiltrated)\s+from\s+(?:our|its|the|their)\s+(?:[\w-]+\s+){0,2}(?:systems?|networks?|servers?|databases?)\b/gi;

/** Whether an English hit of a rule is no cause of that kind where it stands. */
export function vetoCauseEnglish(key: Cause, sentence: string, at: number, match: string): boolean {
  // "Missing Link Networks" is a name, not a missing device.
  // "our software provider" is a cause only in a sentence about the incident.
  if (
    key === 'third_party' &&
    OWN_PROVIDER.test(match) &&
    !/service\s+providers?|third[- ]party/i.test(match) &&
    !INCIDENT.test(sentence)
  )
    return true;
  if (key === 'loss_or_theft' && match === 'Missing' && /^Missing\s+[A-Z]/.test(sentence.slice(at)))
    return true;
  // "the theft of payment information", "passwords were stolen", "misused or stolen": data taken
  // in an attack, not a device or papers lost or stolen.
  if (
    key === 'loss_or_theft' &&
    /^(?:stolen|theft)$/i.test(match) &&
    DATA_TAKEN.test(sentence) &&
    !DEVICE.test(sentence.replace(FILES_FROM_SYSTEMS, ''))
  )
    return true;
  // "publicly exposed by the intruder", "not … made publicly available": no setting left it open.
  if (
    key === 'misconfiguration' &&
    (/^\s*by\s+(?:the|an?)\s+(?:intruder|attacker|hacker|threat\s+actor|cyber\s?criminal|unauthori[sz]ed)/i.test(
      sentence.slice(at + match.length),
    ) ||
      /\b(?:not|no|never)\b[^.]{0,100}$/i.test(sentence.slice(0, at)))
  )
    return true;
  // "information that is publicly available", "publicly available records": data public by nature,
  // no setting that left it open.
  if (
    key === 'misconfiguration' &&
    /^publicly\s+available$/i.test(match) &&
    (/\b(?:that|which)\s+(?:is|are)\s+(?:otherwise\s+|generally\s+|already\s+|often\s+)?$/i.test(
      sentence.slice(0, at),
    ) ||
      /^\s+(?:information|records|data|sources|databases?|directories)\b/i.test(
        sentence.slice(at + match.length),
      ))
  )
    return true;
  // "contacted the third-party website host provider": a provider we turned to, not the incident's site.
  if (
    key === 'third_party' &&
    /\b(?:contacted|notified|alerted|called|consulted|engaged|hired|retained|reached\s+out\s+to)\s+(?!by\b|of\b|about\b)(?:[\w’'-]+\s+){0,4}$/i.test(
      sentence.slice(0, at),
    ) &&
    !/\b(?:its|their)\s+(?:own\s+)?(?:systems?|servers?|network)\b/i.test(sentence)
  )
    return true;
  // "our employee email accounts were sending phishing emails": what a taken-over account was used
  // for, not how it was taken.
  if (
    key === 'phishing' &&
    /\b(?:accounts?|mailbox(?:es)?)\b[^.]{0,40}\b(?:sending|send|sent|(?:re)?distribut\w+|forward\w*|spread\w*|propagat\w+)\s+(?:out\s+)?(?:[\w-]+\s+){0,2}$/i.test(
      sentence.slice(0, at),
    )
  )
    return true;
  // "A phishing email was sent from the account of an employee": the taken-over account's use.
  if (
    key === 'phishing' &&
    /^(?:\s+(?:e-?mails?|messages?|scheme))?\s+(?:was|were|had\s+been|has\s+been)\s+sent\s+(?:out\s+)?from\b/i.test(
      sentence.slice(at + match.length),
    )
  )
    return true;
  // "information … was stolen during a criminal cyberattack": data taken over the network, no
  // device or papers stolen.
  if (
    key === 'loss_or_theft' &&
    /^(?:stolen|theft)$/i.test(match) &&
    /\bcyber-?\s?attack|\bhack(?:er|ers|ed|ing)\b|\bintrusion\b|\bmalware\b|\bthreat\s+actor/i.test(
      sentence,
    ) &&
    !DEVICE.test(
      sentence
        .replace(/\bcomputer\s+(?:network|systems?|environment)\b/gi, '')
        .replace(FILES_FROM_SYSTEMS, ''),
    )
  )
    return true;
  // "upon becoming aware of this potential theft": a theft told before (a device theft told before
  // is already found; a data theft there was refused).
  if (
    key === 'loss_or_theft' &&
    /^theft$/i.test(match) &&
    /\b(?:this|that|the)\s+(?:potential\s+|possible\s+|apparent\s+|suspected\s+)?$/i.test(
      sentence.slice(0, at),
    ) &&
    !DEVICE.test(sentence)
  )
    return true;
  // "the scope of the potential vulnerability has widened": one suspected, no exploit stated.
  if (
    key === 'vulnerability_exploit' &&
    /\bpotential\s+(?:security\s+)?$/i.test(sentence.slice(0, at)) &&
    !/\bexploit|\bleverag|\btook\s+advantage\b/i.test(sentence)
  )
    return true;
  // "notifying the relevant health service providers": told of the incident, not where it happened.
  if (
    key === 'third_party' &&
    /\b(?:notif(?:y|ying|ied)|inform(?:ing|ed)?|alert(?:ing|ed)?)\s+(?:(?!by\b|that\b|of\b|about\b)[\w-]+\s+){0,3}$/i.test(
      sentence.slice(0, at),
    )
  )
    return true;
  // "to identify and remediate any security vulnerability": one looked for, none stated.
  if (
    key === 'vulnerability_exploit' &&
    /\bany\s+(?:identified\s+|potential\s+|possible\s+)?(?:security\s+)?$/i.test(sentence.slice(0, at))
  )
    return true;
  // "independent contractor data": the contractors are whose data it is.
  if (
    key === 'third_party' &&
    /^(?:contractors?|vendors?|suppliers?)$/i.test(match) &&
    (/^\s+(?:data|information|records|files|personnel|payroll|profiles?)\b/i.test(
      sentence.slice(at + match.length),
    ) ||
      /\b(?:employees|customers|members|staff|patients)\s+(?:and|or)\s+(?:independent\s+)?$/i.test(
        sentence.slice(0, at),
      ))
  )
    return true;
  // Reviewing a provider or calling one in to help is no incident at the provider.
  if (
    key === 'third_party' &&
    /\baudit\s+of\s+(?:our|its|the)\s+(?:hosting\s+)?provider|\b(?:contacted|engaged|hired|called)\s+(?:its|our|a|the)\s+(?:third[- ]party\s+)?(?:IT\s+)?(?:provider|vendor)\s+to\s+(?:help|assist)/i.test(
      sentence,
    )
  )
    return true;
  // A vendor hired for a task after the incident ("worked with an outside vendor to review the
  // data", "engaged a third-party vendor to help notify"), not where the incident happened.
  if (
    key === 'third_party' &&
    /\b(?:worked\s+with|engaged|hired|retained|used|using|partnered\s+with|brought\s+in|contracted\s+with|enlisted)\s+(?:(?!by\b)[\w’'-]+\s+){0,5}$/i.test(
      sentence.slice(0, at),
    ) &&
    /^\S*\s+(?:(?:[\w-]+\s+){0,3}?(?:firm\s+|company\s+)?)?to\s+(?:help\s+|assist\s+)?(?:us\s+)?(?:review|identify|assist|help|investigate|analy[sz]e|determine|notify|mail|send|provide|conduct|perform|restore|secure|search|examine|locate)\b/i.test(
      sentence.slice(at + match.length),
    ) &&
    !/\b(?:its|their)\s+(?:own\s+)?(?:systems?|servers?|network|environment|platform)\b/i.test(sentence)
  )
    return true;
  // "X contracts with a number of online retailers": the writer is the contractor; the incident is
  // its own.
  if (
    key === 'third_party' &&
    /^contract(?:s|ed)?\s+with$/i.test(match) &&
    /^\s+(?:a\s+number\s+of\s+|various\s+|many\s+|certain\s+|numerous\s+|several\s+)?(?:[\w-]+\s+)?(?:retailers|merchants|customers|clients|businesses|companies|organi[sz]ations|employers|health\s+plans|hospitals|schools|insurers)\b/i.test(
      sentence.slice(at + match.length),
    )
  )
    return true;
  // "employees, patients, and vendors": whose data it is; "sent … to our vendors": its recipients.
  if (
    key === 'third_party' &&
    /^(?:vendors?|contractors?|suppliers?)$/i.test(match) &&
    (/\b(?:employees|customers|members|staff|patients|clients|donors|students),\s+(?:[\w-]+,\s+)*(?:and|or)\s+$/i.test(
      sentence.slice(0, at),
    ) ||
      /\b(?:sent|mailed|e-?mailed|forwarded|delivered)\b[^.;]{0,40}\bto\s+(?:our|its|their|the|certain|some)\s+$/i.test(
        sentence.slice(0, at),
      ))
  )
    return true;
  // "to investigate whether the event led to any unauthorized access to, or theft of, personal
  // information": what the inquiry looked for, not what it found.
  if (
    (key === 'loss_or_theft' || key === 'unauthorized_access') &&
    /\bwhether\s+(?:or\s+not\s+)?(?:[\w’'-]+\s+){0,8}?(?:resulted\s+in|involved|included|led\s+to|there\s+(?:was|were|had\s+been))\s+(?:any\s+)?(?:[\w,-]+\s+){0,5}$/i.test(
      sentence.slice(0, at),
    ) &&
    !DEVICE.test(sentence)
  )
    return true;
  // "email accounts of a contractor and three other employees": a contractor counted among staff.
  if (
    key === 'third_party' &&
    /^contractors?$/i.test(match) &&
    /^\s+and\s+(?:[\w-]+\s+){0,2}(?:other\s+)?(?:employees|staff(?:\s+members)?|workers)\b/i.test(
      sentence.slice(at + match.length),
    )
  )
    return true;
  // "all current employees as well as former employees": the letter's readers, not an insider.
  if (
    key === 'insider' &&
    /^former\s+employees?$/i.test(match) &&
    /\bcurrent\s+(?:and\s+)?(?:[\w-]+\s+)?employees\b/i.test(sentence)
  )
    return true;
  // "data taken during the incident was accessible on the internet": put there by the attacker.
  if (
    key === 'misconfiguration' &&
    /\b(?:taken|stolen|exfiltrated|acquired|copied)\s+(?:during|in|by)\b/i.test(sentence.slice(0, at))
  )
    return true;
  return false;
}

/** Code planted on the checkout page is web skimming whether or not the letter lists card data. */
export function checkoutStated(f: Fact<Cause> | undefined): boolean {
  return f !== undefined && CHECKOUT.test(f.evidence.quote);
}

/**
 * "Malicious code" on a checkout page is the skimmer itself: not malware beside it, unless the
 * letter also says malware or malicious software.
 */
export function reconcileEnglish(found: Map<Cause, Fact<Cause>>): void {
  const malware = found.get('malware');
  if (
    malware &&
    found.has('web_skimming') &&
    /\bmalicious\s+code\b/i.test(malware.evidence.quote) &&
    !/\bmalware\b|\bmalicious\s+software\b|\bvirus\b/i.test(malware.evidence.quote)
  )
    found.delete('malware');
  // "an employee stole patient account information … the theft occurred": the insider's act, no
  // device or papers lost or stolen.
  const theft = found.get('loss_or_theft');
  if (
    theft &&
    found.has('insider') &&
    /^[\x00-\x7f’‘“”–—]*$/.test(theft.evidence.quote) &&
    !DEVICE.test(theft.evidence.quote)
  )
    found.delete('loss_or_theft');
}

// A party the letter introduces as serving the organisation: "X provides reservation services to
// the hotel", "X is one of the largest software providers to schools", "the district uses the X
// system".
const PNAME = "([A-Z][\\w&’'.-]*(?:\\s+(?:[A-Z][\\w&’'.-]*|of|&)){0,4})";
const PROVIDER_INTRO = [
  new RegExp(
    `${PNAME}(?:\\s*\\([^)]{0,40}\\))?,?\\s+(?:provides|offers|supplies|hosts|operates|maintains)\\s+(?:[\\w’'-]+\\s+){0,5}?(?:services?|software|systems?|platforms?|solutions?|applications?)\\s+(?:to|for|used\\s+by)\\b`,
    'g',
  ),
  new RegExp(
    `${PNAME}(?:\\s*\\([^)]{0,40}\\))?,?\\s+is\\s+(?:one\\s+of\\s+)?(?:the\\s+|a\\s+|an\\s+|our\\s+)?(?:[\\w’'-]+\\s+){0,4}(?:providers?|vendors?)\\s+(?:to|for|of)\\b`,
    'g',
  ),
  new RegExp(
    `\\b(?:uses|used|utilizes|relies\\s+on)\\s+(?:the\\s+)?${PNAME}\\s+(?:[\\w-]+\\s+){0,3}?(?:[Ss]ystem|[Ss]oftware|[Pp]latform|[Ss]ervice|[Aa]pplication)\\b`,
    'g',
  ),
  // "X, a third-party partner that hosts our servers": an apposition (APPOSITION below).
  new RegExp(
    `${PNAME},\\s+(?:a|an|our|one\\s+of\\s+our)\\s+(?:third[- ]party\\s+)?(?:[\\w-]+\\s+){0,3}(?:partners?|vendors?|providers?|contractors?|suppliers?)\\s+(?:that|which|who)\\s+(?:hosts|provides|manages|maintains|operates|processes|supports)\\b`,
    'g',
  ),
];
const APPOSITION = 3;
// The same patterns without the global flag (no lastIndex to reset), for a test per sentence.
const PROVIDER_INTRO_TEST = PROVIDER_INTRO.map((re) => new RegExp(re.source));
const NOT_A_PARTY =
  /^(?:We|Our|The|This|That|These|It|Its|A|An|I|On|In|As|At|For|If|When|While|After|Since|To|With|By|They|Federal|State|Law|Police|FBI|Microsoft|Google)$/;
const PARTY_INCIDENT =
  /\b(?:compromis\w*|unauthori[sz]ed|attack\w*|breach\w*|incident|malware|malicious|ransomware|intrusion|intruder|hack\w*|cyber\s?criminals?|exploit\w*|vulnerabilit(?:y|ies)|accessed\s+without)\b/i;

/**
 * A sentence telling of an attack on a party the letter introduced as its service provider ("X
 * provides … services to us. … X learned that an unauthorized individual exploited …"): an
 * incident at a vendor, told across two sentences.
 */
export function providerIncident(text: string, segments: Segment[]): Segment | undefined {
  if (
    !/\b(?:provides|offers|supplies|hosts|operates|maintains|providers?|vendors?|partners?|contractors?|suppliers?|uses|used|utilizes|relies)\b/.test(
      text,
    )
  )
    return undefined;
  const names = new Set<string>();
  for (const re of PROVIDER_INTRO) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const words = (m[1] ?? '').replace(/[.,’']+$/, '').split(/\s+/);
      while (words.length > 0 && NOT_A_PARTY.test(words[0]!)) words.shift();
      if (words.length === 0 || words.join(' ').length < 3) continue;
      names.add(words.join(' '));
      if (words[0]!.length >= 4) names.add(words[0]!);
    }
  }
  if (names.size === 0) return undefined;
  return segments.find((seg) => {
    if (!PARTY_INCIDENT.test(seg.text)) return false;
    // The sentence that introduces the provider tells of no attack on it, unless as an apposition
    // ("X, a third-party partner that hosts our servers, advised us that an incident occurred").
    if (PROVIDER_INTRO_TEST.some((re, k) => k !== APPOSITION && re.test(seg.text))) return false;
    for (const n of names) {
      const at = seg.text.indexOf(n);
      if (at >= 0 && !/[\w&-]/.test(seg.text[at + n.length] ?? ' ') && !/[\w]/.test(seg.text[at - 1] ?? ' '))
        return true;
    }
    return false;
  });
}
