import { factOf as fact } from './fact.js';
import type { Segment } from './segment.js';
import type { Fact } from './types.js';

/**
 * The organisation a letter's layout names, read by org-en-letter.ts when no sentence names it: the
 * signature under the closing ("Sincerely, / Jane Roe / President / Acme Hardware", "The Acme
 * Privacy Team"), the letterhead above the address or the date, before the greeting. A law firm
 * that writes for its client signs and heads the letter: its name is no answer when the letter
 * says whom it represents.
 */

/** A closing line of a letter; the organisation often signs a line or two below it. */
export const EN_CLOSING =
  /^(?:Sincerely(?:\s+yours)?|Regards|Best\s+regards|Kind\s+regards|Warm\s+regards|With\s+regards|Respectfully(?:\s+yours)?|(?:Very\s+)?[Tt]ruly\s+yours|Yours\s+(?:truly|sincerely|faithfully))[,.]?$/i;
/** A signature line that names an organisation, not a person: it ends in a word for a body. */
const EN_ORG_LINE =
  /^[A-Z][\w&'’.,-]*(?:\s+(?:[A-Z][\w&'’.,-]*|of|and|the|for|&))*\s*(?:Inc\.?|LLC|LLP|L\.?P\.|P\.?C\.|PLLC|Ltd\.?|Corp(?:oration)?\.?|Company|Co\.|Group|Bank|Bancorp|Hospitals?|Health(?:care)?|University|College|School|Schools|Academy|Clinic|Cent(?:er|re)|Services|Association|Foundation|Department|County|District|Credit\s+Union|Insurance|Dental|Dentistry|Medical|Orthopa?edics|Pediatrics|Cardiology|Imaging|Pharmacy|Laboratories|Labs?|Partners|Associates|Systems|Technologies|Holdings|Trust|Fund|Plan|Network|Institute|Society|Council|Board|Authority|Agency|Church|Museum|Library|Enterprises|Industries|Brands|Stores?|Shop|Market|Restaurants?|Hotels?|Resorts?|Hardware|Apparel|Outfitters|Realty|Properties|Financial|Capital|Logistics|Solutions|Practice|Living|Care)$/;
/** A signer's title ("Vice President, Member Services") is no organisation. */
export const EN_JOB_TITLE =
  /\b(?:President|Officer|Director|Manager|Chief|Vice|Counsel|Head|Coordinator|Administrator|Superintendent|Principal|Dean|Chair(?:man|woman|person)?|CEO|CFO|CIO|CISO|COO|Owner|Founder|Partner|Treasurer|Secretary|Attorney|Esq\.?|Mayor|Commissioner|Clerk|Controller|Executive)\b/;
/** A return-mail or print house's line above the address: the mailer, not the writer. */
const EN_MAILER = /\b(?:Processing|Mail(?:ing)?|Return|Print(?:ing)?|Fulfil?lment)\b/i;
/** An address line under a letterhead: a street number, a post box, or "City, ST 12345". */
const EN_ADDRESS =
  /^(?:\d{1,6}\s+[A-Z0-9][\w.'’#, -]{2,60}|P\.?\s?O\.?\s+Box\s+\d+.{0,60}|[A-Z][\w .'’-]{1,30},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)$/;
/** A letter's date line: "May 2, 2024", "2 May 2024". */
const EN_DATE_LINE =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})$/;
/** A run of capitalised words that may be a body's name (a person's too: the callers tell them apart). */
const NAME_LINE = /^(?:The\s+)?[A-Z][\w&'’.,-]*(?:\s+(?:[A-Z][\w&'’.,-]*|of|and|the|for|&)){0,6}$/;
/** A heading, a notice's own words or an enclosure's: no letterhead, no signature. */
const HEADING_WORD =
  /\b(?:Notice|Notification|Incident|Breach|Update|Important|Security|Privacy|Event|Letter|Subject|Re|Information|Data|Dear|To|You|Your|We|Our|Us|Enclosures?|Attachments?|Exhibit|Reference|Guide|Steps|Additional|Resources|Frequently|Questions|What|How|Page|Phone|Tel|Fax|Email|E-mail|Website)\b/;
// "The Acme Privacy Team", "Acme Customer Care Team", "The Acme Team": the body, without its team.
const TEAM_LINE =
  /^(?:The\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,4}?)\s+(?:(?:Privacy|Security|Customer(?:\s+(?:Care|Service|Support))?|Support|Leadership|Management|Executive|Compliance|Response|Member\s+Services)\s+)?(?:Team|Office)$/;
/** A law firm's name: "Example Rook LLP", "Example & Example, P.C.", "Example Law Group". */
const LAW_FIRM =
  /\b(?:LLP|L\.L\.P\.|P\.?C\.|PLLC|P\.A\.|Law(?:\s+(?:Group|Firm|Offices?))?|Attorneys|Legal)\.?$/;
/** A letter a law firm writes for its client. */
const FOR_CLIENT =
  /\b(?:[Ww]e\s+represent|(?:[Tt]his|[Oo]ur)\s+(?:firm|office)\s+represents|[Oo]ur\s+client|(?:as|is)\s+(?:outside\s+)?counsel\s+(?:to|for))\b/;

/** A short line that names an organisation (set in capitals or not), not a person's title. */
export function isOrgLine(text: string): boolean {
  if (text.length > 60 || EN_JOB_TITLE.test(text) || EN_MAILER.test(text)) return false;
  if (EN_ORG_LINE.test(text)) return true;
  // "ACME WIDGETS, INC." read as "Acme Widgets, Inc.".
  if (!/[A-Z]{2}/.test(text) || text !== text.toUpperCase()) return false;
  return EN_ORG_LINE.test(text.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()));
}

/** Whether a body named in the letter's layout is the law firm that writes for a client. */
function counselFor(name: string, text: string): boolean {
  return LAW_FIRM.test(name) && FOR_CLIENT.test(text);
}

/**
 * A letter's letterhead: among its first lines, above the greeting or first sentence, a line naming an
 * organisation with an address line right under it; or, in a letter that greets its reader, a line
 * naming a body (not a heading) with the letter's date within the next two lines.
 */
export function letterheadEn(lines: Segment[], text: string): Fact<string> | null {
  for (let i = 0; i < Math.min(lines.length - 1, 8); i++) {
    const t = lines[i]!.text.trim();
    if (/^Dear\b/.test(t) || /[a-z]{2}[.!?]$/.test(t)) break;
    if (counselFor(t, text)) continue;
    if (isOrgLine(t) && EN_ADDRESS.test(lines[i + 1]!.text.trim())) return fact(t, lines[i]!, 0.6);
  }
  const greets = lines.slice(0, 14).some((l) => /^(?:Dear|To)\s+[A-Z][^.]{0,60}[,:]$/.test(l.text.trim()));
  if (!greets) return null;
  for (let i = 0; i < Math.min(lines.length - 1, 4); i++) {
    const t = lines[i]!.text.trim();
    if (/^\s*https?:\/\//.test(t)) continue;
    if (!NAME_LINE.test(t) || HEADING_WORD.test(t) || EN_JOB_TITLE.test(t) || t.split(/\s+/).length < 2)
      break;
    const next = lines.slice(i + 1, i + 3).map((l) => l.text.trim());
    // The reader's own name above the date is no letterhead ("Jane Roe … Dear Jane,").
    const first = t.replace(/^The\s+/, '').split(/\s+/)[0]!;
    const reader = lines
      .slice(i + 1, 14)
      .some((l) => /^(?:Dear|To)\s/.test(l.text.trim()) && l.text.includes(first));
    if (next.some((n) => EN_DATE_LINE.test(n)) && !reader && !counselFor(t, text))
      return fact(t, lines[i]!, 0.5);
    break;
  }
  return null;
}

/**
 * The organisation signed under the letter's closing, within six lines: a line naming a body, a
 * team ("The Acme Privacy Team" → Acme), or the line right after the signer's title ("Jane Roe /
 * President / Acme Hardware"). Each answer is passed to `settle`, which may refuse it.
 */
export function signedEn(
  lines: Segment[],
  text: string,
  settle: (f: Fact<string> | null) => Fact<string> | null,
): Fact<string> | null {
  for (let i = 0; i < lines.length; i++) {
    if (!EN_CLOSING.test(lines[i]!.text.trim())) continue;
    const block = lines.slice(i + 1, i + 7);
    for (let k = 0; k < block.length; k++) {
      const line = block[k]!;
      const t = line.text.trim();
      if (counselFor(t, text)) continue;
      const m = TEAM_LINE.exec(t);
      // "Customer Care Team", "Incident Response Team" name no body.
      const team =
        m &&
        !/^(?:(?:Customer|Care|Service|Services|Support|Privacy|Security|Member|Leadership|Management|Executive|Compliance|Response|Incident|Human|Resources|IT|Client|Patient|Relations|Communications|Legal)\s*)+$/.test(
          m[1]!,
        )
          ? m
          : null;
      const afterTitle = k > 0 && EN_JOB_TITLE.test(block[k - 1]!.text) && !EN_JOB_TITLE.test(t);
      const name = isOrgLine(t)
        ? t
        : team
          ? team[1]!
          : afterTitle &&
              NAME_LINE.test(t) &&
              t.split(/\s+/).length >= 2 &&
              !EN_ADDRESS.test(t) &&
              !HEADING_WORD.test(t)
            ? t
            : null;
      const signed = name ? settle(fact(name.replace(/^The\s+/, ''), line, 0.5)) : null;
      if (signed) return signed;
    }
  }
  return null;
}

// An e-mail's sender line: "From: Acme Savings Bank <alerts@acmesavings.com>".
const FROM_LINE = /^From:\s+(?:the\s+)?([A-Z][\w&'’., -]{1,60}?)\s*<[^@<>\s]+@((?:[\w-]+\.)*[\w-]+)>/;

/**
 * The sender an e-mail's header names, when the address's domain is the name's ("Acme Savings Bank"
 * at acmesavings.com): a person's own address (jane@mail.example) names no body.
 */
export function fromHeaderEn(lines: Segment[]): Fact<string> | null {
  for (const line of lines.slice(0, 8)) {
    const m = FROM_LINE.exec(line.text.trim());
    if (!m) continue;
    const name = m[1]!.trim().replace(/,$/, '');
    const squash = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const labels = m[2]!.toLowerCase().split('.').slice(0, -1);
    const own = labels.some(
      (l) => l.length >= 4 && (squash.startsWith(l.slice(0, 6)) || l.startsWith(squash.slice(0, 6))),
    );
    return own && !EN_JOB_TITLE.test(name) ? fact(name, line, 0.55) : null;
  }
  return null;
}
