import type { Segment } from './segment.js';
import type { Fact } from './types.js';

/**
 * English issuers beyond the defined-term and "X learned" cues of org-en-letter.ts: the vendors a letter
 * names (to skip them) and the name the letter uses for its own systems, staff and customers.
 *
 * A US breach letter often tells a vendor's story ("Sabre notified us", "Aptos, our former
 * provider", "X provides a service used by websites") and names itself only as the one the vendor
 * served ("informed Acme Stores that", "services for the Example Foundation") or through its own
 * assets ("the Acme servers", "Acme employees' email accounts", "an Acme-issued laptop").
 */

// (A name may open with a few lower-case letters before a capital: eWidgets, iWidget, flexWIDGET.)
// A name may also open with digits: 7-Widgets, 1919ec; an ordinal only before a capitalised word
// (21st Widgets, not "the 21st of May").
const NAME_START = String.raw`(?:[A-Z]|[a-z]{1,6}[A-Z]|\d+(?:-[A-Z]|(?!st\b|nd\b|rd\b|th\b)[a-z]{2}|(?:st|nd|rd|th)(?=\s[A-Z][a-z])))`;
const NAME = String.raw`${NAME_START}[\w&'’.-]*(?:\s(?:[A-Z][\w&'’.-]*|&|of|and)){0,4}`;
// The subject of a sentence may be a longer name: "Fern & Thistle Medical Group of the Lake Area".
// A joining word is followed by a capitalised word; a number by a capitalised word (Local 12 Food).
const LONG_NAME = String.raw`${NAME_START}[\w&'’.-]*(?:\s(?:&|of\sthe|of|and|for)\s[A-Z][\w&'’.-]*|\s[A-Z][\w&'’.-]*|\s\d+(?=\s[A-Z])){0,7}`;
// The subject's name may hold a word typed in lower case between capitalised ones ("Billy casper Golf"):
// not a joining or function word, nor a verb's past or an adverb.
const LOWER_INSIDE = String.raw`\s(?!(?:and|or|of|the|for|to|in|on|at|by|with|from|was|were|has|had|have|is|are|be|been|that|this|which|who|whom|our|its|their|your|an?|as|not|but|may|also|then|when|after|before|into|over|under|than|via|per|who|took|uses|use|said|says)\b)[a-z]{3,12}(?<!ed|ly)(?=\s[A-Z])`;
const LOWER_HINT = /[A-Z][\w&'’.-]*\s[a-z]{3,12}\s[A-Z]/;
const SUBJECT_NAME = String.raw`${NAME_START}[\w&'’.-]*(?:\s(?:&|of\sthe|of|and|for)\s[A-Z][\w&'’.-]*|\s[A-Z][\w&'’.-]*|\s\d+(?=\s[A-Z])|${LOWER_INSIDE}){0,7}`;

// "Sabre notified us", "Annex Cloud informed Stein Mart that", "Aeries notified the District",
// "Acme, a company that prints our statements, informed us".
const VENDOR_TOLD = new RegExp(
  String.raw`(?:^|[^\w&'’.-])(${NAME})(?:,\swhich\s[^.]{0,120}?|,\s(?:a|an|the|our)\s[^,.()]{3,100},)?\s(?:has\s|had\s|recently\s|subsequently\s|later\s|then\s)?(?:notified|informed|advised|alerted|told|reported\sto|confirmed\sto)\s(?:us|our|its\sclients|the\s[A-Z]\w+|[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3}(?:\s(?:that|of|on|in|and)\b|,\s(?:which|who)\b|\sabout\b))|\b(?:notified|informed|advised|contacted|alerted)\s(?:\w+\s){0,3}?by\s(?:the\s)?(${NAME})|(?:^|[^\w&'’.-])(${NAME})\s(?:has\s)?(?:reported|indicated|stated|states|represents)\sthat\b|\breceived\s(?:a\s)?(?:notice|notification|word)\sfrom\s(?:the\s)?(${NAME})`,
  'g',
);
// A product many use: "The District uses the Acme Student Information System", "we use one of the Acme
// platforms"; a vendor that told
// many of its clients: "Acme notified over 150 school districts", "Acme notified its customers".
const USED_HINT =
  /\b(?:uses?|used|utiliz(?:e|es|ed)|operate[sd]|maintain(?:s|ed))\s|\b(?:notified|informed|alerted)\s(?:over|more|approximately|about|\d|many|several|all|numerous|hundreds|thousands)/;
const VENDOR_USED = new RegExp(
  String.raw`\b(?:uses|used|utilizes|utilized|use|utilize|operates|operated|maintains|maintained)\s(?:one\sof\s)?(?:the\s)?(${NAME_START}[\w&'’.-]*)\s(?:[A-Z][\w-]*\s){0,3}(?:[Ss]ystem|[Ss]oftware|[Pp]latform|[Aa]pplication|[Pp]roduct|[Ss]ervice)s?\b|(?:^|[^\w&'’.-])(${NAME})\s(?:has\s|had\s)?(?:notified|informed|alerted)\s(?:over\s|more\sthan\s|approximately\s|about\s)?(?:\d[\d,]*|many|several|all|numerous|hundreds\sof|thousands\sof)\s(?:of\s(?:its|their)\s)?(?:[\w-]+\s){0,2}?(?:customers|clients|districts|schools|organizations|institutions|companies|hospitals|hotels|retailers|merchants)\b`,
  'g',
);
// "Aptos, our former digital commerce solution provider", "our provider, X", "vendor, X Inc.".
// "Acme, Inc. (Acme), the company that provided …", "Acme LLC, the CPA firm which audits …".
const VENDOR_ROLE_AFTER = new RegExp(
  String.raw`(${NAME})(?:,?\s(?:Inc|LLC|Ltd|Corp)\.?)?(?:\s\([^()]{1,30}\))?,\s(?:(?:our|a|the|its)\s(?:[\w-]+\s){0,5}?(?:provider|vendor|supplier|processor|contractor|partner|company\sthat\s(?:hosts|hosted|provides|provided|operates|operated|manages|managed|maintains|maintained|processes|processed))|(?:our|the|its)\s(?:[\w-]+\s){0,3}?firm)\b`,
  'g',
);
// "Roll engaged Acme to provide risk management services", "we retained Acme to process payroll": a
// body engaged to do a service is a vendor.
const VENDOR_ENGAGED = new RegExp(
  String.raw`\b(?:engaged|retained|hired|contracted\swith|contracts\swith)\s(?:the\s)?(${NAME})(?:,?\s(?:Inc|LLC|Ltd|Corp)\.?)?\sto\s(?:provide|perform|process|handle|manage|administer|host|maintain|print|mail|store|support|run|operate)\b`,
  'g',
);
// "We were notified on May 2 that Acme had determined …": the one that found it out and told us.
const VENDOR_FOUND = new RegExp(
  String.raw`\b(?:were|was|been)\s(?:notified|informed|advised|told|alerted)\s[^.]{0,40}?\bthat\s(?:the\s)?(${NAME})\s(?:had\s|has\s)?(?:determined|discovered|detected|learned|experienced|suffered|identified|been)\b`,
  'g',
);
// "provider, Acme" (not the subject of the main clause after an opening clause: "alerted by our
// processor, Acme Hotel began an investigation"), and an advisor named after its role: "retained independent, third-party forensic
// experts Acme Consulting, Inc.", "engaged the cybersecurity firm Acme" (it reports, not the writer).
const VENDOR_ROLE_BEFORE = new RegExp(
  String.raw`\b(?:provider|vendor|supplier|processor|contractor)s?,\s(${NAME})(?!\s(?:began|begun|immediately|promptly|quickly|launched|initiated|started|engaged|retained|hired|took|discovered|learned|determined|became)\b)|\b(?:forensics?|cyber-?security|security|consulting|investigat(?:ive|ion)|law)\s(?:[a-z-]+\s){0,2}?(?:experts?|firms?|investigators?|consultants?|specialists?|company),?\s(${NAME})`,
  'g',
);
// "X provides a service used by websites", "X is one of the world's largest software providers",
// "X is used by schools across the state" (a product many bodies use is a vendor's).
const VENDOR_PROVIDES = new RegExp(
  String.raw`(?:^|\.\s)(${NAME})\s(?:provides|offers|is\s(?:widely\s)?used\sby|works\swith\s(?:many|numerous|thousands|hundreds|various|a\snumber)|serves\sas\s(?:a|an|the)\s[^.]{0,40}?(?:firm|provider|vendor|administrator|processor)|is\s(?:one\sof\s)?(?:a|an|the)\s[^.]{0,60}?(?:provider|vendor|supplier)s?)\b`,
  'g',
);
// Bodies that are never the issuer of a breach letter.
const NEVER =
  /^(?:(?:U\.S\.\s)?Department\sof\sHealth\s(?:and|&)\sHuman\sServices|HHS|Office\sfor\sCivil\sRights|OCR|CISA|Cybersecurity\s(?:and|&)\sInfrastructure\sSecurity\sAgency|[^()]*\bCommissioner\b[^()]*|ICO|OAIC|IPC|Data\sProtection\s(?:Commission|Authority)|FBI|Federal\sBureau\sof\sInvestigation|(?:United\sStates\s|U\.S\.\s)?(?:Secret\sService|Postal\s(?:Inspection\s)?Service(?:\sInspectors?)?)|Attorney\sGeneral|Payment\sCard\sIndustry.*|PCI(?:\sDSS|\sSSC)?|Equifax|Experian|TransUnion|Visa|Master[Cc]ard|Medicare|Medicaid|Kroll|Microsoft|Office\s?365|Google|Facebook|Amazon|Apple|Social\sSecurity|Department\sof\sHomeland\sSecurity|DHS|Department\sof\sJustice|DOJ|Gmail|Yahoo|Internal\sRevenue\sService|IRS|Federal\sTrade\sCommission|FTC|United\sStates|U\.S\.?|US|USA|Exhibit|American|Mexican|Canadian|European|Chinese|Japanese|Korean|Indian|British|German|French|Asian|ATM|POS|Point\sof\sSale|SSN|PIN|HR|W-2|District|Company|PHI|PII|CRS|IT|CD|QC|[A-Z][a-z]+day|What|Who|Why|How|When|Where|Which|January|February|March|April|May|June|July|August|September|October|November|December)$/;
// A body the writer reports to, named with its state or office: "the California Attorney General's office",
// "the Office of the Vermont Attorney General", "the Maine Department of Justice" — a regulator, never the writer.
const REGULATOR =
  /(?:^|\s)(?:Attorneys?\sGeneral(?:[’']s)?(?:\sOffice)?|Office\sof\s(?:the\s)?(?:[A-Z][a-z]+\s){0,3}Attorneys?\sGeneral|Department\sof\s(?:Justice|Health\s(?:and|&)\sHuman\sServices)|Consumer\sProtection(?:\s(?:Division|Bureau|Office))?|Office\sfor\sCivil\sRights|Privacy\sCommissioner|Information\sCommissioner(?:[’']s)?(?:\sOffice)?|Trade\sCommission|Credit\s(?:Reporting|Bureaus?)(?:\sAgenc(?:y|ies))?)$/;
const LEAD_STOP =
  /^(?:On|In|At|During|While|After|Before|As|We|Our|This|That|The|It|If|When|Upon|Under|Since|Although|However|Please|Following|Based|Accordingly|Importantly|Specifically|Promptly|Due|Because|Like|To|Among|Certain|All|One|No|Some|Any|Their|Your|An?|They|He|She|I|You|Its|These|Those|Two|Three|Four|Five|Several|Many|Most|Each|Both|Then|Also|There|Here|Once|Unfortunately|Regrettably|Someone|Somebody|Anyone|Everyone|Nobody|Having)\s/;

// The letter's own things named with its name: "the Acme servers", "one Acme email account",
// "certain Acme employees' email accounts", "no Acme computer or network systems", "certain Acme
// internal systems", "another Acme member", "a Acme employee".
// Also after a count ("three Acme employees", "of 92.3 million Acme users"), after "to/for/from/by/
// with", with a capitalised Website, an email system, a facility, "the Acme e-commerce (web) platform"
// and the letter's data with up to two words between ("some Acme independent contractor data"); at a
// sentence's start the determiner is capitalised ("A Acme County computer was infected", "The Acme servers").
// Also the object of the act: "accessed Acme customer data", "stolen Acme user login data"; and the
// letter's own confidential information ("Certain Acme confidential and proprietary information").
const OWN_ASSET = new RegExp(
  String.raw`\b(?:the|one|certain|all|no|some|any|an?|another|of|on|at|targeting|current|former|present|past|to|for|from|by|with|accessed|stolen|compromised|acquired|obtained|exposed|contained|containing|affected|impacted|participating|(?<=^|\.\s)(?:The|One|Certain|All|No|Some|An?|Another))\s(?:(?:approximately|about|over|nearly|more\sthan)\s)?(?:[\d.,]*\d\s(?:million\s|thousand\s)?|(?:two|three|four|five|six|seven|eight|nine|ten|several|many)\s)?(?:U\.S\.\s)?(${NAME})\s(?:(?:(?:internal|corporate|work|computer|e-?commerce|online|e-?mail|retail(?:\sstore)?)\s)?(?:servers?|website|Website|web\ssite|systems?|network|e-?mail\saccounts?|accounts?|employees?|teammates|staff|team|computers?|customers|patients|members?|clients|users|students|hotel|database|portal|locations|stores?|restaurants|facilit(?:y|ies)|propert(?:y|ies)|laptops?|lap\stops?|(?:hard|flash|USB)\sdrives?|(?:operating|data|service|call|distribution)\scent(?:er|re)s?)|e-?commerce\s(?:web\s)?platform|(?:[a-z][\w-]*\s){0,2}?data|(?:confidential|proprietary|internal|corporate|company)\s(?:(?:and|or)\s(?:confidential|proprietary|internal)\s)?information)\b`,
  'g',
);
// "Acme's staff members", "an Acme-issued laptop", "Acme employees'", "Acme’ Northern Valley office";
// own things also with a qualifier "at Acme retail store locations".
const OWN_POSSESSIVE = new RegExp(
  String.raw`(?:^|[\s(])(${NAME})(?:[’']s?\s(?:staff|employees|customers|patients|members|clients|users|information|computer|network|servers?|systems?|website|e-?mail|e-?commerce\s(?:platform|site|website|store)|online\sstore|internal\s(?:systems?|network|technology)|(?:[A-Z][a-z]+\s(?:and\s)?){1,4}(?:teams?|department|Office|office|offices|facility|clinic|branch)|(?:payroll|human\sresources|billing|finance|accounting|IT)\s(?:department|office|team)|(?:[a-z]+\s){0,2}(?:office|offices|policy|policies|dealership|leadership\steam|security\s(?:team|sensors|systems))|(?:[a-z]+\s(?:and\s)?){1,3}(?:systems|servers|network|database)\b|(?:[a-z-]+\s){1,5}(?:system|platform|portal)\b)|-(?:issued|owned|managed)\b)`,
  'g',
);
// The body a place or a machine belongs to: "a franchise managed by Acme Restaurant Group", "the
// properties managed by Acme Hospitality", "one of the computers in the Acme Student Health Center", "a
// server maintained by a unit within the Acme Division of Finance". Only places and machines: "a platform
// operated by X" is a vendor's product, and "owned by" tells a former owner as often as the issuer.
const PLACE_OF = new RegExp(
  String.raw`\b(?:franchises?|facilities|properties|hotels|restaurants|stores|locations|clinics|offices|practices)\s(?:that\s(?:are|were)\s|(?:currently\s)?)?(?:managed|operated)\sby\s(?:the\s)?(${LONG_NAME})|\b(?:computers?|servers?|workstations?|laptops?|(?:a|one)\sunit)\s(?:with)?in\s(?:the\s)?(${LONG_NAME})`,
  'g',
);
const PLACE_HINT = /(?:managed|operated)\sby\s|\s(?:with)?in\sthe\s[A-Z]/;
// The one a named vendor served: "informed Acme Stores that", "services for the Acme Foundation",
// "customers, including Acme", "a server managed by an Acme supplier", "provides booking services to
// the Acme Hotel", "these services include reservations for Acme", "Acme Pay confirmed to Acme Inns that",
// "data from several of its clients including data of Acme Foundation".
const SERVED = new RegExp(
  String.raw`\b(?:informed|notified|advised|confirmed\sto|report\sto|services\s(?:for|to)|reservations\sfor|(?:firm|provider|vendor|administrator|processor)\sfor|(?:customers|clients|nonprofits|charities|organizations|institutions|companies|businesses|merchants|retailers|hospitals|schools|districts|universities),?\sincluding(?:\s(?:data|information|records)\s(?:of|from))?)\s(?:the\s|certain\s)?(${NAME})|\b(?:by|of|from)\san?\s(${NAME})\s(?:supplier|vendor|contractor|service\sprovider)\b`,
  'g',
);
// The one holding the data or the staff: "information you provided to Acme", "members who provided
// information to Acme", "a former employee
// of Acme, Inc.", "a former Acme, LLC sales representative", "records at the Acme Department".
// Also "employees of Acme", "who worked at Acme", "the payroll department at Acme", "cloud providers
// used by Acme", "As a customer of Acme", "the card you used at Acme", "you signed up for Acme"; "this
// server was used by the Acme Division", "a position with Acme", "the network server at Acme was …",
// "malware affected kiosks at some Acme Markets" (card terminals sit where the issuer sells).
const HOLDER = new RegExp(
  String.raw`\b(?:you|who)\s(?:provided|gave|submitted)\s(?:(?:it|information|data|details)\s)?to\s(?:the\s)?(${NAME})|\b(?:(?:employees?|representatives?|agents?)\sof|worked\s(?:at|for)|(?:department|office|team|staff)\sat|(?:systems?|servers?|providers?|vendors?|software|platforms?|databases?|computers?|tools?|applications?|information|data|drives?)\s(?:(?:was|were|is|are)\s)?used\sby|(?:position|job|employment)\swith|(?:firm|vendor|consultant|contractor|company|employee)s?\s\(?(?:recently\s)?(?:contracted|hired|engaged|retained)\sby|(?:kiosks?|terminals?|registers|card\sreaders|point[-\s]of[-\s]sale\s(?:systems?|devices|terminals))\sat(?:\s(?:some|certain|all|several|many|one|two|three|four|five|\d+))?(?:\sof\s(?:our|the))?|(?:server|servers|network|computers?|systems?)\sat|[Aa]s\sa\s(?:valued\s)?(?:customer|member|client|patient|guest|user)\sof|(?:you|who|customers?)\s(?:[a-z]+\s){0,2}?(?:used|shopped|ordered|purchased|made|signed\sup|registered|booked)\s(?:[a-z]+\s){0,4}?(?:at|with|for|from))\s(?:the\s)?(${NAME})|\b(?:[Aa]|[Aa]n)\s(?:former\s)?(${NAME})(?:,\s(?:Inc\.?|LLC|Ltd\.?))?\s(?:[a-z]+\s)?(?:representative|employee|agent)\b|\b(?:data|information|records|returns)\sat\s(?:the\s)?(${NAME})`,
  'g',
);
// One of the letter's staff named with a long name, a department's or a numbered local's: "a Acme
// Health North Valley Billing Department employee", "a Tilers' Local Union No. 12 employee".
const LONG_OWN_STAFF = new RegExp(
  String.raw`\b(?:[Aa]n?|[Oo]ne|[Aa]nother|former|current)\s(${LONG_NAME}(?:\s\d+)?)\s(?:employee|staff\smember|team\smember)s?\b`,
  'g',
);
// The client of a vendor: "Acme and Beta Schools use a data platform operated by Vendco", "a provider
// Acme uses for interpreting services", "a vendor that Acme engaged" (the vendor is skipped by the caller).
const VENDOR_CLIENT = new RegExp(
  String.raw`(?:^|\.\s|,\s)(?:the\s)?(${NAME})\s(?:and\s[^.]{0,40}?\s)?(?:uses|use|used|utilizes|utilized|contracts\swith|contracted\swith)\s(?:a|an|the)\s[^.]{0,80}?\b(?:operated|provided|hosted|maintained|developed|offered|run)\sby\b|\b(?:provider|vendor|contractor|supplier)\s(?:that\s)?(?:the\s)?(${NAME})\s(?:uses|used|utilizes|utilized|engaged|retained|hired)\b`,
  'g',
);
// The owner of the thing lost or misused: "two laptops belonging to the medical offices of Dr. Acme",
// "a phone owned by Acme", "an email account not belonging to Acme" (sent outside the issuer).
const OWNED_BY = new RegExp(
  String.raw`\b(?:laptops?|computers?|devices?|phones?|tablets?|e-?mail\saccounts?|servers?|vehicles?|cars?|files|records|(?:hard\s|flash\s|USB\s)?drives?|bags?|backpacks?)\s(?:not\s|that\s(?:is|are|was|were)\s(?:not\s)?|which\s(?:is|are|was|were)\s(?:not\s)?)?(?:belonging\sto|owned\sby|(?:the\s)?property\sof)\s(?:the\s)?(?:(?:medical|dental|law|accounting)\s)?(?:(?:offices?|practice)\sof\s)?(${NAME})`,
  'g',
);
const OWNED_HINT = /belonging\sto|owned\sby|property\sof/;
// What a letter says of its own care for the data: "because Acme takes the protection of your
// data very seriously", "Acme is committed to protecting", "a high priority for Acme", "we value
// your employment with Acme". Only the writer speaks of itself so; a vendor is skipped by the caller.
const COMMITMENT = new RegExp(
  String.raw`(?:^|[^\w&'’.-])(${NAME})(?:,\s(?:Inc\.?|LLC))?\s(?:takes\s[^.]{0,80}?seriously|(?:is|remains)\s(?:deeply\s|strongly\s|fully\s)?committed\sto\s(?:protecting|safeguarding|maintaining|the\s(?:privacy|security|protection|confidentiality))|values\s(?:the\s|your\s)?(?:privacy|security|trust|relationship)|recognizes\sthe\simportance)|\b(?:priority|priorities)\s(?:for\sus\sat|for|at)\s(?:the\s)?(${NAME})|\bvalue\s(?:your|the)\s(?:[a-z]+\s)?(?:employment|business|relationship|membership|patronage|trust|loyalty)\swith\s(?:the\s)?(${NAME})|\b(?:(?:very\s|extremely\s)?important|a\s(?:top\s|high\s)?priority|paramount|of\s(?:the\s)?(?:utmost|highest)\simportance)\s(?:to|for)\s(?:us\sat\s)?(?:the\s)?(${NAME})`,
  'g',
);
// A credential-stuffing letter names itself as the place the passwords did not come from:
// "obtained from sources other than Acme", "did not come from Acme", "sites not related to Acme".
const NOT_FROM = new RegExp(
  String.raw`(?:\(|\b)(?:other\sthan|(?:did\snot\s(?:come|originate)|(?<=\()not)\sfrom|not\s(?:related|connected)\sto|unrelated\sto|not\sassociated\swith)\s(?:the\s)?(${NAME})`,
  'g',
);
// A body named with the short form it is known by, where the text places the incident or the staff:
// "employees of Acme Health Corporation (AHC)", "released by the Acme Development Department (ADD)",
// "an incident within the Acme Department of Parks (ADP)". The short form must be the initials of
// the name's capitalised words; a body named beside others ("to the FBI and the X (XY)") is not read.
const INITIALS_DEFINED = new RegExp(
  String.raw`\b(?:of|by|at|within|from)\s(?:the\s)?(${LONG_NAME})\s\(["“]?([A-Z][A-Za-z&]{1,7})["”]?\)`,
  'g',
);
const INITIALS_HINT = /\(["“]?[A-Z][A-Za-z&]{1,7}["”]?\)/;
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z0-9]/.test(w))
    .map((w) => w[0])
    .join('');
}
// "investigations by Acme have confirmed that … our guests", "A recent investigation by Acme has
// confirmed that … from our systems": the writer's own finding (the sentence speaks of "our" things
// after it; an outside firm's finding is told "by a forensic firm" or names the firm as an advisor).
const OWN_INVESTIGATION = new RegExp(
  String.raw`\b[Ii]nvestigations?\sby\s(?:the\s)?(${NAME})\s(?:has|have)\s(?:[a-z]+ly\s)?(?:confirmed|determined|found|revealed|shown)\b(?=[^.]*\b(?:our|us)\b)`,
  'g',
);
// "your Acme account", "your Acme card", "their Acme email": an account with the issuer. A product or brand
// is read so too (your TurboTax account), so this counts least and speaks only when nothing else does.
const YOUR_ACCOUNT = new RegExp(
  String.raw`\b(?:your|their|his|her)\s(${NAME})\s(?:account|card\saccount|credit\scard|[Cc]ard|e-?mail(?:\saccount)?)\b`,
  'g',
);
// A letter that opens by saying what its writer is or does: "Acme is a contractor for the State of …",
// "Acme is on the front lines of …", "Acme is proud to serve …", then "we".
const OPENING_IS_A = new RegExp(String.raw`^(${NAME})(?:,?\s(?:Inc|LLC|Ltd|Corp)\.?)?\sis\s(?!not\b)`);
const REPORTED_TO = /\b(?:notified|contacted|called|alerted|informed|reported\s(?:\w+\s)?to)\s(?:the\s)?\s?$/;
const CREDENTIAL_HINT = /password|credential|log-?in|log\sin|sign-?in|username/i;
const COMMITMENT_HINT = /seriously|committed|values|importan|priorit|value\s|paramount/;
/** A sentence cut by a wrapped line right before the name it was about to give. */
const CUT_BEFORE_NAME = /(?:including|informed|notified|advised|for|to)$/;
/** A sentence cut by a wrapped line right after the determiner of an own thing ("another⏎Acme member"). */
const CUT_BEFORE_ASSET = /\s(?:the|one|certain|all|no|some|any|an?|another)$/;
// The subject of the letter's own story: a name opening a sentence or a clause (after "On May 2,
// 2021," or "In 2016,") followed by a finite verb — "Acme Systems, Inc. manages…", "Acme
// Children's Hospital – Example (ACH) became aware", "Acme has detected", "Acme was the victim of",
// "Acme appears to have", "In 2019, Acme closed", "Acme, APC (the “Firm”) was the victim", "Acme, a
// maker of garden tools, said", "Acme was targeted", "writing to inform you that Acme has reason to",
// "Acme, with the help of outside experts, found" (an aside between the subject and its verb),
// "Acme® discovered" (a brand's mark after the name),
// "we have discovered that Acme has experienced" (present perfect only: "we learned that X had
// experienced" tells a vendor's story). Vendors are skipped by the caller.
const FINITE = String.raw`(?:does\snot\s[a-z]+|had\s(?:their|its)\s(?:[A-Z]{2,}\s)?[a-z]+\s|was\s(?:notified|contacted|informed|advised|the\s(?:targeted\s)?(?:victim|target|subject)|a\svictim|subject|recently|made\saware|alerted|targeted)|(?:has|had)\s(?:been\s)?(?:the|a)\s(?:victim|target)|(?:has|had)\snot\s[a-z]+ed|has\sreason\sto|said|today\s[a-z]+ed|became\saware|fell\svictim|(?:has|had)\s(?:recently\s|just\s|also\s)?(?:been\s)?[a-z]+ed|(?:has|had)\s(?:recently\s)?(?:become|begun|taken|found)|is\s(?:notifying|writing|providing|offering|investigating|cooperating|working|aware)|appears|uses|utilizes|recommends|encourages|urges|(?:sincerely\s|deeply\s)?(?:apologi[sz]es|regrets)|maintains|manages|provides?|operates|recently|immediately|promptly|quickly|subsequently|began|became|took|sent|found|received|[a-z]{3,}ed)`;
const subjectRe = (name: string) =>
  new RegExp(
    String.raw`(?:^|,\s|\.\s|^(?:While|When|Although|Though|Since\sthen|Once)\s|\b(?:inform|notify|advise|tell)\s(?:you|them)\s(?:\w+\s){0,2}?that\s|\b[Ww]e\s(?:have\s|recently\s)?(?:discovered|determined|confirmed)\sthat\s(?=(?:the\s)?[A-Z][^.]{0,80}?\shas\s)|^On\s(?:or\s(?:about|around)\s)?[A-Z][a-z]+\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}\s|\s[–—]\s)(?:the\s)?(${name}(?:\s[–-]\s[A-Z][\w'’]*(?:\s[A-Z][\w'’]*){0,2})?)[®™]?(?:,?\s(?:Inc\.?|LLC|Ltd\.?|Corp\.?|L\.?L\.?P\.?|PLLC|A?P\.?C\.?|P\.A\.))?(?:\s\((?:[A-Z][\w&-]{1,12}(?:\s[A-Z][\w&-]{1,8})?|(?:the\s)?["“][A-Z][^"”()]{1,30}["”]|[A-Z][^()]{2,60}?,\s(?:Inc\.?|LLC|Ltd\.?|Corp\.?|PLLC|A?P\.?C\.?|P\.A\.))\))?(?:,\s(?:a|an|with|together\swith|along\swith|in\s(?:conjunction|coordination|cooperation|partnership)\swith)\s[^,.()]{3,80},)?(?:\s(?:leadership|management|administration|personnel|officials|staff))?\s(?:(?:inadvertently|mistakenly|accidentally|erroneously|previously|also|first|later)\s)?${FINITE}\b`,
    'g',
  );
const SUBJECT = subjectRe(LONG_NAME);
/** SUBJECT whose name may hold a lower-case word; tried only on the opening sentences (it is slower). */
const SUBJECT_LOWER = subjectRe(SUBJECT_NAME);
// "On behalf of Acme, I am writing": the one a letter speaks for; also "I am writing to you on behalf
// of Acme, Inc. to notify you", "we write on behalf of our client, Acme Hotels (“AH”), …" (a law firm).
export const ON_BEHALF = new RegExp(
  String.raw`(?:^On|\b(?:write|writing|notify|notifying|contact|contacting)\s(?:to\s)?(?:you\s)?on)\sbehalf\sof\s(?:our\sclient,?\s)?(?:the\s)?(${NAME})(?:,|\s(?:to|and|regarding|about|because)\b|\s\()`,
);

export interface EnglishIssuer {
  /** Names a letter gives its vendors, lower-cased. */
  vendors: Set<string>;
}

export const QUESTION_OPENING =
  /^(?:Am|Can|Could|Do|Does|Did|Should|Shall|Will|Would|Is|Are|Was|Were|Have|Has|How|What|Why|When|Where|Who|Which)\s+(?:I|we|you|my|our|your|it|this|the|there)\b/i;

function clean(raw: string): string | null {
  // "Our POS Vendor began …": the writer's own vendor or team, not a name.
  if (/^(?:Our|Their|Its|Your)\s/.test(raw.trim())) return null;
  // A question's opening ("Am I impacted by this?", "What happened?") names no one.
  if (QUESTION_OPENING.test(raw.trim())) return null;
  // "Acme-specific credentials", "Acme-based": a word made from a name is not the name.
  if (/-(?:specific|based|related|owned|issued|managed|branded)$/.test(raw.trim())) return null;
  // "the District’s Acme system": a generic body's possessive opens no name.
  if (
    /^(?:District|Company|County|City|State|School|College|University|Hospital|Firm|Agency)[’']s\s/.test(
      raw.trim(),
    )
  )
    return null;
  // "Acme's IT systems": the name stops at the possessive.
  if (/[’']s\s[A-Z]{2,}$/.test(raw.trim())) return null;
  let name = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .replace(/[’']s?$/, '');
  for (let m = LEAD_STOP.exec(`${name} `); m; m = LEAD_STOP.exec(`${name} `)) {
    name = name.slice(m[0].length).trim();
    if (name === '') return null;
  }
  name = name.replace(/\s(?:and|of|&)$/, '').trim();
  if (name.length < 2 || NEVER.test(name) || REGULATOR.test(name)) return null;
  if (
    /^(?:Customers?|Users?|Employees?|Unauthorized|Social|Security|Information|Company|Organization|Department|College|Clinic|Internet|Investigation|Notice|Payment|Website|Email|Health|Medical|Student|Parent|IT|Credit|Debit|Data|Bank|Hospital|School|District|University|Practice|Foundation|Firm|Plan|Card\s?members?|Members?|Inc|LLC|Cloud|Compan(?:y|ies)|Resort|Hotels?|Entit(?:y|ies)|Agency|Store|City|County|Town|Township|Village|Borough|State|Intruders?|Hackers?|Attackers?|Criminals?|Cybercriminals?|Thie(?:f|ves)|Individuals?|People|Correspondence|Letters?|Mail(?:ings?)?|Documents?|Files?|Records?|Statements?|Forms?|Reports?|Malware|Ransomware|Phishing|Spyware|Viruses|Virus|.*\s(?:Vendor|Provider|Supplier|Processor|Contractor)s?)$/i.test(
      name,
    )
  )
    return null;
  return name;
}

/** The names a letter gives its vendors (lower-cased), read from the opening 40 sentences. */
export function vendorNames(segments: Segment[]): Set<string> {
  const out = new Set<string>();
  // Names the letter calls its vendor by role ("one of our vendors, X"): the one that told such a
  // vendor ("When Acme discovered this, Acme notified X") is the issuer, not a vendor.
  const byRole = new Set<string>();
  const told: { name: string; object: string }[] = [];
  for (const seg of segments.slice(0, 40)) {
    const t = seg.text;
    if (
      !/notified|informed|advised|alerted|told|reported|indicated|stated|states|represents|confirmed|from|provider|vendor|supplier|processor|contractor|partner|provides|offers|works|serves|use|utiliz|firm|company\sthat|operate|maintain|expert|forensic|consult|specialist|investigator|engaged|retained|hired|contract/.test(
        t,
      )
    )
      continue;
    for (const re of [
      VENDOR_TOLD,
      VENDOR_ROLE_AFTER,
      VENDOR_ROLE_BEFORE,
      VENDOR_PROVIDES,
      VENDOR_USED,
      VENDOR_FOUND,
      VENDOR_ENGAGED,
    ]) {
      if (re === VENDOR_USED && !USED_HINT.test(t)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(t); m !== null; m = re.exec(t)) {
        const name = clean(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
        if (!name || /^(?:We|Our|Law|Federal|Local|State)\b/.test(name)) continue;
        const low = name.toLowerCase();
        if (re === VENDOR_ROLE_AFTER || re === VENDOR_ROLE_BEFORE) byRole.add(low);
        if (re === VENDOR_TOLD && m[1] !== undefined) told.push({ name: low, object: m[0].toLowerCase() });
        else out.add(low);
      }
    }
  }
  for (const { name, object } of told) {
    if (byRole.has(name)) out.add(name);
    else if (![...byRole].some((v) => object.includes(v))) out.add(name);
  }
  return out;
}

// The firms a letter hires to mail its notices, run its call centre or give identity monitoring: named
// beside the service ("enroll in IDX identity protection", "a call center run by Epiq"), they are the
// writer's vendors. (Such a firm writing about its own incident names no such service.)
const MONITOR_FIRM =
  /^(?:IDX|ID\sExperts|Epiq(?:\s(?:Global|Systems|Corporate\sRestructuring))?|Cyber[Ss]cout|AllClear(?:\sID)?|Identity\s?Force|Identity\sGuard|LifeLock|Sontiq|Intersections|Aura|Norton\sLifeLock|Experian\sIdentityWorks|Kroll(?:\sInformation\sAssurance)?)$/;
const MONITOR_SERVICE =
  /\b(?:enrol(?:l|ls|led|ling|lment)?|monitoring|identity\s(?:theft\s)?(?:protection|restoration|services?)|membership|call\scent(?:er|re)|toll-free|mail(?:ed|ing)?|activation\scode)\b/i;

/** Whether `name` is a monitoring, mailing or call-centre firm the text names beside such a service. */
export function isServiceFirm(name: string, text: string): boolean {
  if (!MONITOR_FIRM.test(name)) return false;
  const at = text.indexOf(name);
  for (let i = at; i >= 0; i = text.indexOf(name, i + 1))
    if (MONITOR_SERVICE.test(text.slice(Math.max(0, i - 160), i + name.length + 160))) return true;
  return false;
}

/** Bodies never the issuer: law enforcement, credit bureaus, platforms, bare legal forms. */
export function notIssuer(name: string): boolean {
  return clean(name) === null;
}

// A short form: an acronym (DSH, EVWD) or one word mixing digits or capitals (1919ic, eWidgetCo).
const ACRONYM = /^(?:[A-Z][A-Z&-]{1,7}|\d+[A-Za-z][\w-]{0,10}|[a-z]+[A-Z][\w-]{0,10})$/;

// A full name before a bracket that defines a short form: "Example Valley Water District (“EVWD”)".
const DEFINED_BY = String.raw`((?:(?:[A-Z]|\d+ [A-Z])[\w'’.-]* (?:(?:of|and|the|for|on|&|[–-]) )?){0,7}[A-Z][\w'’.-]*(?:,? (?:Inc\.?|LLC|Ltd\.?|Corp\.?|P\.C\.|LLP|APC))?) ?\( ?(?:the )?["“”']?`;
const CLOSE = String.raw`["”']? ?\)`;
/** Stands for the short form in a copy of the text (a private-use character). */
const MARK = '\uE000';
/** The definition with the short form marked: one pattern compiled once, whatever the name. */
const DEFINED_MARKED = new RegExp(`${DEFINED_BY}${MARK}${CLOSE}`);

/**
 * `text` with each occurrence of `name` that closes a definition's bracket (DEFINED_BY before it,
 * CLOSE after it) replaced by MARK; null when none does. A pattern holding the name itself would be
 * compiled anew for every name (about a millisecond each, paid by every notice seen once); this
 * copy lets DEFINED_MARKED find the same first definition and the same full name: the full name
 * cannot take in a bracket, so no match reads the characters replaced.
 */
function markDefinitions(name: string, text: string): string | null {
  let out = '';
  let from = 0;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, Math.max(i + 1, from))) {
    if (!opensDefinition(text, i) || !closesDefinition(text, i + name.length)) continue;
    out += text.slice(from, i) + MARK;
    from = i + name.length;
  }
  return from === 0 ? null : out + text.slice(from);
}

/** Whether the character at `i` is one of `chars` (false outside the text). */
function oneOf(text: string, i: number, chars: string): boolean {
  return i >= 0 && i < text.length && chars.includes(text[i]!);
}

/** Whether ` ?\( ?(?:the )?["“”']?` can end at `i`. */
function opensDefinition(text: string, i: number): boolean {
  for (const q of oneOf(text, i - 1, '"“”\'') ? [i, i - 1] : [i]) {
    for (const t of q >= 4 && text.startsWith('the ', q - 4) ? [q, q - 4] : [q]) {
      for (const s of text[t - 1] === ' ' ? [t, t - 1] : [t]) if (text[s - 1] === '(') return true;
    }
  }
  return false;
}

/** Whether `["”']? ?\)` can start at `j`. */
function closesDefinition(text: string, j: number): boolean {
  for (const q of oneOf(text, j, '"”\'') ? [j, j + 1] : [j]) {
    for (const s of text[q] === ' ' ? [q, q + 1] : [q]) if (text[s] === ')') return true;
  }
  return false;
}

/**
 * A short form the letter defines anywhere ("Example Valley Water District (“EVWD”)", "1919
 * Example Counsel, LLC (“1919ec”)") read back as its full name; any other name as it is. A letter
 * defines the short form once, often in its first line, and uses it alone in the story after.
 */
export function expandAcronym(name: string, text: string): string {
  // "patients of FHE’s Breast Health Program": a unit named by the possessive of a short form the
  // letter defines belongs to the body the short form stands for.
  const poss = /^([A-Z][A-Za-z&]{1,7})[’']s\s+[A-Z]/.exec(name);
  if (poss && !ACRONYM.test(name)) {
    const full = expandAcronym(poss[1]!, text);
    return full === poss[1] ? name : full;
  }
  if (!ACRONYM.test(name) || !text.includes(name)) return name;
  let def: RegExpExecArray | null;
  if (!text.includes(MARK)) {
    const marked = markDefinitions(name, text);
    def = marked === null ? null : DEFINED_MARKED.exec(marked);
  } else {
    const esc = name.replace(/[&-]/g, '\\$&');
    def = new RegExp(`${DEFINED_BY}${esc}${CLOSE}`).exec(text);
  }
  return def ? def[1]!.replace(/^The\s/, '').trim() : name;
}

const LEGAL_TAIL = /,?\s(?:inc|llc|ltd|corp|co|l\.?p)\.?$/;

/** Whether `name` is (or is part of) a vendor the letter names (a legal form after it aside). */
export function isVendor(name: string, vendors: Set<string>): boolean {
  if (vendors.size === 0) return false;
  const n = name.toLowerCase().replace(LEGAL_TAIL, '');
  for (const v of vendors)
    if (n === v || n.startsWith(`${v} `) || v.startsWith(`${n} `) || v.endsWith(` ${n}`)) return true;
  return false;
}

/**
 * The issuer named through the letter's own things, the one a vendor served, or a subject with a
 * wider set of predicates; the name met most often wins (first met on ties). Vendors are skipped.
 *
 * @example englishIssuer(splitSentences('We learned that someone accessed the Acme servers.'), new Set())?.value // → 'Acme'
 */
export function englishIssuer(
  segments: Segment[],
  vendors: Set<string>,
  skip: (name: string) => boolean = () => false,
): Fact<string> | null {
  const tally = new Map<string, { n: number; seg: Segment; order: number }>();
  let order = 0;
  const add = (raw: string, seg: Segment, weight: number) => {
    const name = clean(raw);
    if (!name || isVendor(name, vendors) || skip(name)) return;
    const t = tally.get(name);
    if (t) t.n += weight;
    else tally.set(name, { n: weight, seg, order: order++ });
  };
  const opening = segments.slice(0, 40);
  for (let i = 0; i < opening.length; i++) {
    const seg = opening[i]!;
    const next = opening[i + 1];
    const t = seg.text;
    if (!/[A-Z]/.test(t)) continue;
    SUBJECT.lastIndex = 0;
    let subjects = 0;
    for (let m = SUBJECT.exec(t); m !== null; m = SUBJECT.exec(t), subjects++) add(m[1]!, seg, 2);
    if (i < 3 && subjects === 0 && LOWER_HINT.test(t)) {
      SUBJECT_LOWER.lastIndex = 0;
      for (let m = SUBJECT_LOWER.exec(t); m !== null; m = SUBJECT_LOWER.exec(t))
        // "Upon discovery Acme began": an opener's lower-case word left after LEAD_STOP is no name.
        if (!/^[a-z]+\s/.test(clean(m[1]!) ?? '')) add(m[1]!, seg, 2);
    }
    OWN_ASSET.lastIndex = 0;
    const owned = CUT_BEFORE_ASSET.test(t) && next ? `${t} ${next.text}` : t;
    for (let m = OWN_ASSET.exec(owned); m !== null; m = OWN_ASSET.exec(owned)) add(m[1]!, seg, 1);
    OWN_POSSESSIVE.lastIndex = 0;
    for (let m = OWN_POSSESSIVE.exec(t); m !== null; m = OWN_POSSESSIVE.exec(t))
      // "we notified the Acme County Sheriff’s office": a body the letter reported to.
      if (!REPORTED_TO.test(t.slice(Math.max(0, m.index - 40), m.index + 1))) add(m[1]!, seg, 1);
    if (PLACE_HINT.test(t)) {
      PLACE_OF.lastIndex = 0;
      for (let m = PLACE_OF.exec(t); m !== null; m = PLACE_OF.exec(t)) add(m[1] ?? m[2]!, seg, 1);
    }
    HOLDER.lastIndex = 0;
    for (let m = HOLDER.exec(t); m !== null; m = HOLDER.exec(t)) add(m[1] ?? m[2] ?? m[3] ?? m[4]!, seg, 1);
    if (t.includes(' employee') || t.includes(' member')) {
      LONG_OWN_STAFF.lastIndex = 0;
      for (let m = LONG_OWN_STAFF.exec(t); m !== null; m = LONG_OWN_STAFF.exec(t))
        // Names of up to five words without a number are OWN_ASSET's (counted there).
        if (m[1]!.split(' ').length > 5 || /\d$/.test(m[1]!)) add(m[1]!, seg, 1);
    }
    if (USED_HINT.test(t) || /\b(?:engaged|retained|hired|contract)/.test(t)) {
      VENDOR_CLIENT.lastIndex = 0;
      for (let m = VENDOR_CLIENT.exec(t); m !== null; m = VENDOR_CLIENT.exec(t)) add(m[1] ?? m[2]!, seg, 1);
    }
    if (OWNED_HINT.test(t)) {
      OWNED_BY.lastIndex = 0;
      for (let m = OWNED_BY.exec(t); m !== null; m = OWNED_BY.exec(t)) add(m[1]!, seg, 1);
    }
    if (COMMITMENT_HINT.test(t)) {
      COMMITMENT.lastIndex = 0;
      for (let m = COMMITMENT.exec(t); m !== null; m = COMMITMENT.exec(t))
        add(m[1] ?? m[2] ?? m[3] ?? m[4]!, seg, 2);
    }
    if (INITIALS_HINT.test(t)) {
      INITIALS_DEFINED.lastIndex = 0;
      for (let m = INITIALS_DEFINED.exec(t); m !== null; m = INITIALS_DEFINED.exec(t))
        if (initialsOf(m[1]!) === m[2]!.replace(/&/g, '').toUpperCase()) add(m[1]!, seg, 1);
    }
    if (i === 0 && t.includes(' is ')) {
      const m = OPENING_IS_A.exec(t);
      if (
        m &&
        /\b(?:we|our|us)\b/i.test(
          segments
            .slice(1, 6)
            .map((x) => x.text)
            .join(' '),
        )
      )
        add(m[1]!, seg, 1);
    }
    if (/\b(?:your|their|his|her)\s/.test(t)) {
      YOUR_ACCOUNT.lastIndex = 0;
      for (let m = YOUR_ACCOUNT.exec(t); m !== null; m = YOUR_ACCOUNT.exec(t)) add(m[1]!, seg, 0.5);
    }
    if (t.includes('nvestigation')) {
      OWN_INVESTIGATION.lastIndex = 0;
      for (let m = OWN_INVESTIGATION.exec(t); m !== null; m = OWN_INVESTIGATION.exec(t)) add(m[1]!, seg, 1);
    }
    if (CREDENTIAL_HINT.test(t)) {
      NOT_FROM.lastIndex = 0;
      for (let m = NOT_FROM.exec(t); m !== null; m = NOT_FROM.exec(t)) add(m[1]!, seg, 1);
    }
    SERVED.lastIndex = 0;
    const served = CUT_BEFORE_NAME.test(t) && next ? `${t} ${next.text}` : t;
    for (let m = SERVED.exec(served); m !== null; m = SERVED.exec(served)) {
      // "informed X" names the issuer only when the letter tells a vendor's story.
      if (m[1] !== undefined && vendors.size > 0) add(m[1], seg, 1);
      else if (m[2] !== undefined) add(m[2], seg, 1);
    }
  }
  let best: [string, { n: number; seg: Segment; order: number }] | null = null;
  for (const e of tally)
    if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].order < best[1].order)) best = e;
  if (!best) return null;
  const seg = best[1].seg;
  return {
    value: best[0],
    evidence: { quote: seg.text, start: seg.start, end: seg.end },
    confidence: best[1].n >= 2 ? 0.55 : best[1].n >= 1 ? 0.45 : 0.35,
  };
}
