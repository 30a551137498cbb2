import { gatedSource } from './first-chars.js';

/**
 * The English cues of leak status (status.ts weighs them): the modality of the clause that states
 * the leak and the conclusion a US breach letter draws.
 *
 * - possible: "we cannot be sure that your information was viewed", "we do not know if anyone accessed
 *   this file", "I don't yet know whether any of your information was compromised", "the firm cannot
 *   determine which individuals' information was accessed" (the act left open), "may/might/could have been accessed", "may have also accessed", "it is possible that",
 *   "potentially", "potentially gained access" (the act itself hedged), "possible unauthorized access", "unable to determine whether/which … viewed", "may have occurred",
 *   "it is not yet known whether the files were viewed", "we cannot say with certainty if any records
 *   were viewed" (not "whether other files were taken": that is the reach), "the intruders are
 *   likely to have copied" (session enstatus7; not "appear to have been accessed", which letters
 *   also use for what an inquiry confirmed).
 * - not_found: "no evidence/indication that your information was accessed", "we do not believe that
 *   any of the data was viewed" (a judgement on access, not on misuse), "no indication of
 *   any unauthorized access to your information", "a scan found that no breach was detected" (not "no
 *   evidence of misuse", which concerns harm; not "no other breach", which is about the reach);
 *   "no data was lost".
 * - confirmed: the data as the object of the act — "was accessed/acquired/exfiltrated", "accessed
 *   the servers and acquired card data", "obtained the login credentials", "gain unauthorized
 *   access to customer information", "was inadvertently included/sent". A stolen laptop or phone is
 *   not stolen data: whether its data was read stays open. An actor's own act on the data or on
 *   what holds it counts too: "collected information regarding transactions", "accessed folders
 *   containing sensitive information". Data "in the possession of" an outsider, and a copy the
 *   actor "removed" or "took", were reached too (session enstatus16); so were a person's files
 *   "removed" in a break-in. A hedge may carry any manner adverb before a concrete act ("may have
 *   been inappropriately viewed"), and "potentially resulting in unauthorized access" hedges the
 *   reach; "no proof, however, that …" is a lack of evidence like "no evidence that …".
 *   Other unhedged shapes of the act (session enstatus4): files or data "were subject to
 *   unauthorized access" (not a mailbox or account: a container), an attack that "resulted in the
 *   disclosure of" the data, an incident that "involved a breach of your information", intruders who
 *   "have stolen" it, "an email was sent out which contained personal information", paper records
 *   removed; as findings that settle a hedged lede: "the breach was found to have included …", data
 *   "retrieved by making a payment" (it was in someone else's hands). not_found also: "have not
 *   identified any data breach". possible also: data "at risk for disclosure" (not "not at risk").
 */

const gate = (re: RegExp): RegExp => new RegExp(gatedSource(re.source), re.flags);

const ACTS =
  'accessed|exposed|acquired|viewed|compromised|obtained|affected|impacted|involved|skimmed|captured|stolen|exfiltrated|copied|downloaded|taken|transmitted|gained|disclosed|collected|harvested|gathered|exported|removed|transferred';

export const POSSIBLE_EN = gate(
  new RegExp(
    String.raw`\b(?:may|might|could)\s+(?:have\s+)?(?:also\s+)?(?:been\s+)?(?:(?:improperly|inadvertently|mistakenly|wrongly)\s+)?(?:${ACTS}|forwarded|released|shared|posted|misdirected|resulted\s+in\s+the\s+exposure|be\s+in\s+the\s+possession)\b|\b(?:may|might|could)\s+have\s+(?:also\s+)?been\s+[a-z]{4,}ly\s+(?:viewed|accessed|acquired|obtained|disclosed|exposed|copied|taken|stolen|downloaded|exfiltrated)\b|\bmay\s+have\s+occurred\b|\b(?<!\bno\s)(?:is|are|was|were|been|remains?)\s+(?:now\s+|still\s+)?at\s+risk\s+(?:of|for)\s+(?:unauthori[sz]ed\s+)?(?:disclosure|exposure|access|being\s+(?:accessed|exposed|disclosed|viewed))\b|\b(?:may|might|could)\s+have\s+used\s+(?:[\w’'-]+\s+){0,4}?(?:credentials|passwords?|information|data|details)\s+to\s+(?:gain\s+(?:unauthori[sz]ed\s+)?access|access|log\s?-?\s?in|sign\s+in|view|obtain)\b|\b(?:cannot|can\s?not|could\s+not|(?:not|unable)\s+(?:be\s+)?able\s+to|unable\s+to)\s+say\s+(?:for\s+(?:certain|sure)\s+|with\s+(?:any\s+)?certainty\s+|definitively\s+|conclusively\s+)?[\"“”']?\s*(?:whether|if)\b(?!\s+(?:or\s+not\s+)?(?:any\s+)?(?:other|additional|further|more)\b)[^.]{0,120}?\b(?:accessed|viewed|acquired|obtained|taken|stolen|copied|compromised)\b|\b(?:is|are|was|were)\s+(?:also\s+)?likely\s+to\s+have\s+(?:also\s+)?(?:been\s+)?(?:${ACTS})\b|\b(?:(?:have|has|had)\s+(?:most\s+)?likely|(?:most\s+)?likely\s+(?:have|has|had))\s+been\s+(?:${ACTS})\b|\b(?:is|are)\s+reasonably\s+believed\s+to\s+have\s+been,?\s+(?:${ACTS})\b|\bpotential(?:ly)?\s+(?:accessed|exposed|compromised?|(?:(?:data|information|cyber)\s+)?security\s+incident|unauthori[sz]ed|breach|issue)\b|\bpossible\s+unauthori[sz]ed\s+(?:access|acquisition|disclosure|viewing)\b|\bpotentially\s+(?:allowed|enabled|permitted|gained|obtained|acquired|accessed|viewed|took|stole|copied|exfiltrated|downloaded)\b|\blikely\s+in\s+possession\b|\bsuspicion\s+of\b|\bmay\s+have\s+been\s+accessible\b|\bcannot\s+(?:confirm|rule\s+out)\b|\bit\s+is\s+possible\s+(?:that\s+)?[^.]{0,240}?\b(?:accessed|acquired|viewed|obtained|exposed|gain(?:ed)?\s+access|compromised|files\s+accessed|taken|stolen)\b|\b(?:(?:unable|not\s+able)\s+to|cannot|can\s?not|could\s+not)\s+(?:confirm|determine)\b[^.]{0,80}?\b(?:whether|which|if)\b[^.]{0,60}?\b(?:accessed|viewed|acquired)\b|\b(?:cannot|can\s?not|could\s+not)\s+(?:even\s+)?be\s+(?:sure|certain)\s+(?:that|whether|if)\b[^.]{0,80}?\b(?:accessed|viewed|acquired|obtained|taken)\b|\b(?:information|data|records|files)\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:accessed|acquired|viewed|taken|stolen|exfiltrated|copied)\s+(?:has|have|had|could|can)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:been|be)\s+(?:determined|identified|confirmed|established)\b|\b(?:unclear|unknown|not\s+(?:yet\s+)?(?:known|clear))\s+(?:whether|if)\b[^.]{0,80}?\b(?:accessed|viewed|acquired|obtained|taken|compromised)\b|\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?know\s+(?:if|whether)\b[^.]{0,80}?\b(?:accessed|viewed|acquired|obtained|taken|compromised)\b`,
    'i',
  ),
);

// A lack of evidence stated with a qualifier or a verb of searching: "we do not have any direct
// evidence that", "the review did not find any evidence that", "revealed no evidence that", "found
// no specific indication that". Followed by "that", it opens the clause whose act it denies.
export const LACK_OF_EVIDENCE = String.raw`(?:(?:(?:do|does|did)\s+not|have\s+not|has\s+not|had\s+not)\s+(?:have|find|see|identify|uncover)\s+any|(?:have|has|had)\s+not\s+(?:found|discovered|identified|seen|uncovered)\s+any|(?:revealed|found|identified|uncovered|showed|shows|reveals|reveal)\s+no|no)\s+(?:(?:direct|specific|concrete|actual|credible|forensic|conclusive|early|initial|current)\s+)?(?:evidence|indication|information|knowledge|proof)(?:\s+(?:to\s+suggest|suggesting|indicating|to\s+indicate))?`;

// "no evidence that any of this information was viewed", "no reason to believe that your personal
// information has been compromised", "did not identify that any data was compromised", "no
// indication that … or that your information on the laptop has actually been accessed": a finding
// that the data itself was not reached; "it was unlikely that any information was accessed by an
// outsider" is such a finding too, and so are "no information suggesting that the disk was
// improperly accessed" (the device that held the data) and "no indication that your data, or anyone's
// data, has been compromised". One word may qualify the data ("any of the transferred
// information", "specific information in the account"), but not "other" or "additional" (the reach). The data noun may be followed by a short place ("on the
// laptop"), never by a relative clause ("information that was accessed has not been misused" is
// about misuse of data that was reached) nor by "beyond …" (data other than what was reached).
// An aside set off by dashes or brackets may stand between the data and its verb ("no evidence that
// any data in our files – such as names and phone numbers – has been accessed").
const DATA_NOT_REACHED = String.raw`\b(?:no\s+(?:evidence|indication|reason\s+to\s+(?:believe|suspect)|information\s+suggesting)|${LACK_OF_EVIDENCE}|(?:do|does|did)\s+not\s+(?:have\s+any\s+(?:evidence|indication)|identify|find|detect|believe)|(?:is|was|it\s+(?:is|was))\s+unlikely)(?:,\s*(?:however|though|to\s+date|at\s+this\s+time),)?\s+(?:to\s+suggest\s+)?(?:that\s+)?(?:[^.;]{0,100}?\bthat\s+)?(?:any\s+(?:of\s+)?)?(?:your|this|the|such|their|its|these)?\s*(?:personally\s+identifiable\s+|(?!other\b|additional\b|further\b|more\b|personal\b|customer\b|patient\b|member\b|sensitive\b|information\b|data\b|records\b|files\b)[\w-]+\s+(?:(?:or|and)\s+[\w-]+\s+)?)?(?:personal\s+|customer\s+|patient\s+|member\s+|sensitive\s+|student\s+|employee\s+|client\s+|user\s+)?(?:information|data|records|files|drive|laptop|computer|device|disk|media)(?:,?\s+(?!that\b|which\b|who\b|beyond\b|other\b|besides\b|except\b)[\w’'-]+){0,5}?(?:\s+[–—-]\s+[^–—.;]{1,120}?\s+[–—-]|\s+\([^()]{1,120}\))?,?\s+(?:was|were|has|have|had)\s+(?:actually\s+)?(?:been\s+)?(?:actually\s+|improperly\s+)?[“"']?(?:accessed|acquired|viewed|taken|compromised|copied|exfiltrated|stolen|exposed|removed|affected|impacted|involved)\b`;

// Hedges on the reach of the incident: "may have resulted in unauthorized access to", "may have
// allowed access", "may have had access to", "the potential for unauthorized access", "an event that
// potentially affected some clients" (not "people potentially affected by", boilerplate that
// confirmed letters use too), "you may be affected", "resulted in potential disclosure", "potentially had
// access", "potentially accessible", "could not confirm that your information was acquired", and
// data "present in the impacted email account" (the intruder reached where it was kept). As an inquiry's scope ("to assess the potential disclosure")
// they hedge nothing (status.ts checks what stands before them).
// Code or a device "designed to capture" or "capable of copying" what customers entered (a skimmer)
// says what it could take, not that it took anything: possible unless the letter says more.
export const POSSIBLE_REACH_EN = gate(
  /\b(?:designed|written|built)\s+to\s+(?:capture|copy|collect|steal|skim|harvest|scrape|record|intercept)\b|\bcapable\s+of\s+(?:capturing|copying|collecting|stealing|skimming|harvesting|scraping|recording|intercepting)\b|\b(?:may|might|could)\s+have\s+had\s+(?:unauthori[sz]ed\s+)?access\b|\b(?:potential|possibility)\s+(?:for|of)\s+(?:the\s+)?unauthori[sz]ed\s+(?:access|acquisition|disclosure|viewing)\b|\b(?:that|which|was|were|been)\s+potentially\s+(?:affected|impacted|involved)\b|\b(?:may|might|could)\s+have\s+(?:allowed|permitted|enabled|resulted\s+in|led\s+to)\s+(?:the\s+)?(?:potential\s+)?(?:unauthori[sz]ed\s+)?(?:access|acquisition|disclosure|exposure)\b|\b(?:you|your\s+(?:personal\s+)?information)\s+(?:may|might|could)\s+be\s+(?:affected|impacted|involved)\b|\bpotential\s+(?:disclosure|exposure|acquisition)\b|\b(?:potentially|possibly)\s+(?:resulting|resulted|results|result)\s+in\s+(?:the\s+)?(?:unauthori[sz]ed\s+)?(?:access|acquisition|disclosure|exposure|viewing)\b|\bpotentially\s+(?:had\s+access|accessible|involving|viewed|acquired|disclosed)\b|\b(?:could|did)\s+not\s+(?:confirm|determine)\s+(?:that|whether|if)\b[^.;]{0,60}?\b(?:accessed|acquired|viewed|obtained|taken)\b|\b(?:information|data)\s+(?:was|were)\s+(?:present|contained|located|stored)\s+(?:with)?in\s+(?:an?|the|those|these|one|some|certain)\s+(?:of\s+the\s+)?(?:impacted|affected|compromised|accessed|involved)\s+(?:e-?mail\s+)?(?:accounts?|mailbox(?:es)?)\b/i,
);

// A device or mailbox that "may have contained" the data (or where it "may have been stored",
// "contained" or simply "in": "your information may have been in the insurer's database"; "in this
// mailbox there were possibly passwords"): a
// hedge on what it held, possible when nothing else is said, but no hedge on whether anyone reached
// the data (a finding of no access still stands beside it).
export const POSSIBLY_HELD_EN = gate(
  /\b(?:may|might|could)\s+have\s+(?:also\s+)?contained\b|\bthere\s+(?:were|was)\s+possibly\b|\bpossibly\s+(?:contained|held|included|stored)\b|\b(?:may|might|could)\s+have\s+been\s+(?:stored|located|kept|saved|contained)\s+(?:on|in|within)\b|\b(?:may|might|could)\s+have\s+been\s+(?:on|in|within)\s+(?:the\s+|an?\s+|[\w’'-]+['’]s?\s+)(?:[\w-]+\s+){0,2}?(?:database|server|system|laptop|computer|files?|mailbox|e-?mail\s+account|account|network|device|drive)s?\b/i,
);

// The actor as the subject of a denied act on the data ("no evidence that the intruder actually
// viewed any messages holding your details", "no indication that the malware exported any card
// data"), or a denied access stated impersonally ("no indication that there has been any
// unauthorized access to or use of member data").
const NO_EVIDENCE_THAT = String.raw`\b(?:no\s+(?:evidence|indication|reason\s+to\s+(?:believe|suspect))|(?:do|does|did)\s+not\s+have\s+any\s+(?:evidence|indication)|${LACK_OF_EVIDENCE})\s+(?:to\s+suggest\s+)?that\s+`;
// Coordinated acts count as one ("no evidence that the intruder accessed or acquired your data").
const DENIED_ACT =
  '(?:viewed|accessed|acquired|took|taken|copied|exfiltrated|obtained|exported|downloaded|removed|stole|stolen|opened)';
const ACTOR_DID_NOT_TAKE = String.raw`${NO_EVIDENCE_THAT}(?:(?:the|an|any|this)\s+)?(?:(?:unauthori[sz]ed\s+|unknown\s+)?(?:[\w-]+\s+){0,2}?(?:person|party|parties|actors?|individuals?|third[- ]part(?:y|ies)|attackers?|intruders?|outsiders?|hackers?|malware|criminals?)(?:\(s\))?(?:\s+(?:responsible|involved|behind)\s+[^.;,]{0,40}?)?|anyone|anybody)\s+(?:actually\s+)?(?:has\s+|have\s+|had\s+)?${DENIED_ACT}(?:,\s+${DENIED_ACT})?(?:,?\s+(?:or|and|and\/or)\s+(?:${DENIED_ACT}|misused))?\s+(?:any|your|such|their|our|the\s+(?:[\w-]+\s+)?(?:information|data|records|files|e-?mails|messages)|(?:[\w-]+\s+){0,2}?(?:systems?|networks?|servers?))\b|${NO_EVIDENCE_THAT}there\s+(?:has|have|had|was|were)\s+(?:been\s+)?any\s+(?:actual\s+)?unauthori[sz]ed\s+(?:access|acquisition|viewing)\b`;

export const NOT_FOUND_EN = gate(
  new RegExp(
    `${
      /\b(?:do|does|did)\s+not\s+have\s+any\s+(?:indication|evidence)\s+that\s+(?:your|any)\s+(?:personal\s+)?(?:information|data)\s+(?:was|were|has\s+been)\s+(?:accessed|acquired|viewed)|\bno\s+(?:evidence|indication)\s+that\s+(?:your|any)\s+(?:personal\s+)?(?:information|data)\s+(?:was|were|has\s+been)\s+(?:accessed|acquired|viewed|taken)|\bwas\s+not\s+(?:accessed|acquired)\b|\b(?:data|information|records|files)\s+(?:was|were|had|has|have)\s+not\s+(?:been\s+)?(?:accessed|acquired|copied|exfiltrated|downloaded|viewed|stolen)\b|\bno\s+(?:personal\s+)?(?:user\s+|customer\s+|patient\s+)?(?:info|information|data)\s+(?:was|were|has\s+been)\s+(?:made\s+public|exposed|published)\b|\bno\s+(?:evidence|indication)\s+that\s+(?:the|this|that|these|those|any\s+of\s+the)\s+(?:[\w-]+\s+)?(?:e-?mails?|messages?|letters?|attachments?|envelopes?|packages?|faxes|fax)\s+(?:was|were|has\s+been|have\s+been)\s+(?:ever\s+)?(?:opened|read|viewed)\b|\bno\s+(?:positive\s+|actual\s+)?(?:breach(?:es)?|intrusions?|compromises?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:detected|found|identified)\b|\b(?:have|has|had|did)\s+not\s+(?:yet\s+)?(?:identified|found|detected|identify|find|detect)\s+any\s+(?:(?:personal\s+)?data\s+)?(?:breach(?:es)?|leak(?:s|age)?)\b(?!\s+of\s+(?:other|additional|further)\b)|\bno\s+(?:customer\s+|patient\s+|member\s+|personal\s+|other\s+|user\s+|client\s+|employee\s+)?(?:information|data)\s+(?:was|were|has\s+been|had\s+been)\s+(?:accessed|acquired|viewed|taken|exposed|compromised|stolen|exfiltrated|leaked|lost|involved)\b|\bno\s+(?:evidence|indication)\s+of\s+(?:any\s+)?(?:actual\s+or\s+attempted\s+)?(?:unauthori[sz]ed\s+)?access\s+to\s+(?:or\s+use\s+of\s+)?(?:your|any|the|(?:customer|patient|member|personal|employee|student|user|client|donor|resident)\s+(?:data|information|records|details))\b/
        .source
    }|${DATA_NOT_REACHED}|${ACTOR_DID_NOT_TAKE}`,
    'i',
  ),
);

// Data the organisation "had stolen" ("like others, we have had member data stolen") is data taken; a
// clause whose act is denied ("were not accessed") states none.
// Speed: the pattern is tried at every word boundary of every Latin-letter sentence, so a branch's
// look-behind comes after its first word and repeats it (`had(?<!\bnot\shad)`, the same test as
// `(?<!\bnot\s)had`): irregexp then rejects most positions on the word alone. A look-behind first
// (one scanned 60 characters back at every boundary) or a look-ahead first costs far more here
// (the pattern alone over the bench texts' sentences: 67 ms a pass → 21 with look-aheads → 16).
export const CONFIRMED_EN = gate(
  /\b(?:allowed|enabled|permitted)(?<!\b(?:potentially|possibly|may\s+have|might\s+have|could\s+have|would\s+have|not|never)\s(?:allowed|enabled|permitted))\s+(?:an?\s+|the\s+)?(?:unauthori[sz]ed|unknown|outside|malicious|criminal)\s+(?:third\s+)?(?:part(?:y|ies)|persons?|individuals?|actors?|users?)\s+to\s+(?:access|view|obtain|acquire|capture|collect|copy|download|steal)\s+(?:[\w-]+\s+){0,5}?(?:information|data|records|files|details)\b|\b(?:shared|disclosed|sent|e-?mailed|provided|given|released|faxed|mailed)\b[^.;]{0,100}?\b(?:who|which|that)\s+(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:receive|view|access|see|have)\b|\be-?mailed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:documents?|files?|spreadsheets?|reports?|lists?|attachments?)\s+(?:containing|that\s+contained|which\s+contained|with)\s+(?:your|their|the|some|certain)\b|\b(?:data|information|records|credentials|files|details)\s+stolen\s+(?:from|in|during)\b|\b(?:customer|patient|client|member|employee|personnel|deal|account|medical|tax|loan|student|paper)\s+(?:[\w-]+\s+)?(?:files|records|documents|folders|charts)\s+(?:were|was|had\s+been)\s+removed\b|\b(?:was|were|is|are)\s+in\s+(?:the\s+)?possession\s+of\s+(?:an?\s+|the\s+)?(?:unauthori[sz]ed|unknown|unidentified|outside|criminal)\b|\b(?:unauthori[sz]ed|unknown|unidentified)\s+(?:[\w-]+\s+){0,2}(?:was|were)\s+in\s+(?:the\s+)?possession\s+of\b|\b(?:removed|took|made)\s+(?:an?\s+)?cop(?:y|ies)\s+of\s+(?:the\s+|our\s+|its\s+|your\s+|certain\s+|some\s+)?(?:[\w-]+\s+){0,3}(?:information|data|files?|records|databases?|documents|e-?mails|backups?)\b|\b(?:have(?<!\b(?:not|never)\shave)|has(?<!\b(?:not|never)\shas)|had(?<!\b(?:not|never)\shad))\s+had\s+(?:their\s+|its\s+|our\s+|your\s+|some\s+|certain\s+)?(?:[\w-]+\s+){0,2}(?:information|data|records|files|details)\s+(?:stolen|accessed|taken|copied|exfiltrated|exposed|compromised)\b|\bused\s+(?:valid\s+|stolen\s+|compromised\s+)?(?:customer\s+|user\s+|account\s+)?(?:user\s?names?|e-?mail\s+addresses|credentials|passwords)\s+(?:and\s+passwords\s+)?to\s+log\s?-?\s?in(?:to)?\b|\b(?:resulted(?<!\b(?:whether|if)\b[^.;]{0,60}resulted)\s+in|involved(?<!\b(?:whether|if)\b[^.;]{0,60}involved)|there(?<!\b(?:whether|if)\b[^.;]{0,60}there)\s+was)\s+(?:an?\s+|the\s+)?unauthori[sz]ed\s+(?:access|acquisition)\s+(?:by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:to|of)\s+(?:[\w-]+\s+){0,2}?(?:information|data|records|files)\b|to\b|of\b)|\bused\s+(?:[\w-]+\s+){1,3}to\s+(?:gain|obtain)\s+(?:unauthori[sz]ed\s+)?access\s+to\s+(?:[\w-]+\s+){0,3}(?:information|data|records|files|systems?|accounts?|networks?|servers?|databases?)\b|\b(?:was(?<!\b(?:steps|measures|actions?|precautions|efforts|care|action)\swas)|were(?<!\b(?:steps|measures|actions?|precautions|efforts|care|action)\swere)|had(?<!\b(?:steps|measures|actions?|precautions|efforts|care|action)\shad)\s+been|has(?<!\b(?:steps|measures|actions?|precautions|efforts|care|action)\shas)\s+been|have(?<!\b(?:steps|measures|actions?|precautions|efforts|care|action)\shave)\s+been)\s+(?:(?!not\b|never\b)\w+\s+)?(?:accessed|exposed|acquired|viewed|downloaded|obtained|taken(?!\s+(?:offline|off-line|off\s?line|down|out\s+of\s+(?:service|use|operation)|off\s+the)\b)|disclosed|exfiltrated|compromised|copied)\b|\b(?:information(?<!\b(?:whether|if)\s[^.;]{0,60}information)|data(?<!\b(?:whether|if)\s[^.;]{0,60}data)|records(?<!\b(?:whether|if)\s[^.;]{0,60}records)|files(?<!\b(?:whether|if)\s[^.;]{0,60}files))(?:\s+(?:that|which)\b[^.;]{0,120}?,)?\s+(?:was|were|had\s+been|has\s+been)\s+stolen\b|\bobtained\s+(?:(?:unauthori[sz]ed\s+)?access|a\s+list)\b|\bgained\s+(?:unauthori[sz]ed\s+)?access\b|\blikely\s+(?:exfiltrated|acquired|accessed|stole|took|copied|obtained|downloaded)\s+(?:[\w-]+\s+){0,4}(?:data|information|files|records)\b|\bgain(?:ed)?\s+unauthori[sz]ed\s+access\s+to\s+(?:\w+\s+){0,2}(?:personal|customer|patient|payment|card)\s+(?:information|data)\b|\baccessed\s+(?:stored|copies|the\s+\w+\s+(?:data|files|records))\b|\baccessed\s+(?:some|certain|limited)\s+(?:[\w-]+\s+){0,3}(?:data|information|records|files)\b|\b(?:acquired|obtained|exfiltrated|stole|copied|downloaded)\s+(?:an?\s+copy\s+of\s+|copies\s+of\s+)?(?:certain\s+|some\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:information|data|files|records|credentials|databases?|documents|e-?mails|details)\b|\b(?:hackers?|attackers?|criminals?|cybercriminals?|gang|group|actors?)\s+(?:[\w-]+\s+){0,2}?(?:published|posted|leaked|dumped|released)\s+(?:some\s+of\s+|part\s+of\s+)?(?:the\s+|our\s+|its\s+)?(?:stolen\s+)?(?:[\w-]+\s+){0,2}?(?:data|information|files|documents|records|details)\b|\b(?:published|posted|leaked|dumped|released)\s+(?:some\s+of\s+|part\s+of\s+)?(?:the\s+)?stolen\s+(?:[\w-]+\s+)?(?:data|information|files|documents|records|details)\b|\b(?:person|party|parties|individuals?|actors?|criminals?|cybercriminals?|intruders?|hackers?|attackers?|perpetrators?)(?:\(s\))?\s+had\s+(?:unauthori[sz]ed\s+)?access\s+to\s+(?:[\w-]+\s+){0,3}?(?:data|information|files|records|documents)\b|\b(?:employee(?<!\bno\s+(?:[\w-]+\s+)?employee)|worker(?<!\bno\s+(?:[\w-]+\s+)?worker)|contractor(?<!\bno\s+(?:[\w-]+\s+)?contractor)|staff(?<!\bno\s+(?:[\w-]+\s+)?staff)\s+member|agent(?<!\bno\s+(?:[\w-]+\s+)?agent))s?\b[^.;]{0,60}?\b(?=(?:disclosed|shared|sold|leaked|transferred|saved|uploaded|forwarded|e-?mailed)\s)(?<!\b(?:not|never)\s)(?<!\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\s+have\s)(?:disclosed|shared|sold|leaked|transferred|saved|uploaded|forwarded|e-?mailed)\s+(?:certain\s+|some\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}(?:information|data|records|files)\b|\bcompromised\s+the\b|\b(?:hackers?|attackers?|intruders?|(?:cyber\s?)?criminals?|perpetrators?|thie(?:f|ves)|unauthori[sz]ed\s+(?:third\s+)?(?:part(?:y|ies)|persons?|individuals?|actors?|users?))\s+(?:have|has|had)\s+(?:[\w-]+ly\s+)?(?:stolen|taken|accessed|acquired|obtained|copied|exfiltrated|downloaded)\s+(?:[\w’'-]+\s+){0,4}?(?:information|data|records|files|details)\b|\b(?:documents|data|information|files|records)\s+(?:[\w’'-]+\s+){0,8}?(?:have|has|had)\s+(?:since\s+|now\s+|already\s+|subsequently\s+)?been\s+(?:published|posted|leaked|dumped)\s+(?:online|on\s+the\s+(?:dark\s+web|internet))\b|\bto\s+be\s+(?:accessed|viewed)\b|\b(?:was|were)\s+(?:inadvertently|mistakenly|accidentally)\s+(?:included|sent|mailed|e-?mailed|disclosed|posted|attached)\b|\bcompromised\s+e-?mails?\b[^.]{0,80}\b(?:contained|included)\b|\bprovided\s+the\s+requested\s+information\b|\bsent\s+(?:an?\s+)?(?:\w+\s+){0,3}(?:email|reply|correspondence|spreadsheet)[^.]{0,80}\b(?:containing|included|includ\w*|that\s+included)\b|\bable\s+to\s+view\s+or\s+download\b|\bconfirm(?:ed)?\s+(?:that\s+)?(?:this|the)\s+breach\s+(?:is|was)\s+(?:real|genuine|authentic)\b|\bsubject\s+of\s+(?:an?\s+)?unauthori[sz]ed\s+(?:access|acquisition)\b|\b(?:files|records|information|data|documents|details)\b[^.;]{0,60}?\b(?<!\b(?:may|might|could|not|never)\s)(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?subject\s+to\s+(?:an?\s+)?unauthori[sz]ed\s+(?:access|acquisition)\b|\b(?:resulted(?<!(?:\b(?:may|might|could)\s+have\s|\bpotentially\s|\b(?:whether|if)\b[^.;]{0,60})resulted)\s+in|led(?<!(?:\b(?:may|might|could)\s+have\s|\bpotentially\s|\b(?:whether|if)\b[^.;]{0,60})led)\s+to)\s+the\s+(?:unauthori[sz]ed\s+)?(?:disclosure|exposure|theft|release)\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:information|data|records|details)\b|\b(?:involved|constituted|was)(?<!\b(?:may|might|could)\s+have\s(?:involved|constituted|was))\s+an?\s+breach\s+of\s+(?:your|their|our\s+(?:[\w-]+\s+)?(?:patients|customers|members|clients|employees|staff|users|students)['’]?)\s+(?:[\w-]+\s+)?(?:information|data|records|details)\b|\b(?:an?|the)\s+e-?mail\s+(?:was|were)\s+sent(?:\s+out)?\b[^.;]{0,60}?\b(?:which|that)\s+(?:contained|included)\s+(?:the\s+)?(?:personal|confidential|sensitive|private)\s+(?:information|data|details)\b|\btheft\s+of\s+(?:\w+\s+){0,2}(?:information|data|e-?mails?|records|files|documents)\b|\b(?:was|were|had\s+been|has\s+been)\s+shared\s+(?:outside|with\s+(?:an?\s+)?(?:unauthori[sz]ed|third|other|another))|\baccounts\s+accessed\s+by\b|\bwere\s+able\s+to\s+access\s+(?:customer|patient|member|user|employee|personal)\b|\binvolves\s+your\s+information\b|\bsent\s+an?\s+email\s+contain\w*|\b(?:collected|harvested|extracted|exported)\s+(?:certain\s+|some\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:information|data|files|records)\b|\baccessed\s+(?:\w+\s+){0,3}(?:folders?|files?|documents?|reports?|databases?|records)\s+(?:containing|that\s+contained|which\s+contained)\b|\b(?:identified(?<!\b(?:not|never|no)\sidentified)|detected(?<!\b(?:not|never|no)\sdetected)|discovered(?<!\b(?:not|never|no)\sdiscovered)|confirmed(?<!\b(?:not|never|no)\sconfirmed)|revealed(?<!\b(?:not|never|no)\srevealed)|found(?<!\b(?:not|never|no)\sfound)|uncovered(?<!\b(?:not|never|no)\suncovered))\s+(?:the\s+|(?:clear\s+)?evidence\s+of\s+)?unauthori[sz]ed\s+(?:access\s+to|acquisition\s+of)\s+(?:[\w-]+\s+){0,4}?(?:data|information|records|files)\b/i,
);

// CONFIRMED_EN also reads unauthorized access stated as what happened, with no hedge of its own:
// "an attack that resulted in unauthorized access to some customer data", "an incident that
// involved unauthorized access to a database", "the intruder used malware to gain access to
// information", "used valid user names and passwords to log in to customer profiles" (someone got
// into accounts), "gained unauthorized access to our systems", "the attacker likely exfiltrated a
// limited amount of data" (an investigation's finding, as labelled), "the investigation identified
// unauthorized access to payment card data" (the access to the data found, stated as a noun; also
// "found evidence of unauthorized access to part of your personal information"),
// "information that applicants had submitted online, had been stolen from the server" (the data as
// subject past a relative clause closed by a comma). A hedge elsewhere ("may have resulted in")
// outranks it in status.ts. An insider's own act counts ("a former employee disclosed personal
// information about claimants to outsiders"). "the attack resulted in the theft of email kept by the vendor":
// mail, records, files and documents are data too. "Measures were taken to restore operations" is the organisation's own
// step, not an act on the data.

// Data sent or shown to the wrong people by mistake ("a clerk mistakenly sent your statement to
// another member", "inadvertently attached to that email was a list", "some members received
// another member's statement along with their own"), and a count of records an
// intruder accessed ("accessed nearly 900 cardholder records"), and data that "was sent to an
// unauthorized email address" (a scammer's, after a phishing request): the leak happened. A generic
// safeguard ("so that nothing is inadvertently disclosed") is not an act.
export const SENT_BY_MISTAKE_EN = gate(
  /\b(?<!\b(?:not|never|is|are|be|being)\s)(?:mistakenly|inadvertently|accidentally|erroneously)\s+(?:sent|mailed|e-?mailed|faxed|attached|disclosed|posted|shared|released|leaked|published|distributed)\b|\baccessed\s+(?:nearly\s+|approximately\s+|about\s+|over\s+|more\s+than\s+|up\s+to\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}(?:records|files|accounts)\b|\breceived\s+(?:[\w-]+\s+){0,8}?(?:another|a\s+different)\s+(?:customer|member|patient|person|individual|client|employee|participant|student|account\s?holder)['’]s\b|\b(?<!\b(?:not|never)\s)(?:was|were|had\s+been|being)\s+(?:sent|e-?mailed|mailed|faxed|forwarded|provided|disclosed|addressed)\s+to\s+(?:an?\s+|the\s+)?(?:unauthori[sz]ed|wrong|incorrect|unintended|fraudulent|external)\s+(?:e-?mail\s+)?(?:address|recipient|person|party|individual|third\s+party|account)\b/i,
);

// A breach confirmed to have occurred ("the review has now confirmed that a breach occurred") settles an
// earlier "a breach was possible"; a denied confirmation ("have not confirmed that …") does not.
// An act stated as settled after a hedge ("we were told the intruder may have accessed the
// system … and later that the intruder did access student data"): the hedge is resolved.
export const SETTLED_EN = gate(
  /\b(?:confirm(?:ed|ation)|determined|verified|established)\s+that\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:accessed|acquired|viewed|downloaded|copied|exfiltrated|took|stole)\s+(?:approximately\s+|about\s+|nearly\s+|some\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:records|files|accounts|documents)\b|\b(?<!\b(?:not|never|yet\s+to)\s+(?:have\s+)?)(?:confirmed|determined|verified|established)\s+(?:that\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:breach|compromise|leak)\s+(?:had\s+|has\s+)?(?:occurred|taken\s+place|happened|did\s+occur)\b|\b(?:did|in\s+fact)\s+(?:access|acquire|obtain|view|download|copy|take|exfiltrate)\s+(?:[\w’'-]+\s+){0,4}(?:data|information|records|files)\b|\b(?:breach|attack|hack|intrusion|leak)\s+(?:that|which)\s+(?:has\s+|had\s+)?exposed\s+(?:[\w-]+\s+){0,3}?(?:records|data|information|details)\b/i,
);

// An inquiry's finding that the actor managed the act ("the review determined that the outsider
// was able to gain access to a server holding applications"): it settles an earlier "may have
// gained access". status.ts takes it only from a sentence with no hedge, denial or "whether".
// The finding may also name the actor's act on what held the data, when that is files, folders or
// documents said to contain it ("the review found that an intruder had accessed a staff mailbox and
// several shared files that contained client records"): files are the data, so
// the finding settles a lede's "may have been compromised". A mailbox or server alone is a container
// whose contents may never have been opened.
export const FINDING_EN = gate(
  /\b(?:determined|confirmed|concluded|established|found|learned)\s+that\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+able\s+to\s+(?:gain\s+|obtain\s+)?(?:access|view|download|acquire|copy|exfiltrate)\b|\b(?:determined|confirmed|concluded|established|found|learned|revealed|showed)\s+that\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:party|parties|actors?|persons?|individuals?|intruders?|attackers?|hackers?|criminals?|cybercriminals?|users?)\s+(?:had\s+)?(?:accessed|acquired|copied|downloaded|exfiltrated|took|stole|removed|viewed)\s+(?:[\w’'-]+\s+){0,8}?(?:files?|folders?|documents?|spreadsheets?)\s+(?:(?:in|on|from|within)\s+)?(?:[\w’'-]+\s+){0,3}?(?:that|which)\s+contained\b/i,
);
// The same finding with the data as the subject ("the investigation confirmed that payment card
// information was acquired without authorization", "it was determined that certain personal
// information was acquired by an unknown actor"): it settles an earlier "may have been acquired".
// Not data found where an act took place ("information was contained in the accounts that were
// accessed", "was included on the equipment that was stolen"): the act there is on the container.
export const FINDING_DATA_EN = gate(
  /\b(?:determined|(?<!\bcannot\s|n['’]t\s)confirm(?:ed)?|confirmation|concluded|established|found|revealed|verified)(?:\s+on\s+[\w ,]{3,20}?)?,?\s+that\s+(?:[\w’'-]+\s+){0,8}?(?:information|data|records|files)(?:\s+(?!that\b|which\b|was\b|were\b|contained\b|included\b|stored\b|located\b|present\b|accessible\b)[\w’'-]+){0,6}?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|actually\s+|in\s+fact\s+)?(?:accessed|acquired|exfiltrated|stolen|copied|taken|removed|viewed|obtained|downloaded)\b|\b(?:breach|incident|attack|compromise|intrusion)\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|later\s+|since\s+|subsequently\s+)?(?:found|determined|confirmed|shown)\s+to\s+have\s+(?:also\s+)?(?:included|involved|exposed)\b|\b(?:retrieved|recovered|got\s+back)\s+(?:the|our|this|that)\s+(?:stolen\s+)?(?:data|information|records)\s+by\s+(?:making|paying)\s+(?:a|the)\s+(?:ransom\s+)?payment\b|\b(?:informed|notified|told|advised|aware|learned)\s+of\s+(?:some\s+|the\s+|certain\s+)?(?:[\w-]+\s+){0,2}?(?:data|information|files|records)\s+(?:having\s+been|being)\s+(?:exfiltrated|stolen|copied|taken|acquired|accessed|removed|published|leaked)\b/i,
);
// A failure stated for only part of the incident ("in some cases the code failed to capture the
// cardholder's name", "no card numbers were obtained during certain days") presupposes
// the act succeeded elsewhere: a finding that the data was taken, which settles what code "designed
// to capture" could do.
export const PARTIAL_FAILURE_EN = gate(
  /\bin\s+(?:some|certain|a\s+few|several)\s+(?:cases|instances)\b[^.;]{0,40}?\b(?:failed\s+to|did\s+not|could\s+not|was\s+unable\s+to)\s+(?:obtain|capture|collect|copy|acquire|take|record)\b|\b(?:was|were)\s+not\s+(?:successfully\s+)?(?:obtained|captured|collected|copied|acquired|taken|recorded)\s+(?:during|for|on|at|in)\s+(?:certain|some|a\s+few|several)\b/i,
);
export const HEDGE_WORD_EN = /\b(?:may|might|could|possibl[ey]|potential(?:ly)?)\b|\blikely\s+to\s+have\b/i;

// A report that the organisation itself leaked the data ("the college has leaked the details of
// 4,000 pupils"): a news item's own statement of fact, which a quoted "anyone could have seen them"
// does not undo.
export const ORG_LEAKED_EN =
  /\b(?<!\b(?:not|never)\s)(?:has|have|had)\s+(?:(?:inadvertently|mistakenly|accidentally)\s+)?leaked\s+(?:the\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:information|data|details|records|files)\b/i;

// An intruder named as the subject of an act on the data ("hackers accessed sensitive personal
// information"), and the data itself as the subject of the act, without a hedge ("some information for a number of
// patients was accessed", "the theft of payment information"): the leak happened; a hedge on the
// reader's own data ("your information may have been affected if …", "an incident that may have
// involved some of your information") is about its reach. The intruder as subject counts too when
// the object holds the data ("accessed files containing certain personal information"), and an
// intruder who "took certain personal information" (not "may have taken"). An intruder who "had access to the data on
// our network" or "to files which contain" personal details reached the data (not "may have had"); the
// data named by what was done to it and then by what it held ("the files accessed contained patient
// details", "the data stolen included user names": not "may have included"; not a mailbox, whose
// messages may not have been opened) were reached too; and
// one who "accessed (acquired) certain information" acted on it: a later "your information was
// potentially impacted" is about whose data.
export const DATA_TAKEN_EN = gate(
  new RegExp(
    `${ORG_LEAKED_EN.source}|\\b(?:stolen|exfiltrated|extracted)\\s+(?:data|information|files|records)\\s+(?:does\\s+|did\\s+|also\\s+)?(?:include|includes|included|contain|contains|contained)\\b|${
      /\b(?:hackers?|attackers?|intruders?|(?:cyber\s?)?criminals?|perpetrators?|thie(?:f|ves)|unauthori[sz]ed\s+(?:third\s+)?(?:part(?:y|ies)|persons?|individuals?|actors?|users?))\s+(?:(?:have|has|had)\s+(?=(?:stolen|taken|accessed|acquired|obtained|copied|exfiltrated|downloaded|viewed)\b))?(?:accessed|acquired|obtained|stole|stolen|took|taken|copied|exfiltrated|downloaded|viewed)\s+(?:[\w’'-]+\s+){0,3}?(?:information|data|records|files|details)\b|\b(?:information|data|records|files)\b[^.;]{0,80}?\b(?<!(?:may|might|could|not|never)\s)(?<!\blikely\s+to\s)(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:improperly|illegally|unlawfully|wrongfully)\s+)?(?:accessed|acquired|stolen|taken|exfiltrated|copied|viewed|obtained|compromised)\b|\btheft\s+of\s+(?:\w+\s+){0,2}(?:information|data|e-?mails?|records|files|documents)\b|\b(?:resulted\s+in|there\s+was|(?:incident|event)\s+of)\s+(?:an?\s+)?unauthori[sz]ed\s+(?:access\s+to|acquisition\s+of)\s+(?:[\w-]+\s+){0,3}?(?:information|data|records|files?)\b|\b(?:person|party|parties|individuals?|actors?|criminals?|cybercriminals?|intruders?|hackers?|attackers?|perpetrators?)(?:\(s\))?\s+had\s+(?:unauthori[sz]ed\s+)?access\s+to\s+(?:[\w-]+\s+){0,3}?(?:data|information|files|records|documents)\b|\b(?<!(?:may|might|could)\s+have\s+)accessed\s+(?:\w+\s+){0,3}(?:folders?|files?|documents?|records|databases?)\s+(?:containing|that\s+contained|which\s+contained)\b|\b(?<!\b(?:may|might|could|not|never)\s+(?:have\s+)?)(?<!\blikely\s+to\s+have\s)(?:took|stole|exfiltrated|copied|downloaded)\s+(?:certain\s+|some\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:information|data|files|records)\b|\b(?<!(?:may|might|could)\s+have\s+)(?:accessed|acquired|viewed)\s+(?:certain|some|limited)\s+(?:[\w-]+\s+){0,3}(?:data|information|records|files)\b|\b(?:actors?|intruders?|hackers?|attackers?|(?:cyber\s?)?criminals?|perpetrators?|thie(?:f|ves))\s+(?:was|were)\s+able\s+to\s+(?:remove|take|copy|exfiltrate|steal|download|obtain|acquire)\s+(?:a\s+copy\s+of\s+|copies\s+of\s+)?(?:an?\s+|the\s+|certain\s+|some\s+)?(?:[\w-]+\s+){0,2}(?:files?|data|information|records|documents|database)\b|\b(?:actors?|intruders?|hackers?|attackers?|criminals?|part(?:y|ies)|persons?|individuals?)\s+(?:that|who)\s+had\s+accessed\s+(?:an?|the|certain|some)\s+(?:[\w-]+\s+){0,2}(?:files?|data|information|records|documents)\b|\b(?:files|documents|records|data|information)\s+(?:that\s+(?:was|were)\s+)?(?:accessed|acquired|taken|stolen|exfiltrated|copied|downloaded)(?:\s+without\s+authori[sz]ation|\s+by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:party|actor|person|individual|intruder|attacker|hacker|criminal)s?)?\s+(?:contained|included)\b|\b(?<!\bno\s)(?:employees?|workforce\s+members?|staff\s+members?|workers?|contractors?)\s+(?:had\s+)?(?:accessed|viewed)(?:\s+and\s+(?:viewed|accessed|printed|copied))?\s+(?:[\w'’-]+\s+){0,5}?(?:information|data|records|files|charts)\b/
        .source
    }`,
    'i',
  ),
);
// A hedge that leaves the act open ("unable to determine whether … viewed", "could not rule out"),
// unlike one on which items or whose data ("may have obtained the names and addresses").
export const OPEN_HEDGE_EN =
  /\b(?:unable|not\s+able|could\s+not|cannot|can\s?not|whether|rule\s+out|if\s+any|possibility)\b|\bit\s+is\s+possible\b/i;
// A hedge on a copy being taken ("it is possible that a copy of this information was taken"): it
// goes beyond an access the notice has stated as fact, and leaves that access standing.
export const COPY_HEDGE_EN =
  /\bit\s+is\s+possible\s+(?:that\s+)?(?:an?\s+|the\s+)?cop(?:y|ies)\s+of\s+[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+(?:taken|made|kept|removed|downloaded|exfiltrated|retained)\b/i;
export const REACH_HEDGE_EN =
  /\b(?:may|might|could)\s+have\s+been\s+(?:affected|involved|impacted)\b|\b(?:incident|event|attack)\s+(?:that|which)\s+(?:may|might|could)\s+have\s+(?:involved|affected|impacted)\s+(?:some\s+of\s+)?(?:your|(?:personal\s+)?(?:information|data)\s+(?:of|about|pertaining|relating|belonging))\b/i;

// Data left where anyone could reach it: an exposure; whether anyone did stays open.
// "Files had become browsable through a web search" is the same exposure, and so are details that
// "were temporarily available on our web page" or records "available to certain other franchisees".
export const EXPOSED_EN = gate(
  /\bexposed\s+(?:\w+\s+){0,4}to\s+the\s+internet\b|\b(?:were|was|had\s+been|had\s+become|became)\s+(?:made\s+)?(?:publicly\s+|temporarily\s+){0,2}(?:accessible|browsable|searchable|viewable)\b|\b(?:were|was|had\s+been|became)\s+(?:made\s+)?(?:publicly\s+|temporarily\s+){0,2}available\s+(?:on\s+(?:our|the|a|its)\s+(?:[\w-]+\s+)?(?:web\s?(?:site|page)|page|portal|server)|to\s+(?:certain|other|some)\s+(?:[\w-]+\s+)?(?:franchisees|customers|members|users|employees|clients|parties))\b|\binadvertently\s+made\s+(?:\w+\s+){0,4}accessible\b|\b(?:was|were|had|has|have)\s+(?:inadvertently\s+|mistakenly\s+|accidentally\s+)?(?:been\s+)?left\s+(?:\w+\s+){0,2}(?:accessible|available|exposed)\b/i,
);

// A notice that makes telling people conditional on a finding still to come ("we will write to
// you if our review shows that your details were involved"; "should the analysis find …" is not
// read; "we will act once any impact on residents is confirmed": the impact itself still to be
// found): it has concluded nothing about the data yet. Where the rules read no status, status-model.ts
// then gives none. Not "the investigation is ongoing" alone: letters say it beside a hedge the model
// reads well ("we believe some of your data may be affected").
export const STILL_OPEN_EN = gate(
  /\bif\s+(?:the|our|this|its)\s+(?:(?:ongoing|forensic|continuing)\s+)?(?:investigation|review|inquiry|analysis)\s+(?:determines|finds|reveals|shows|identifies|confirms)\s+that\b|\b(?:once|when|if|until|should|as\s+soon\s+as)\s+(?:any\s+)?(?:potential\s+)?(?:impact|exposure|involvement|compromise)\s+(?:(?:on|to|of)\s+(?:[\w-]+\s+){1,3}?)?(?:is|has\s+been)\s+(?:confirmed|determined|identified|established)\b/i,
);
