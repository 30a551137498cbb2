import type { Segment } from './segment.js';
import type { Contact, Fact } from './types.js';

/**
 * The contact desk a notice gives: phone numbers (0120-…, +1 …), e-mail addresses, form URLs,
 * reception hours (受付時間 / "Monday through Friday, 9 a.m. to 5 p.m.") and the desk's name.
 * Looked for in the section after a contact heading (お問い合わせ先, 窓口, "For more information"),
 * else anywhere phones with a contact word appear.
 */

const HEADING =
  /お問い?合わ?せ(?:先|窓口)?|相談窓口|ダイヤル|コールセンター|窓口|\bcontact\b|\bcall\s+center\b|\bhotline\b|\bquestions\b|\bfor\s+more\s+information\b|\bcall\b/i;
const PHONE =
  /(?<![\d-])(?:0120|0800|0570|0\d{1,4})[-‐ー−]\d{1,4}[-‐ー−]\d{3,4}(?![\d-])|(?<![\d-])(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\d-])/g;
const CONTACT_POINT =
  /(?:0120|0800|0570|0\d{1,4})[-‐ー−]\d{1,4}[-‐ー−]\d{3,4}|\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|https?:\/\//;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const URL = /https?:\/\/[^\s<>"'「」()]+/g;
const HOURS =
  /(?:受付時間|受付|営業時間|対応時間)\s?[/::]?\s?[^\n]{0,60}|\b(?:Monday|Mon)\s+(?:through|to|-)\s+(?:Friday|Fri)[^.\n]{0,60}|\d{1,2}:\d{2}\s?[~〜-]\s?\d{1,2}:\d{2}[^\n]{0,30}/i;
const NAME =
  /([^\s、。]{2,30}(?:窓口|ダイヤル|コールセンター|相談室|事務局|センター|デスク))|\b([A-Z][\w ]{2,40}(?:Call Center|Help Desk|Hotline|Support))\b/;

/**
 * Contact desk facts, or null when no phone, e-mail or form is given.
 *
 * @example extractContact(splitLines('お問い合わせ窓口\nTEL 0120-000-000\n受付時間 9:00~17:00'))?.value.phones // → ['0120-000-000']
 */
export function extractContact(lines: Segment[]): Fact<Contact> | null {
  // The contact section is near the end: take the last heading line (お問い合わせ先, 窓口, "contact")
  // that has a phone, e-mail or URL on it or within the next few lines.
  let from = -1;
  for (let i = lines.length - 1; i >= 0 && from < 0; i--) {
    if (!HEADING.test(lines[i]!.text)) continue;
    for (const l of lines.slice(i, i + 6)) {
      if (CONTACT_POINT.test(l.text)) {
        from = i;
        break;
      }
    }
  }
  if (from < 0) return null;
  const section: Segment[] = [];
  for (const l of lines.slice(from, from + 12)) {
    // 「以上」 closes a Japanese notice; a source credit after it is not a contact.
    if (section.length > 0 && /^(?:以上|情報ソース|出典|Source:)/.test(l.text)) break;
    section.push(l);
  }
  const phones = new Set<string>();
  const emails = new Set<string>();
  const urls = new Set<string>();
  let hours: string | null = null;
  let name: string | null = null;
  for (const l of section) {
    for (const m of l.text.matchAll(PHONE)) phones.add(m[0]);
    for (const m of l.text.matchAll(EMAIL)) emails.add(m[0]);
    for (const m of l.text.matchAll(URL)) urls.add(m[0]);
    if (!hours) hours = HOURS.exec(l.text)?.[0]?.trim() ?? null;
    if (!name) {
      const n = NAME.exec(l.text);
      name = n ? (n[1] ?? n[2] ?? null) : null;
    }
  }
  if (phones.size === 0 && emails.size === 0 && urls.size === 0) return null;
  const first = section[0]!;
  return {
    value: { name, phones: [...phones], emails: [...emails], urls: [...urls], hours },
    evidence: { quote: first.text, start: first.start, end: first.end },
    confidence: 0.6,
  };
}
