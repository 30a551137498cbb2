import { factOf as fact } from './fact.js';
import {
  englishIssuer,
  expandAcronym,
  isServiceFirm,
  isVendor,
  notIssuer,
  ON_BEHALF,
  QUESTION_OPENING,
  vendorNames,
} from './org-en.js';
import { hostNamedEn, publicSelfKindsEn, publicSelfNameEn } from './org-en-host.js';
import {
  breachSubjectEn,
  isNotName,
  notNamesOf,
  parentOf,
  settleEn,
  withoutAppositive,
} from './org-en-news.js';
import { fromHeaderEn, letterheadEn, signedEn } from './org-en-sign.js';
import { joinTexts, type Segment } from './segment.js';
import type { Fact } from './types.js';

/**
 * The issuer of an English notice, read by org.ts: a defined term ("Acme Widgets, Inc. (“Acme”)"),
 * a cue that names the writer ("At X, we", "X is writing", "X learned/discovered", "an incident at
 * X"), then the organisation signed under the letter's closing, the letterhead above its address,
 * and last the vendors' and own-asset cues of org-en.ts. Advisors and vendors named in passing are
 * skipped; a short form is expanded from the whole letter.
 */

const EN_DEFINED =
  /((?:The\s+)?[A-Z][\w&'’.-]*(?:[ ,]+(?:[A-Z][\w&'’.-]*|of|and|the|for|d\/b\/a|&)){0,8}?,?\s+(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Corp\.?|Corporation|Company|Co\.|PLC|plc|GmbH|LLP|LP|N\.A\.|P\.C\.|PLLC))\s*\(\s*(?:the\s+)?["“”]/;
const EN_INCIDENT_AT =
  /\b(?:incident|breach)\s+(?:(?:that|which)\s+(?:has\s+|had\s+)?(?:occurred|took\s+place)\s+(?:on\s+[^.]{0,40}?\s+)?)?at\s+((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|on|for|&)){0,6}?)(?=\s+(?:that|which|in|on\s+(?:[A-Z][a-z]+\s+\d|\d)|may|has|could|where|affecting|involving)\b|[,.]|\s*\()/;
/**
 * A greeting that addresses the organisation's own people: "Dear Acme Customer,", "To All Acme
 * Customers,", "To Our Acme Community," — the writer is the one whose customers they are.
 * ("Dear Valued Customer" names no one.)
 */
const EN_SALUTATION =
  /^(?:Dear|To)\s+(?:(?:All|Our|Valued|Fellow)\s+){0,2}(?!(?:Valued|Fellow|Sir|Madam|Customers?|Members?|Users?|Patients?|Clients?)\b)([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}?)\s+(?:Customers?|Users?|Members?|Community|Clients?|Patients?|Subscribers?|Account\s?holders?|Cardholders?|Shoppers?|Families)\s*[,:]/;

/** The organisation a greeting among the first lines addresses the people of (EN_SALUTATION). */
function salutationEn(lines: Segment[], vendors: Set<string>): Fact<string> | null {
  for (const line of lines.slice(0, 15)) {
    const text = line.text.trim();
    if (!text.startsWith('Dear') && !text.startsWith('To ')) continue;
    const m = EN_SALUTATION.exec(text);
    const name = m ? cleanEn(m[1]!) : null;
    if (name && !isVendor(name, vendors) && !notIssuer(name)) return fact(name, line, 0.45);
  }
  return null;
}

// "At Acme, we", "At Acme Credit Union we take", "At Acme, our goal is", "At Acme, the privacy of …",
// "… seriously at Acme" ("At Acme, our security team …" may quote a vendor's statement).
const EN_AT =
  /\bAt\s+([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of)){0,5}),?\s+(?:we|our\s+(?:(?:top|first|highest)\s+)?(?:goal|priority|commitment|mission|patients|customers|members|guests|clients)|the\s+(?:privacy|security|confidentiality|protection))\b|\bseriously\s+at\s+([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&)){0,5})/;
// (A name may hold a lower-case particle before a capitalised word: "Example de Namur University".)
const EN_WRITING =
  /^([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|&|(?:de|du|del|della|des|la|le|van|von|der|den|da|dos)(?=\s+[A-Z]))){0,6}(?:,\s+(?:LLP|LLC|PLLC|L\.L\.P\.|L\.L\.C\.|P\.C\.|P\.A\.|Inc\.?|Ltd\.?|Corp\.?|Co\.|N\.A\.)(?=,))?),?\s+(?:is\s+(?:currently\s+|now\s+|today\s+)?(?:writing|notifying)|recently\s+(?:learned|discovered|became)|learned|discovered|determined|became\s+aware|received|has\s+(?:learned|discovered|confirmed)|confirmed|values|takes|is\s+committed)\b/;
const EN_EXPERIENCED =
  /\b(?:incident|breach)\s+(?:experienced|suffered)\s+by\s+((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|&)){0,8})/;
const EN_SUBJECT =
  /(?:^|,\s+|\.\s+)(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|for|the)\s+)?){0,6}[A-Z][\w&'’.-]*)\s+(?:learned|discovered|determined|became\s+aware|recently\s+discovered|received)\b/;
// The brackets may give several terms: ("ACH" or "Hospital"), (“we,” “us,” or “our”).
const EN_THE_TERM =
  /((?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|for|the)\s+)?){1,7}[A-Z][\w&'’.-]*)\s*\(\s*(?:the\s+)?["“”](?:(?:the\s+)?[A-Z][\w .]{1,30}|we|us|our),?["”](?:,?\s*(?:or\s+|and\s+)?(?:the\s+)?["“”][\w .]{1,30},?["”]){0,3}\s*\)/;
const EN_ADVISOR =
  /\b(?:forensics?|experts?|firms?|counsel|vendors?|providers?|consultants?|attorneys?|law\s+firm)\b[^.]{0,40}$/i;
// A defined term the sentence names as someone else's: "a platform operated by Acme Inc. (“Acme”)",
// "notified by the Acme Agency (“AA”)"; or whose words after it say so: "Acme Inc. (“Acme”), a
// third-party data vendor", "…, which maintains our clients’ information", "… whom we utilized".
const EN_BY_BEFORE =
  /\b(?:(?:operated|provided|maintained|hosted|managed|developed|run|owned|notified|informed|contacted|alerted|advised|told)\s+by|involving)\s+(?:the\s+)?(?:[A-Z][\w&'’.,-]*\s+|(?:of|and|the|for|&)\s+)*$/;
// A defined term the writer reported the incident to: "we reported the event to the FBI (“FBI”) and the
// Department of Health and Human Services (“HHS”)", "we notified the Examplia Privacy Office (“EPO”)".
const EN_REPORTED_BEFORE =
  /\b(?:[Ww]e|I)\s+(?:[a-z]+\s+){0,3}?(?:reported|notified|contacted|alerted|informed)\s+(?!(?:you|them|him|her|us)\b)[^.]{0,160}$|\breported\s+(?:[^.]{0,60}?\s)?to\s+[^.]{0,120}$/;
/** "our Acme Student Information System (“SIS”)": a thing of the writer's, not the writer. */
const EN_OWN_BEFORE = /\b(?:our|its|their|your)\s+$/i;
const EN_THIRD_AFTER =
  /^[^.)]{0,40}?\)\s*(?:,\s+(?:(?:a|an|the|our|its)\s+[^.,]{0,60}?\b(?:vendors?|providers?|suppliers?|processors?|contractors?|firm|consultants?|administrators?|compan(?:y|ies)\s+that)\b|(?:which|who)\s+[^.]{0,80}?\b(?:our|us)\b)|\s+(?:whom|which)\s+(?:we|[A-Z]))/;
const EN_POSSESSIVE =
  /^([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[’']s\s+(?:commitments?|investigation|systems?|website|network)\b/;
// "this letter from Acme", "official correspondence from Acme Health, Inc.", "a notice from Acme",
// "several letters from the Acme County Department … were misplaced", "an email this morning from Acme".
const EN_NOTIFICATION_FROM =
  /\b(?:letters?|correspondence|notices?|notifications?|messages?|e-?mails?)(?:\s+(?:this|last|today|yesterday|recently|morning|afternoon|evening|night|week)){0,3}\s+from\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of)){0,5})/;
// "We, Acme Widgets, a provider of …", "our company, Acme Books", "On behalf of our client, Acme
// Hotels (“AH”)": the writer (or the client a law firm writes for) named beside its own word.
const EN_SELF_APPOSITIVE =
  /(?:^|[.;]\s+)We,\s+((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|&)){0,6})|\b[Oo]ur\s+(?:client|company|firm|organization|practice|business|hospital|clinic|school|district|agency|store|bank|credit\s+union),\s+((?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|&)){0,6})/;
// "customers of Acme", "you are a current or past customer of Acme Hosting", "a patient of Acme Clinic"
// (not "clients of Acme": a vendor's).
// (Not a site's sign-up prompt: "Not a member of Example yet? Sign up".)
const EN_CUSTOMERS_OF =
  /(?<!\bNot\s+(?:a|an|yet\s+a)\s+)\b(?:customers?|patients?|members?|subscribers?)\s+of\s+([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,4}(?<!\sof|\s&))(?!\s+yet\b)/;
// What every match of a pattern holds, tested first: most sentences hold neither, and these
// patterns start a name at every capital before they fail. A defined term's bracket and quote
// (EN_DEFINED, EN_THE_TERM); EN_SUBJECT's predicate.
const DEFINED_NEEDS = /\(\s*(?:the\s+)?["“”]/;
const SUBJECT_NEEDS = /(?:learned|discovered|determined|became\s+aware|received)\b/;
const EN_STOP =
  /^(?:On|In|At|During|While|After|Before|As|We|Our|This|That|The|It|If|When|Late|Beginning|Based|Following|For|Although|Upon|Since|Because|Findings|Despite|However|Immediately|To|Among|Both|Each|Free|Adults|You|Your|They|He|She|I|Its|Their|These|Those|Such|Once|Unfortunately|Regrettably)$/;

/** A month (and day, year) closed by a comma at the head of a name read across a date. */
const EN_DATE_LEAD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,\s+/;
function cleanEn(name: string): string | null {
  const words = name.trim().split(/\s+/);
  while (words.length > 0 && EN_STOP.test(words[0]!)) words.shift();
  const out = words
    .join(' ')
    // "Employees of Acme received …": the people named before the body are not its name.
    .replace(
      /^(?:Employees?|Staff|Members?|Customers?|Patients?|Clients?|Students?|Users?|Guests?)\s+(?:of|at)\s+(?:the\s+)?/,
      '',
    )
    // A date before the name ("On Friday 31st March, Acme plc (“Acme”) …") is no part of it.
    .replace(EN_DATE_LEAD, '')
    .replace(/[’']s$/, '')
    .replace(/([a-z]{3})\.$/, '$1')
    .trim();
  // A question's opening ("Am I impacted by this?", "What happened?") names no one.
  if (QUESTION_OPENING.test(out)) return null;
  if (
    out.length < 2 ||
    /^(?:Organization|Compan(?:y|ies)|College|Clinic|Department|Unauthorized|Customers?|Users?|Resort|Hotels?|Entit(?:y|ies)|Agency|Store|City|County|Town|Township|Village|Borough|State)$/i.test(
      out,
    )
  )
    return null;
  return out;
}

/**
 * Sentences cut by a wrapped line before a capital ("Acme confirmed to Four Seasons⏎Hotels and
 * Resorts that …") joined again: a segment of 30 or more characters that ends on a word or a comma
 * runs on into the next one when a single line break stands between them (not a blank line), unless
 * it reads as a heading (fewer than four lower-case words).
 *
 * @example joinWrapped(splitSentences('Acme confirmed to Four Seasons\nHotels that it was hit.')).length // → 1
 */
export function joinWrapped(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const last = out[out.length - 1];
    if (
      last &&
      last.text.length >= 30 &&
      /[a-z,]$/.test(last.text) &&
      !/\s(?:our|your|their|its)$/.test(last.text) &&
      // A heading in title case ("Notice of Data Security Incident") is no cut sentence.
      (last.text.match(/\s[a-z]/g)?.length ?? 0) >= 4 &&
      seg.start - last.end === 1 &&
      /^[A-Z]/.test(seg.text)
    )
      out[out.length - 1] = {
        text: `${last.text} ${seg.text}`,
        start: last.start,
        end: seg.end,
        line: last.line,
      };
    else out.push(seg);
  }
  return out;
}

// "Acme provides this notice on behalf of …", "Acme is submitting this letter": a vendor's own notice.
const SELF_NOTICE =
  /\b([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})(?:,?\s+(?:Inc|LLC|Ltd|Corp)\.?)?\s+(?:provides|is\s+providing|sends|is\s+sending|submits|is\s+submitting|files|is\s+filing)\s+(?:this|the\s+enclosed|the\s+attached)\s+(?:notice|letter|notification|report)\b/;

/**
 * A short form in capitals the writer ("we", "the county") contacted, notified or reported the matter
 * to ("Acme Forensics notified LPL that …" names the writer).
 */
const EN_TOLD_ACRONYM =
  /\b(?:[Ww]e|I|[Tt]he\s[a-z]+)\s(?:[a-z]+\s){0,2}?(?:contacted|notified|alerted|reported\s(?:(?:it|this|the\s+(?:matter|incident|breach|event))\s)?to)\s(?:the\s)?([A-Z]{2,6})\b(?!\s+(?:customers|patients|members|employees|staff|students|clients|users|residents|families))/g;

/** The site's name after the last separator of a page title ("Notice – Example Health"). */
const TITLE_SITE = /\s[-–—|]\s([^-–—|]{3,80})$/;

/**
 * The lines a page's headline may stand on: the title the structure read, and the first line of the
 * text when it stands alone (a blank line or the page's address around it; a letter's first line
 * that runs on into the next is a sentence, not a headline).
 */
function headlinesOf(lines: Segment[], title: Segment | null): Segment[] {
  const out: Segment[] = [];
  const url = (k: number) => /^\s*https?:\/\//.test(lines[k]!.text);
  // (splitLines keeps no empty line: a blank line shows as a gap in line numbers.)
  const gap = (a: number, b: number) =>
    a < 0 || b >= lines.length || url(a) || url(b) || lines[b]!.line - lines[a]!.line > 1;
  if (title) {
    // The title's last line must end its paragraph too.
    const last = lines.findIndex((l) => l.end >= title.end);
    if (last >= 0 && gap(last, last + 1)) out.push(title);
  }
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    if (url(i)) continue;
    const t = lines[i]!.text.trim();
    // A saved page's layout: its address, then its title on the next line (the body may follow
    // with no blank line between).
    const alone = gap(i - 1, i) && (gap(i, i + 1) || (i > 0 && url(i - 1)));
    if (alone && t.length <= 150 && !/[.:;]$/.test(t) && !out.some((o) => o.text === t)) out.push(lines[i]!);
    break;
  }
  return out;
}

// A law firm's letter names its client: "We represent Acme Farms in connection with …", "This firm
// represents Acme Health", "we serve as counsel to Acme".
const EN_REPRESENT =
  /\b(?:[Ww]e\s+represent|(?:[Tt]his|[Oo]ur)\s+(?:firm|office)\s+represents|(?:[Ww]e\s+(?:are|serve\s+as)|[Tt]his\s+firm\s+(?:is|serves\s+as))\s+(?:outside\s+)?counsel\s+(?:to|for))\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|for|&)){0,7})/;
// A wire release names its issuer right after the dateline: "SPRINGFIELD, Ill., May 2, 2024
// /PRNewswire/ -- Acme Health today announced …", "(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) …".
const EN_WIRE =
  /(?:\/\s?(?:PRNewswire(?:-USNewswire)?|Business\s?Wire|BUSINESS\s?WIRE|GLOBE\s?NEWSWIRE|GlobeNewswire|ACCESSWIRE|EINPresswire)\s?\/|\((?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|ACCESSWIRE)\))\s*(?:--|—|–|-)\s*(?!FOR\s+IMMEDIATE)([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|for|&)){0,7}?)(?=,|\s+\(|\s+(?:today|recently|announced|announces|is|has|was|learned|discovered|provides|notified|reported|said|confirmed)\b)/;

/** The patterns that name the issuer in a sentence, in order, with the confidence of each. */
const TRIES: readonly (readonly [RegExp, number])[] = [
  [EN_DEFINED, 0.85],
  [ON_BEHALF, 0.8],
  [EN_REPRESENT, 0.75],
  [EN_WIRE, 0.7],
  [EN_SELF_APPOSITIVE, 0.8],
  [EN_THE_TERM, 0.7],
  [EN_EXPERIENCED, 0.8],
  [EN_AT, 0.75],
  [EN_INCIDENT_AT, 0.7],
  [EN_POSSESSIVE, 0.6],
  [EN_WRITING, 0.6],
  [EN_SUBJECT, 0.55],
  [EN_NOTIFICATION_FROM, 0.5],
  [EN_CUSTOMERS_OF, 0.45],
];

/**
 * The first name the patterns of TRIES give in the opening 40 sentences that is neither a vendor nor
 * refused by `settle` (a defined term is read at each of its places in a sentence).
 */
function namedByPatternEn(
  segments: Segment[],
  vendors: Set<string>,
  settle: (f: Fact<string> | null) => Fact<string> | null,
  whole: () => string,
): Fact<string> | null {
  // Each sentence without its subject's appositive, made once for the two subject cues.
  const stripped = new Map<Segment, string>();
  for (const [re, conf] of TRIES) {
    const defined = re === EN_DEFINED || re === EN_THE_TERM;
    // A cheap test a sentence must pass for the pattern to match in it (see NEEDS).
    const needs = defined ? DEFINED_NEEDS : re === EN_SUBJECT ? SUBJECT_NEEDS : null;
    // A subject's appositive ("Acme, a maker of widgets, learned …") is dropped for the subject cues.
    const plain = re === EN_WRITING || re === EN_SUBJECT;
    for (const seg of segments.slice(0, 40)) {
      if (needs !== null && !needs.test(seg.text)) continue;
      const text = plain
        ? (stripped.get(seg) ?? stripped.set(seg, withoutAppositive(seg.text)).get(seg)!)
        : seg.text;
      // A defined term is read at each of its places in the sentence (the first may be a vendor's).
      for (let from = 0, m = re.exec(text); m; m = re.exec(text.slice(from))) {
        const at = from + m.index;
        from = at + m[0].length;
        // A forensic firm, law firm or vendor named in passing is not the issuer.
        if (defined) {
          const before = text.slice(0, at);
          if (EN_ADVISOR.test(before) || EN_BY_BEFORE.test(before) || EN_OWN_BEFORE.test(before)) continue;
          if (EN_REPORTED_BEFORE.test(before)) continue;
          if (EN_THIRD_AFTER.test(text.slice(from - 4, from + 120))) continue;
        }
        const name = cleanEn(m[1] ?? m[2]!);
        if (name && !isVendor(name, vendors) && !notIssuer(name)) {
          const settled = settle(fact(expandAcronym(name, whole()), seg, conf));
          if (settled) return settled;
        }
        if (!defined) break;
      }
    }
  }
  return null;
}

/** The issuer of an English notice, or null (see extractOrganization). */
export function organizationEn(
  lines: Segment[],
  cut: Segment[],
  title: Segment | null = null,
): Fact<string> | null {
  const segments = joinWrapped(cut);
  // The text the answer is checked against (the page's address aside).
  const text = joinTexts(
    lines.slice(0, 200).filter((l) => !/^\s*https?:\/\//.test(l.text)),
    '\n',
  );
  const not = notNamesOf(text);
  // A page title's site name ("Incident Update – City of Example") is the page's chrome: a name the
  // body never writes is no answer (GUIDE: null when the text never names the issuer).
  const suffix = title ? TITLE_SITE.exec(title.text)?.[1] : undefined;
  const body = suffix && title ? text.replace(title.text, '') : text;
  const settle = (f: Fact<string> | null) => {
    const s = settleEn(f, text, not);
    // A monitoring or mailing firm the letter offers is its vendor.
    if (!s || isServiceFirm(s.value, text)) return null;
    if (suffix?.includes(s.value) && !body.includes(s.value)) return null;
    // A brand its parent company speaks for: the parent, quoted where the text says so.
    const parent = parentOf(s.value, text);
    const said = parent ? segments.find((g) => g.text.includes(parent)) : undefined;
    return parent && said && !isNotName(parent, not) && !notIssuer(parent)
      ? fact(parent, said, s.confidence)
      : s;
  };
  const vendors = vendorNames(segments);
  // A vendor that writes its own notice is the issuer.
  for (const seg of segments.slice(0, 40)) {
    const m = SELF_NOTICE.exec(seg.text);
    if (m) vendors.delete(m[1]!.toLowerCase());
  }
  // Short forms the writer contacted or reported to ("immediately contacted SLED"): an agency.
  const told = new Set<string>();
  for (const m of text.matchAll(EN_TOLD_ACRONYM)) told.add(m[1]!);
  const skip = (name: string) => isVendor(name, vendors) || isNotName(name, not) || told.has(name);
  // A short form is read back against the whole text: a letter defines it once, often well before
  // the sentence that names the issuer.
  let wholeText: string | null = null;
  const whole = () => {
    wholeText ??= joinTexts(segments, '\n');
    return wholeText;
  };
  const named = namedByPatternEn(segments, vendors, settle, whole);
  // "patients of Acme Hospital" (the weakest pattern) yields to a news lead's breached subject.
  const lead = () =>
    settle(breachSubjectEn(headlinesOf(lines, title), segments, skip, (n) => isNotName(n, not)));
  if (named && named.confidence <= 0.45) return lead() ?? named;
  if (named) return named;
  // The signature under the closing, then the letterhead (org-en-sign.ts).
  const signed = signedEn(lines, text, settle);
  if (signed) return signed;
  const head = settle(letterheadEn(lines, text)) ?? settle(fromHeaderEn(lines));
  if (head) return head;
  const greeted = settle(salutationEn(lines, vendors));
  if (greeted) return greeted;
  const self = settle(publicSelfNameEn(segments));
  if (self) return self;
  const news = lead();
  if (news) return news;
  // A notice that calls itself "the City" (or County, Town) is a public body's: the weak readers
  // below give only a name of that kind (a department's "Parks and Recreation" drive is not the issuer).
  const kinds = publicSelfKindsEn(segments);
  const ofKind = (f: Fact<string> | null) =>
    f && kinds.size > 0 && ![...kinds].some((k) => f.value.includes(k)) ? null : f;
  const issuer = englishIssuer(segments, vendors, skip);
  if (issuer) issuer.value = expandAcronym(issuer.value, whole());
  return (
    ofKind(settle(issuer)) ??
    ofKind(settle(platformWriter(segments))) ??
    ofKind(settle(hostNamedEn(lines, segments))) ??
    ofKind(settle(copyrightHolderEn(lines, segments)))
  );
}

// A page's footer: "© 2024 Acme Health. All rights reserved.", "Copyright © 2019-2024 Acme Bank, N.A.".
const EN_COPYRIGHT =
  /^(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|the|for|&)){0,6}?)(?:,?\s+(?:Inc|LLC|Ltd|Corp|Co|N\.A)\.?)?\.?\s*(?:All\s+[Rr]ights\s+[Rr]eserved\.?)?\s*$/;

/**
 * The holder a page's copyright line names, when the page speaks as "we" (a news site's footer names
 * the paper, and a report speaks of "the company"): a last resort, after the readers of the body.
 */
function copyrightHolderEn(lines: Segment[], segments: Segment[]): Fact<string> | null {
  const we = segments
    .slice(0, 20)
    .some((s) => /\b(?:[Ww]e|[Oo]ur|us)\b/.test(s.text.replace(/[“"][^”"]*[”"]/g, '')));
  if (!we) return null;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
    const text = lines[i]!.text.trim();
    if (text.length > 100 || !/©|\(c\)|Copyright/.test(text)) continue;
    const m = EN_COPYRIGHT.exec(text);
    const name = m ? cleanEn(m[1]!) : null;
    if (name && !notIssuer(name)) return fact(name, lines[i]!, 0.4);
  }
  return null;
}

// A platform or bureau the other readers skip as a third party (a letter names Equifax for a credit
// freeze, Google for a mailbox) writes its own notice: it opens the letter as the one that found the
// breach ("On May 2, 2021, Equifax discovered that …", "A recent investigation by Yahoo has confirmed
// that … our systems"), and the letter speaks as "we" or "our".
const PLATFORM_WRITER =
  /^(?:On\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4},\s+|(?:A|An|The)\s+(?:recent\s+)?investigation\s+by\s+)(Equifax|Experian|TransUnion|Yahoo!?|Google|Facebook|Microsoft|Amazon|Apple)\s+(?:has\s+|have\s+|recently\s+)?(?:discovered|learned|determined|detected|identified|confirmed|became\s+aware)\b/;

/** The platform that opens the letter as the one that found the breach, or null (last resort). */
function platformWriter(segments: Segment[]): Fact<string> | null {
  const first = segments[0];
  if (!first) return null;
  const m = PLATFORM_WRITER.exec(first.text);
  if (!m) return null;
  const after = segments
    .slice(0, 6)
    .map((x) => x.text)
    .join(' ')
    .slice(m.index + m[0].length);
  return /\b(?:[Ww]e|[Oo]ur|us)\b/.test(after) ? fact(m[1]!.replace(/!$/, ''), first, 0.45) : null;
}
