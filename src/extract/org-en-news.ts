import { factOf as fact } from './fact.js';
import { notIssuer } from './org-en.js';
import type { Segment } from './segment.js';
import type { Fact } from './types.js';

/**
 * English issuers read as a news report or a web page names them, and the checks every English
 * answer passes before it is given:
 *
 * - the subject of a headline ("Acme Bank tells customers …", "Acme Council hit by cyber attack",
 *   "Acme data breach: …") and of the breach predicate in the first sentences ("Acme said it was hit
 *   by …", "Acme has notified 300 patients", "a cyber attack on Acme", "the incident of Acme");
 * - a short form resolved against the text: "the District" or "the Fund" is the fuller name ending so
 *   ("Example Unified School District"), "the DHB" the name whose initials end so ("Example District
 *   Health Board"); a bare kind word the text never expands is no name, and the answer is withheld;
 * - no person ("…, Neeno said" after "Joan Neeno, director of …"; "Acme CEO Jane Roe" is Acme), no
 *   term the text defines for a common noun ("online shops (“Shops”)", "(the Incident)").
 */

// A run of capitalised words, joined by of/and/for/the/&.
const CAP = String.raw`[A-Z][\w&'’.-]*`;
const NAME = String.raw`${CAP}(?:\s+(?:${CAP}|of|and|for|the|&)){0,7}`;

/** Bodies that act in a breach story without issuing the notice: its readers, its attackers. */
const AGENT =
  /^(?:Police|Hackers?|Attackers?|Researchers?|Experts?|Regulators?|Watchdog|Court|Judge|Lawsuit|Report|Study|Update|Notice|Statement|Patients?|Customers?|Students?|Staff|Families|Parents|People|Residents|Millions?|Thousands?|Hundreds?|Data|Information|Details|Records|Affected|Cyber|Breach|Incident|Event|Attack|Cyberattack|Ransomware|Investigation|Investigators?|Officials?|Government|Minister|Ministry|Privacy|Security)$/;
/** Words for the incident itself ("(the Incident)", "The Breach resulted in …"). */
const INCIDENT_WORD =
  /^(?:Incident|Breach|Event|Attack|Matter|Issue|Intrusion|Compromise|Cyberattack|Cyber\s+Attack|Data\s+Breach|Security\s+Incident)$/;
/** Countries (a page's market strip, "under the U.K. data protection laws"): never an issuer. */
const COUNTRY =
  /^(?:U\.?K\.?|Britain|Great\s+Britain|England|Scotland|Wales|Ireland|Australia|New\s+Zealand|Canada|India|Singapore|Hong\s+Kong|China|Japan|Europe|EU|NZ|AU)$/;

const LEAD_WORD =
  /^(?:The|On|In|At|During|While|After|Before|As|This|That|It|If|When|Upon|Since|However|Meanwhile|Last|Earlier|Yesterday|Today|Now|But|And|So|Also|Almost|More|Some|About|Clothing|Retail|Retailer|Giant|Firm|Company)\s+/;

/** A name stripped of an opening word and of a possessive, or null when nothing is left. */
function trimName(raw: string): string | null {
  let name = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[’']s?$/, '');
  for (let m = LEAD_WORD.exec(name); m; m = LEAD_WORD.exec(name)) name = name.slice(m[0].length);
  name = name
    .replace(/\s+(?:of|and|for|the|&)$/, '')
    .replace(/([a-z]{3})\.$/, '$1')
    .trim();
  return name.length >= 2 ? name : null;
}

/** A headline's own kind word opening a name: "Notice of Payment Card Security Incident" names no one
 * ("Update Legal" may). */
const NOTICE_WORD =
  /^(?:(?:Notice|Notification|Update|Statement|Announcement|Message|Letter|Alert)(?:\s+(?:of|on|to|regarding|about|from|for)\b|$)|Important\s+(?:Notice|Information|Update|Message|Security)\b|FAQs?\b)/;

/** Whether a name is one the checks below never give (an agent, an incident word, a country). */
function unfit(name: string): boolean {
  return AGENT.test(name) || INCIDENT_WORD.test(name) || COUNTRY.test(name) || NOTICE_WORD.test(name);
}

/**
 * A sentence or headline with the appositive or relative clause after its subject dropped ("Acme, a
 * technology company, confirms …", "Acme, which owns the stores, confirmed …" → "Acme confirms …"):
 * the subject readers want the verb right after the name.
 */
const APPOSITIVE =
  /([A-Z][\w&'’.-]*),\s+(?:(?:a|an|the)\s+[a-z]|which\s|who\s)[^,.;:()"“”]{2,80}?,\s+(?=[a-z])/g;
const APPOSITIVE_HINT = /,\s(?:an?|the|which|who)\s/;
// The body's seat set off by commas: "Acme Clinic in Riverton, N.Y., began notifying …".
const SEAT =
  /([A-Z][\w&'’.-]*)\s+in\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s+(?=[a-z])/g;
export function withoutAppositive(text: string): string {
  const t = APPOSITIVE_HINT.test(text) ? text.replace(APPOSITIVE, '$1 ') : text;
  return t.includes(' in ') ? t.replace(SEAT, '$1 ') : t;
}

// Verbs a headline gives its subject ("tells", "hit by", "to notify"), or any verb after an adverb
// ("sharply criticised").
const HEAD_VERB =
  /^(?:[a-z]{2,}ly\s+[a-z]{3,}(?:ed|es|s)\b|(?:[a-z]+ly\s+)?(?:tells?|told|says?|said|confirms?|confirmed|notif(?:ies|y|ied)|warns?|warned|alerts?|alerted|reports?|reported|admits?|admitted|discloses?|disclosed|reveals?|revealed|announces?|announced|apologi[sz]es|apologi[sz]ed|suffers?|suffered|hit|hacked|breached|targeted|attacked|investigat(?:es|ing|ed)|condemn(?:s|ed)|reprimand(?:s|ed)|fined|sued|faces|blames|loses|lost|exposes|exposed|leaks|leaked|falls|fell|sends|sent|contacts|contacted|informs|informed|urges|urged|responds|probes|writes|emails|emailed|to\s+(?:tell|notify|alert|contact|warn|inform|write|email)|(?:provides?|provided|issues?|issued|posts?|posted|gives?)\s+(?:an?\s+)?(?:notice|notification|update|statement|information)|(?:is|was|has|had|have)\s+(?:been\s+)?(?:hit|hacked|breached|targeted|attacked|investigating|notifying|warning|contacting|telling|emailing|fined|sued|(?:the|a)\s+victim)|data\s+(?:security\s+|privacy\s+)?(?:breach|incident|event)|cyber(?:security)?\s+incident|privacy\s+incident|(?:cyber[-\s]?)?attack|breach|hack|ransomware|cyber\s+incident|security\s+incident)\b)/;
const NAME_ALONE = new RegExp(String.raw`^(?:The\s+)?${NAME}$`);
// Any verb in the present ("Acme raises count of …") when the headline is about a breach.
const PRESENT_VERB = /^[a-z]{3,}(?<!ss|us|is)s\s/;
const BREACH_WORDS =
  /\b(?:data\s+breach|breach(?:ed)?|hack(?:ed|ers?)?|cyber-?\s?attack|ransomware|stolen|leak(?:ed)?)\b/i;

/** Whether the opening sentences speak as "we" or "our" outside quotation marks. */
function ownVoice(segments: Segment[]): boolean {
  return segments
    .slice(0, 12)
    .some((s) => /\b(?:[Ww]e|[Oo]ur)\b/.test(s.text.replace(/[“"][^”"]*[”"]/g, '')));
}

/** Whether a headline is in Title Case ("Acme Bank Notifies Customers"): few words in lower case. */
function isTitleCase(title: string): boolean {
  const words = title.trim().split(/\s+/);
  return words.filter((w) => /^[a-z]/.test(w)).length * 4 <= words.length;
}

/** The subject a headline opens with, when a headline verb follows it, or null. */
export function headlineSubject(title: string): string | null {
  const words = title.trim().split(/\s+/);
  // A headline in Title Case is read with its verb lower-cased.
  const titleCase = isTitleCase(title);
  // Every split point of the name: the shortest name followed by a headline verb.
  for (let k = 1; k <= 7; k++) {
    if (words.length <= k) break;
    const name = words.slice(0, k).join(' ');
    if (!NAME_ALONE.test(name)) break;
    const rest = words.slice(k).join(' ');
    const verb =
      HEAD_VERB.test(titleCase ? rest.toLowerCase() : rest) ||
      (!titleCase && PRESENT_VERB.test(rest) && BREACH_WORDS.test(rest));
    if (!verb) continue;
    const out = trimName(name);
    return out && !unfit(out) && !notIssuer(out) ? out : null;
  }
  return null;
}

// A headline that names its sender after the notice's own word: "Statement from Acme Hospital regarding
// …", "Update on Acme Health cybersecurity incident", "Notice to Patients of Acme Family Medicine".
const HEADLINE_SENDER: RegExp[] = [
  new RegExp(
    String.raw`^(?:Statement|Notice|Update|Message|Letter|Announcement|Information|Notification)\s+(?:from|by)\s+(?:the\s+)?(${NAME})(?:\s+(?:regarding|about|on|concerning|to)\b|\s*[:–—-]|$)`,
  ),
  new RegExp(
    String.raw`^(?:Update|Notice|Information|Statement)\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?(${NAME})\s+(?:data|cyber|cybersecurity|security|privacy|network|system|systems|e-?mail|ransomware|IT)\b`,
    'i',
  ),
  new RegExp(String.raw`^Notice\s+to\s+(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?(${NAME})$`),
];

/** The sender a headline names after its own word ("Statement from Acme"), or null. */
function headlineSender(title: string): string | null {
  for (const re of HEADLINE_SENDER) {
    const m = re.exec(title.trim());
    // (Title Case: the name stops before a lower-cased predicate's words "Data Security Incident".)
    const name = m
      ? trimName(
          m[1]!.replace(
            /\s+(?:Data|Cyber(?:security)?|Security|Privacy|Network|Systems?|E-?mail|Ransomware|IT)(?:\s+[A-Z]\w*)*$/,
            '',
          ),
        )
      : null;
    if (name && !unfit(name) && !notIssuer(name)) return name;
  }
  return null;
}

// A subject opens its clause: no word of a name before it (the whole run of capitals is read), no preposition ("connected to the Acme
// Network was compromised" is about a computer).
const SUBJECT_START = String.raw`(?=[A-Z])(?<![\w&'’.-])(?<![A-Z][\w&'’.-]*\s)(?<!\b(?:to|of|with|by|from|at|on|in|for|into|onto|via|about)\s(?:the\s)?)`;
// A name's start anywhere (after a preposition too): the whole run of capitals is read.
const NAME_START = String.raw`(?=[A-Z])(?<![\w&'’.-])(?<![A-Z][\w&'’.-]*\s)`;
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
// A reported clause without "that" opens with a count or an attacker: "Acme said more than 5,000
// customers had …", "Acme says hackers stole …".
const REPORTED_OPENING = String.raw`(?:(?:more\s+than|over|about|nearly|almost|approximately|around|up\s+to|some)\s+)?\d|(?:hackers|attackers|cyber-?criminals|criminals|thieves|an?\s+unauthori[sz]ed|someone|an?\s+(?:hacker|attacker|intruder|thief))\b`;
// The breach predicate of a news report's first sentences; the name is group 1.
const BREACH_SUBJECT: RegExp[] = [
  // "Acme said it was hit by …", "Acme confirmed its systems were …", "Acme says it has suffered".
  new RegExp(
    String.raw`${SUBJECT_START}(${NAME})\s+(?:has\s+)?(?:said|says|confirmed|confirms|announced|disclosed|revealed|admitted|stated)\s+(?:on\s+[A-Z]\w+\s+|today\s+|yesterday\s+|${WEEKDAY}\s+)?(?:that\s+)?(?:it|its)\s+(?:was|had|has|is|suffered|experienced|sustained|learned|discovered|detected|identified|became|systems|network|computer|servers|data|information|IT)\b`,
  ),
  // The lead's announcement with the breach in its that-clause: "The phone maker Acme announced
  // Friday that data from some customers was stolen" (the subject of the reporting verb, a
  // descriptor of lower-case words before it; an adverb may stand between: "Acme originally said that").
  new RegExp(
    String.raw`${SUBJECT_START}(${NAME})\s+(?:has\s+)?(?:[a-z]{3,}ly\s+)?(?:announced|disclosed|revealed|confirmed|said|says|reported|reports)\s+(?:on\s+[A-Z]\w+\s+|today\s+|yesterday\s+|${WEEKDAY}\s+|(?:late\s+|early\s+)?(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?(?:that\s+|(?=${REPORTED_OPENING}))[^.;]{0,160}?\b(?:breach\w*|hack\w*|stolen|stole|hijacked|exposed|compromised|accessed|attack\w*|leak\w*|unauthori[sz]ed)\b`,
  ),
  // "Acme's information systems were hit by", "Acme was targeted by hackers".
  new RegExp(
    String.raw`${SUBJECT_START}(${NAME})(?:[’']s\s+(?:[\w-]+\s+){0,2}(?:systems?|network|servers?|computers?|website|database))?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:hit|targeted|attacked|breached|hacked|compromised)\b`,
  ),
  // "Acme had a data breach", "Acme has suffered a cyber attack", "Acme is investigating a breach"
  // (not "we learned that Acme had experienced …": a pluperfect tells a vendor's story).
  new RegExp(
    String.raw`${SUBJECT_START}(${NAME})\s+(?:has\s+|recently\s+)?(?:suffered|sustained|experienced|had|reported|disclosed|confirmed|announced|detected|discovered|is\s+investigating|fell\s+victim\s+to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:breach|cyber-?\s?attack|attack|incident|hack|intrusion)\b`,
  ),
  // "Acme will be telling 4200 people", "Acme has notified 300 patients", "Acme is contacting customers".
  new RegExp(
    String.raw`${SUBJECT_START}(${NAME})\s+(?:recently\s+)?(?:has\s+|have\s+|will\s+|is\s+|are\s+|had\s+|has\s+begun\s+|began\s+)?(?:be\s+|been\s+)?(?:notif(?:y|ying|ied)|tell(?:ing)?|contact(?:ing|ed)?|warn(?:ing|ed)?|writ(?:ing|ten)\s+to|alert(?:ing|ed)?|e-?mail(?:ing|ed)?|inform(?:ing|ed)?)\s+(?:about\s+|approximately\s+|more\s+than\s+|some\s+|around\s+|nearly\s+|over\s+|another\s+)?(?:[\d,]+\s+|its\s+|their\s+|affected\s+|all\s+|the\s+|current\s+|former\s+)?(?:[\w-]+\s+)?(?:customers|patients|people|individuals|members|staff|employees|students|users|clients|families|residents|parents|account\s?holders|subscribers|participants)\b`,
  ),
  // "patients affected by the Acme Health data breach", "after the Acme cyber attack".
  new RegExp(
    String.raw`\b(?:by|in|after|following|from|over|about)\s+(?:the\s+|a\s+|an\s+)?(${NAME})(?:[’']s)?\s+(?:data\s+breach|cyber[-\s]?attack|breach|hack|ransomware\s+attack|security\s+incident|cyber\s+incident)\b`,
  ),
  // "a cyber-attack on the Acme Library", "the breach at Acme", "the data breach incident of Acme".
  new RegExp(
    String.raw`\b(?:[Cc]yber[-\s]?[Aa]ttacks?|[Rr]ansomware\s+[Aa]ttacks?|[Aa]ttacks?|[Bb]reach(?:es)?|[Hh]acks?|[Ii]ncidents?|[Ii]ntrusions?)\s+(?:on|at|against)\s+(?:the\s+)?(${NAME})|\b(?:[Bb]reach\s+[Ii]ncident|[Ss]ecurity\s+[Ii]ncident|[Cc]yber\s+[Ii]ncident)\s+(?:of|involving)\s+(?:the\s+)?(${NAME})`,
  ),
  // "hackers stole data from Acme, one of …", "thieves took records of Acme": the body robbed, when
  // the name closes the phrase (not "from Acme Cloud servers": a product or place of it).
  new RegExp(
    String.raw`\b(?:stole|steal|stolen|took|taken|exfiltrated|downloaded)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:data|information|records|files|details)\s+(?:from|of|held\s+by)\s+(?:the\s+)?(${NAME})(?=\s*(?:[,.;]|\s(?:and|in|on|last|this|earlier|between|after|during|before)\b|$))`,
  ),
  // "according to Acme’s mandatory public notice", "Acme's statement said": the notice is the body's.
  new RegExp(
    String.raw`${NAME_START}(${NAME})[’']s?\s+(?:(?:mandatory|public|official|written|own|breach|website|press)\s+){0,2}(?:notice|notification|statement|letter|press\s+release|filing|disclosure)\b`,
  ),
];
// What each BREACH_SUBJECT match holds, tested first (the patterns try a name at every capital).
const BREACH_NEEDS: RegExp[] = [
  /\b(?:said|says|confirm|announced|disclosed|revealed|admitted|stated)\w*\s/,
  /\b(?:said|says|confirmed|announced|disclosed|revealed|reported|reports)\s(?:[^.;]{0,30}?that\s|[^.;]{0,30}?\b(?:\d|hackers|attackers|criminals|thieves|unauthori[sz]ed|someone|hacker|attacker|intruder|thief))/,
  /\b(?:was|were|been)\s+(?:hit|targeted|attacked|breached|hacked|compromised)\b/,
  /\s(?:suffered|sustained|experienced|had|reported|disclosed|confirmed|announced|detected|discovered|investigating|victim\s+to)\s+(?:an?|the)\s/,
  /\b(?:notif|tell|contact|warn|writ|alert|e-?mail|inform)\w*\s/,
  /\s(?:data\s+breach|cyber[-\s]?attack|breach|hack|ransomware\s+attack|security\s+incident|cyber\s+incident)\b/i,
  /\s(?:on|at|against|of|involving)\s/,
  /\b(?:stole|steal|stolen|took|taken|exfiltrated|downloaded)\s/,
  /[’']s?\s+(?:[\w-]+\s+){0,2}(?:notice|notification|statement|letter|release|filing|disclosure)\b/,
];
const BREACH_HINT =
  /\b(?:stole|steal|took|taken|exfiltrated|downloaded|said|says|confirm|announc|disclos|reveal|admit|stated|was|were|been|suffered|sustained|report|experienced|had|notif|tell|contact|warn|writ|alert|mail|inform|[Aa]ttack|[Bb]reach|[Hh]ack|[Ii]ncident|[Ii]ntrusion|investigating)/;

/**
 * The breached body a news report or a web page names: the headline's subject, then the subject
 * (or object) of the breach predicate in the first twelve sentences. `skip` rejects names another
 * check knows are someone else (a vendor the letter's idioms name, a person); a headline's subject
 * is the story's (a report's "X stated that" reads as a vendor's to the letter readers), so only
 * `notName` is asked of it.
 */
export function breachSubjectEn(
  headlines: Segment[],
  segments: Segment[],
  skip: (name: string) => boolean,
  notName: (name: string) => boolean,
): Fact<string> | null {
  for (const h of headlines) {
    const name = headlineSubject(withoutAppositive(h.text)) ?? headlineSender(h.text);
    if (!name || notName(name)) continue;
    // A news report's Title Case headline capitalises every word ("State School System Sends Breach
    // Notices"): its subject is a name only when the body writes it so too. A page that speaks as "we"
    // is the writer's own, and its headline names the writer ("Acme Provides Notice of …").
    const own = h.text.trim();
    if (
      isTitleCase(own) &&
      !ownVoice(segments) &&
      !segments.some((s) => s.text.trim() !== own && s.text.includes(name))
    )
      continue;
    return fact(name, h, 0.6);
  }
  for (const seg of [...headlines, ...segments.slice(0, 12)]) {
    if (!BREACH_HINT.test(seg.text)) continue;
    const text = withoutAppositive(seg.text);
    let best: { name: string; at: number } | null = null;
    for (let k = 0; k < BREACH_SUBJECT.length; k++) {
      if (!BREACH_NEEDS[k]!.test(text)) continue;
      const m = BREACH_SUBJECT[k]!.exec(text);
      if (!m) continue;
      // "the Dallas public school system": a name before a lower-case head noun is where the body is.
      if (PLACE_MODIFIER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      const name = trimName(m[1] ?? m[2]!);
      if (!name || unfit(name) || notIssuer(name) || skip(name)) continue;
      if (!best || m.index < best.at) best = { name, at: m.index };
    }
    if (best) return fact(best.name, seg, 0.55);
  }
  // A report that calls the body by its kind as a sentence's subject ("The District has no reason
  // to …"): the kind word, which settleEn resolves to the fuller name the text gives.
  for (const seg of segments.slice(0, 12)) {
    const m = KIND_SUBJECT.exec(seg.text);
    if (m && KIND.test(m[1]!)) return fact(m[1]!, seg, 0.45);
  }
  return null;
}

const PLACE_MODIFIER =
  /^\s+(?:[a-z]+\s+){0,2}(?:public|school|county|city|area|state|local|based|hospital|health|medical|system|district|office|branch|store|location|clinic|campus|government|police)\b/;
const KIND_SUBJECT =
  /^\s*The\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:has|had|is|was|said|says|learned|discovered|will|immediately|notified|believes|began|determined)\b/;

// Words for a kind of body: "the District", "the Fund", "the District Office" name no one alone.
const KIND =
  /^(?:District|Office|Fund|Board|Council|Company|Hospital|Library|School|City|County|Town|Firm|Agency|Bank|Authority|Trust|Department|Group|Practice|Clinic|Centre|Center|Society|Association|Union|Institute|University|College|Service|Ministry|Commission|Committee|Foundation|Plan|Network|Organi[sz]ation|Club|Church|Museum|Corporation|Partnership|Health|Credit|Health\s+Board|School\s+District|District\s+Office|Health\s+System|Medical\s+Center|Credit\s+Union|Water\s+District|Unified\s+School\s+District)$/;
const ACRONYM = /^[A-Z]{2,6}$/;

// A word of a name read across the text: a period only closes a short abbreviation (Mt., St.), so a
// run stops at a sentence's end ("… District. The District …").
const WORD = String.raw`(?:[A-Z][a-z]?\.|[A-Z][\w&'’-]*)`;

/** The fuller names in `text` that end with the words of `short` ("Example School District" for "District"). */
function fullerNames(short: string, text: string): string | null {
  // (A name stands on one line: [ \t], not \s.)
  const words = short.split(/\s+/).join(String.raw`[ \t]+`);
  const re = new RegExp(String.raw`((?:${WORD}[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?){1,6})${words}\b`, 'g');
  const counts = new Map<string, number>();
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = trimName(`${m[1]!}${short}`);
    if (!name || name === short || name.split(' ').length <= short.split(' ').length) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // "the Board" for "Board of Example Trades": the kind word opening the name.
  const of = new RegExp(
    String.raw`\b${words}[ \t]+of[ \t]+(${WORD}(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?${WORD}){0,5})`,
    'g',
  );
  for (let m = of.exec(text); m !== null; m = of.exec(text)) {
    const name = `${short} of ${m[1]!}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best ? best[0] : null;
}

const NAME_RUN = new RegExp(String.raw`${WORD}(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?${WORD})+`, 'g');

/** The name whose capitalised words' initials end with `acronym` ("Example District Health Board" for "DHB"). */
function byInitials(acronym: string, text: string): string | null {
  const run = NAME_RUN;
  run.lastIndex = 0;
  const counts = new Map<string, number>();
  for (let m = run.exec(text); m !== null; m = run.exec(text)) {
    const words = m[0].split(/\s+/);
    const caps = words.map((w, i) => ({ w, i })).filter((x) => /^[A-Z]/.test(x.w));
    const n = acronym.length;
    for (let k = 0; k + n <= caps.length; k++) {
      const window = caps.slice(k, k + n);
      if (window.map((x) => x.w[0]).join('') !== acronym) continue;
      // Words up to the window's last are the name (a place before it is part of it).
      const name = trimName(words.slice(0, window[n - 1]!.i + 1).join(' '));
      if (name && name !== acronym && !/^[A-Z]{2,6}$/.test(name))
        counts.set(name, (counts.get(name) ?? 0) + 1);
      break;
    }
  }
  let best: [string, number] | null = null;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best ? best[0] : null;
}

const ROLE = String.raw`(?:[Dd]irector|[Ss]pokes(?:wo)?(?:man|person)|[Mm]anager|[Oo]fficer|[Pp]resident|[Cc]hair(?:man|woman|person)?|[Cc]hief(?:\s+[Ee]xecutive)?|[Hh]ead|CEO|CFO|CIO|CTO|CISO|COO|[Ee]xecutive|[Ff]ounder|[Oo]wner|[Mm]inister|[Cc]ommissioner|[Ss]ecretary|[Ss]uperintendent|[Pp]rincipal|[Dd]ean|[Pp]rofessor|[Aa]nalyst|[Rr]esearcher|[Ll]awyer|[Aa]ttorney|[Cc]ounsel|[Cc]oordinator|[Aa]dministrator)`;
const PERSON = String.raw`([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)`;
const PERSON_FORMS: RegExp[] = [
  // "Joan Neeno, director of marketing", "Jane Roe, the company's spokesperson".
  new RegExp(
    String.raw`\b${PERSON},\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?${ROLE}\b`,
    'g',
  ),
  // "said Jane Roe", "according to Jane Roe".
  new RegExp(String.raw`\b(?:said|says|told|according\s+to|added|explained|wrote)\s+${PERSON}`, 'g'),
  // "CEO Jane Roe", "chief executive Jane Roe" (on one line: a caption's last word "Head" above a
  // paragraph opening "Acme Widgets, …" is no title).
  new RegExp(String.raw`\b${ROLE}[ \t]+${PERSON}`, 'g'),
];
// "Acme CEO Jane Roe": a role and a person after the body's name.
const ROLE_TAIL = new RegExp(String.raw`\s+${ROLE}\s+${PERSON}$`);
/** A weekday (not after "on") or a verb of the sentence closing a name: "Acme Sunday", "Acme Has". */
const CLAUSE_TAIL =
  /(?<!\bon)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|\s+(?:Has|Have|Had|Is|Was|Were|Will|Says|Said)$/;
const TITLED = /\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+([A-Z][a-z'’-]+)/g;
// "online retailers (“Retailers”)", "… encrypted (the Incident)": a term defined for a common noun.
const COMMON_TERM =
  /\b([a-z][a-z-]+)\s*\(\s*(?:the\s+)?["“]?([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})["”]?\s*\)/g;

/** What the whole text says are people and common-noun terms, to check answers against. */
export interface NotNames {
  people: Set<string>;
  terms: Set<string>;
}

export function notNamesOf(text: string): NotNames {
  const people = new Set<string>();
  const terms = new Set<string>();
  for (const re of PERSON_FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      people.add(m[2]!);
      people.add(`${m[1]!} ${m[2]!}`);
    }
  }
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m !== null; m = TITLED.exec(text)) people.add(m[1]!);
  COMMON_TERM.lastIndex = 0;
  for (let m = COMMON_TERM.exec(text); m !== null; m = COMMON_TERM.exec(text)) {
    const term = m[2]!;
    const last = term.split(/\s+/).pop()!.toLowerCase();
    if (last === m[1]!.toLowerCase() || INCIDENT_WORD.test(term)) terms.add(term);
  }
  return { people, terms };
}

/** Whether a name is a person's or a common-noun term's, as the text shows. */
export function isNotName(name: string, not: NotNames): boolean {
  const n = name.replace(/^the\s+/i, '');
  return not.people.has(n) || not.terms.has(n) || unfit(n);
}

/**
 * Whether the text writes the kind word as a proper name: "The Medical Center" with a capital article
 * inside a sentence ("patients of The Medical Center") and again elsewhere — a body whose name is
 * the kind word, not a short form.
 */
function properThe(kind: string, text: string): boolean {
  const words = kind.split(/\s+/).join(String.raw`[ \t]+`);
  const inside = new RegExp(String.raw`(?<=[a-z,][ \t])The[ \t]+${words}\b`).test(text);
  return inside && (text.match(new RegExp(String.raw`\bThe[ \t]+${words}\b`, 'g'))?.length ?? 0) >= 2;
}

/**
 * An answer checked against the whole text: a person's role and name cut off ("Acme CEO Jane Roe"
 * → "Acme"), a bare kind word or an undefined acronym resolved to the fuller name the text gives,
 * and null for a person, a defined common noun, or a kind word the text never expands.
 */
export function settleEn(f: Fact<string> | null, text: string, not: NotNames): Fact<string> | null {
  if (!f) return null;
  let name = f.value;
  const role = ROLE_TAIL.exec(name);
  if (role && role.index > 0) name = name.slice(0, role.index);
  // A news sentence's day or verb read on as the name's last word ("advised Acme Sunday that …",
  // "Acme Has eliminated …"): no name ends so ("The Mail on Sunday" keeps its day).
  const tail = CLAUSE_TAIL.exec(name);
  if (tail && tail.index > 0) name = name.slice(0, tail.index);
  const bare = name.replace(/^the\s+/i, '').trim();
  if (isNotName(bare, not)) return null;
  if (KIND.test(bare)) {
    if (properThe(bare, text)) return { ...f, value: `The ${bare}` };
    const full = fullerNames(bare, text);
    return full && !isNotName(full, not) ? { ...f, value: full } : null;
  }
  if (ACRONYM.test(bare)) {
    const full = byInitials(bare, text);
    if (full && !isNotName(full, not)) return { ...f, value: full };
  }
  return name === f.value ? f : { ...f, value: name };
}

// "Acme Group — the parent company of Beta Grill and Gamma Bistro — announced …", "Acme Holdings, the
// owner of restaurant chains such as Beta Grill, said": the body that speaks for its brands.
const PARENT_SPEAKS = new RegExp(
  String.raw`(${NAME})\s*(?:,|[—–]|\s-\s)\s*(?:the\s+|its\s+)?(?:parent(?:\s+company)?|owner|operator|franchisor)\s+of\s+([^—–;()]{2,160}?)\s*(?:,|[—–]|\s-\s)\s*(?:has\s+|have\s+|also\s+|on\s+[A-Z][a-z]+\s+)?(?:announced|disclosed|reported|confirmed|said|says|stated|notified|revealed|is\s+notifying)\b`,
  'g',
);

/** The parent company the text has speak for the brand `name`, or null. */
export function parentOf(name: string, text: string): string | null {
  if (!/parent|owner|operator|franchisor/.test(text)) return null;
  const brand = name.replace(/[’']s?$/, '').toLowerCase();
  PARENT_SPEAKS.lastIndex = 0;
  for (let m = PARENT_SPEAKS.exec(text); m !== null; m = PARENT_SPEAKS.exec(text)) {
    const parent = trimName(m[1]!);
    if (parent && parent.toLowerCase() !== brand && m[2]!.toLowerCase().includes(brand)) return parent;
  }
  return null;
}
