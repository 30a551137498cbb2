import type { ReportView } from './continuation.js';
import { normalizeOrgName, stripLegalForm } from './match.js';
import { namedAsSupplier } from './speaker.js';

/**
 * Who a letter is from, as a key two spellings of one sender share ("U.S. Bank" and "U.S. Bank,
 * N.A.", "City of Torrance" and "City of Torrance, California") and two senders never do. Read from
 * the letterhead — the name alone on the letter's first line (after its address line, for a page
 * read from the web) — when that line names an organisation: a legal form, a word of kind (Bank,
 * City, University …), or an address block under it. A letter listed twice under two spellings of
 * its sender, or a later letter whose body says only "we", is found by it (the store keeps it with
 * each notice, continuation-candidates.ts). Pure.
 */

/** Words that say what kind of body a name is: a name made of these alone names no one. */
const KIND_WORDS =
  /^(?:the|of|and|for|at|in|on|a|city|town|village|county|state|district|school|schools|unified|public|university|college|community|academy|institute|hospital|hospitals|health|healthcare|medical|center|centre|clinic|dental|pharmacy|bank|savings|trust|credit|union|federal|national|financial|insurance|services|service|group|holdings|company|corporation|partners|associates|association|foundation|society|church|council|department|office|agency|authority|board|systems|solutions|management|international|global|american|united|north|south|east|west|new)$/;

/** A word of kind or a legal form somewhere in a name: what marks a first line as a body's name. */
const ORGANISATION_MARK =
  /\b(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|Company|PLC|LLP|LP|PLLC|P\.?C|P\.?A|N\.?A|FSB|GmbH|City|Town|Village|County|State|District|Schools?|University|College|Academy|Institute|Hospitals?|Health|Healthcare|Medical|Center|Centre|Clinic|Dental|Pharmacy|Bank|Bancorp|Savings|Trust|Credit Union|Insurance|Services|Group|Holdings|Partners|Associates|Association|Foundation|Society|Church|Council|Department|Agency|Authority|Systems|Solutions|Technologies|Enterprises|Industries|Stores?|Hotels?|Resorts?)\b/;

/** US states and the like after a comma at a name's end ("City of Torrance, California"). */
const TRAILING_PLACE =
  /,\s*(?:[A-Z]{2}|U\.?S\.?A?\.?|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\s*$/;

/** Legal forms stripLegalForm leaves: a bank's N.A. and FSB, professional corporations, partnerships. */
const MORE_LEGAL =
  /[\s,]+(?:N\.?\s?A|National Association|F\.?S\.?B|P\.?L\.?L\.?C|L\.?L\.?P|L\.?P|P\.?C|P\.?A)\.?\s*$/i;

/** An address line under a letterhead: a street, a PO box, or "City, ST 12345". */
const ADDRESS_LINE =
  /^(?:\d+[A-Za-z]?\s+[A-Z0-9][\w.]*(?:\s+[\w.]+){0,5}|P\.?\s?O\.?\s+Box\s+\d+.*|[A-Z][A-Za-z .'-]+,\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?)$/;

/**
 * The key of an organisation's name: trademark signs, a d/b/a's trade name, a state after a comma,
 * legal forms and a leading "The" left out, then normalised (match.ts normalizeOrgName). Null when
 * what is left is short or names only a kind of body ("City", "National Bank").
 *
 * @example senderNameKey('U.S. Bank, N.A.') // => 'usbank'
 * @example senderNameKey('City of Torrance, California') // => 'cityoftorrance'
 */
export function senderNameKey(name: string): string | null {
  let s = name
    .normalize('NFKC')
    .replace(/[®™©℠]/g, '')
    .split(/\s*,?\s+(?:d\/b\/a|dba|doing business as|a\/k\/a|also known as|on behalf of)\s/i)[0]!
    .trim();
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = stripLegalForm(s.replace(TRAILING_PLACE, '').replace(MORE_LEGAL, '')).replace(/[\s,]+$/, '');
  }
  s = s.replace(/^the\s+/i, '');
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(s)) {
    // A university's short form, as news writes it: 名古屋大学 → 名古屋大, 日本医科大学 → 日本医大.
    const key = normalizeOrgName(s)
      .replace(/医科大学/g, '医大')
      .replace(/(?<=\p{sc=Han}{2})大学/gu, '大');
    return key.length >= 3 ? key : null;
  }
  const words = s
    .toLowerCase()
    .split(/[^a-z0-9.&'-]+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  if (!words.some((w) => w.length >= 2 && !KIND_WORDS.test(w))) return null;
  const key = normalizeOrgName(s);
  return key.length >= 5 ? key : null;
}

/** Words of a first line that make it a title or a sentence, not a name. */
const NOT_A_NAME =
  /\b(?:notice|notification|update|incident|breach|security|dear|re|important|information|letter|statement|announcement|press|release|news|faq|about)\b/i;

/**
 * The sender key of a letter's letterhead (see the module note), or null when its first line (after
 * an address line) is no organisation's name.
 *
 * @example letterheadSender('Bramblewick Dental Supply, Inc.\n\nOn March 3 …') // => 'bramblewickdentalsupply'
 * @example letterheadSender('Notice of Data Breach\n…') // => null
 */
export function letterheadSender(text: string): string | null {
  const lines = text.slice(0, 600).split('\n');
  let i = 0;
  const next = () => {
    while (i < lines.length && !lines[i]!.trim()) i++;
    return i < lines.length ? lines[i++]!.normalize('NFKC').trim() : '';
  };
  let first = next();
  if (/^https?:\/\/\S+$/.test(first)) first = next();
  if (!first || first.length > 100 || /https?:|www\.|@|[。、！？!?:;]/.test(first)) return null;
  if (NOT_A_NAME.test(first)) return null;
  if (/^[\x20-\x7e\u2019®™]+$/.test(first)) {
    const words = first.split(/[\s,]+/).filter(Boolean);
    // A sentence runs lower-case words together; a name capitalises all but its joining words.
    const lower = words.filter(
      (w) => /^[a-z]{3,}/.test(w) && !/^(?:and|the|for|dba|doing|business|behalf|also|known|of|at)$/.test(w),
    ).length;
    if (words.length > 12 || !/^[A-Z0-9]/.test(words[0]!) || lower >= 1) return null;
    const address = ADDRESS_LINE.test(next());
    if (!ORGANISATION_MARK.test(first) && !address) return null;
    return senderNameKey(first);
  }
  // A Japanese letterhead: nothing but an organisation's name, its legal form first or last or a
  // public body's ending last (「株式会社X 第一報」 is a title).
  if (
    first.length > 40 ||
    !/^(?:(?:株式会社|有限会社|合同会社|\S*法人)\s?[^\s「」『』【】()]+|[^\s「」『』【】()]+(?:株式会社|有限会社|合同会社|[都道府県市区町村]|大学|病院|組合|協会))$/.test(
      first,
    ) ||
    /報|について|お知らせ|お詫び/.test(first)
  )
    return null;
  return senderNameKey(first);
}

/**
 * A notice's sender key: its letterhead's, else its organisation's (not one its text names only as
 * its supplier: a client's notice about its vendor is not the vendor's).
 *
 * @example noticeSender('Notice of Data Breach\nAt Bramblewick Dental, we …', 'Bramblewick Dental') // => 'bramblewickdental'
 */
export function noticeSender(
  text: string,
  organization: string | null,
  supplierNamed?: boolean,
): string | null {
  const head = letterheadSender(text);
  if (head || !organization) return head;
  const supplier = supplierNamed ?? namedAsSupplier(text.slice(0, 3000), organization);
  return supplier ? null : senderNameKey(organization);
}

/**
 * Whether every report of an incident is a letter under the notice's own letterhead that refers back
 * to an earlier one, and none came out before the notice: the notice, referring to none itself, may
 * be that earlier letter (read after the letters that follow it). Only one letterhead counts: a web
 * site holds many incidents' pages (a news site's, a regulator's).
 */
export function lettersReferBack(n: ReportView, reports: readonly ReportView[]): boolean {
  return (
    Boolean(n.senderOnLetterhead && n.sender) &&
    reports.length > 0 &&
    reports.every(
      (r) =>
        r.refersBack &&
        r.senderOnLetterhead &&
        r.sender === n.sender &&
        !(n.published && r.published && n.published > r.published),
    )
  );
}
