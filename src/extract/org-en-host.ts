import { factOf as fact } from './fact.js';
import { nameLabels } from './org-site.js';
import type { Segment } from './segment.js';
import type { Fact } from './types.js';

/**
 * The issuer an English web page's own address spells: a name in the text whose words, run together,
 * are a label of the host (capitalhealth.example → "Capital Health"), or whose initials are
 * (pchas.example → "Presbyterian Children's Homes and Services"). Read only when no other cue names
 * the issuer. A name of one word is not read so (a reposting site's own brand, "BreachNotes", is one
 * word), nor a name starting "The" (a newspaper: "The Daily Example").
 */

const URL_LINE = /^\s*https?:\/\/([^/\s?#]+)/i;
// A run of capitalised words, joined by and/of/the/for/&.
const NAME_RUN = /[A-Z][\w'’&.-]*(?:\s+(?:(?:and|of|the|for|&)\s+)?[A-Z][\w'’&.-]*)+/g;
const JOINER = /^(?:and|of|the|for|&)$/;

function squash(words: string[]): string {
  return words
    .join('')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^a-z0-9]/g, '');
}

/** Initials of every word ("Homes and Services" → "has"), and of the capitalised words only ("hs"). */
function initials(words: string[]): [string, string] {
  // A loop, not filter/map/join: an empty map() result has another array map, and the first span
  // of joiners only de-optimised hostNamedEn.
  let all = '';
  let caps = '';
  for (const w of words) {
    const first = w[0]!.toLowerCase();
    all += first;
    if (!JOINER.test(w)) caps += first;
  }
  return [all, caps];
}

/** The longest name in the text that the host spells, or null. */
export function hostNamedEn(lines: Segment[], segments: Segment[]): Fact<string> | null {
  const url = lines[0] ? URL_LINE.exec(lines[0].text) : null;
  if (!url) return null;
  const labels = nameLabels(url[1]!);
  if (labels.length === 0) return null;
  let best: { name: string; seg: Segment } | null = null;
  for (const seg of segments.slice(0, 40)) {
    NAME_RUN.lastIndex = 0;
    for (let m = NAME_RUN.exec(seg.text); m !== null; m = NAME_RUN.exec(seg.text)) {
      const words = m[0].split(/\s+/);
      // Every run of words inside the match that starts and ends on a capitalised word.
      for (let i = 0; i < words.length; i++) {
        if (JOINER.test(words[i]!) || words[i] === 'The') continue;
        for (let j = words.length; j > i + 1; j--) {
          const span = words.slice(i, j);
          if (JOINER.test(span[span.length - 1]!)) continue;
          const caps = span.filter((w) => !JOINER.test(w)).length;
          if (caps < 2) continue;
          const flat = squash(span);
          const [all, capsOnly] = initials(span);
          const hit = labels.some(
            (l) => l === flat || (caps >= 3 && l.length >= 3 && (l === all || l === capsOnly)),
          );
          if (!hit) continue;
          const name = span.join(' ').replace(/[’']s$/, '');
          if (!best || name.length > best.name.length) best = { name, seg };
          break;
        }
      }
    }
  }
  return best ? fact(best.name, best.seg, 0.4) : null;
}

// A public body speaks of itself as "the City", "the County": its full name is the one of that kind
// the text gives ("City of Example", "Example County").
const BARE_SELF =
  /\b(?:the|The)\s+(City|County|Town|Village|Township|Borough)(?!\s+of\b)(?=[’']s\b|\s+[a-z])/g;
const FULL_OF = /\b(City|Town|Village|Township|Borough)\s+of\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})/g;
const FULL_COUNTY = /\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+County\b/g;
const NOT_PLACE =
  /^(?:The|On|In|At|For|From|To|By|Of|And|This|That|Our|Your|Notifies|Notice|Update|All|Each|Every)$/;

/** The kinds of public body a notice calls itself by ("the City received …" → City), read from its first 40 sentences. */
export function publicSelfKindsEn(segments: Segment[]): Set<string> {
  const kinds = new Set<string>();
  for (const seg of segments.slice(0, 40)) {
    BARE_SELF.lastIndex = 0;
    for (let m = BARE_SELF.exec(seg.text); m !== null; m = BARE_SELF.exec(seg.text)) kinds.add(m[1]!);
  }
  return kinds;
}

/**
 * The full name of the public body a notice calls "the City" (or "the County", "the Town"), when the
 * text names one body of that kind: "City of Example" for "the City received a report", or null.
 */
export function publicSelfNameEn(segments: Segment[]): Fact<string> | null {
  const kinds = publicSelfKindsEn(segments);
  if (kinds.size === 0) return null;
  const counts = new Map<string, { n: number; seg: Segment }>();
  const add = (name: string, seg: Segment) => {
    const c = counts.get(name);
    if (c) c.n++;
    else counts.set(name, { n: 1, seg });
  };
  for (const seg of segments.slice(0, 60)) {
    const t = seg.text;
    if (!/City|Town|Village|Township|Borough|County/.test(t)) continue;
    FULL_OF.lastIndex = 0;
    for (let m = FULL_OF.exec(t); m !== null; m = FULL_OF.exec(t))
      if (kinds.has(m[1]!)) add(`${m[1]} of ${m[2]!.replace(/[’']s$/, '')}`, seg);
    if (!kinds.has('County')) continue;
    FULL_COUNTY.lastIndex = 0;
    for (let m = FULL_COUNTY.exec(t); m !== null; m = FULL_COUNTY.exec(t)) {
      const words = m[1]!.split(/\s+/);
      while (words.length > 0 && NOT_PLACE.test(words[0]!)) words.shift();
      if (words.length > 0) add(`${words.join(' ')} County`, seg);
    }
  }
  // A name runs on into a title's words ("City of Example Online Payment Notice"): each mention
  // counts for every shorter name it starts with; the most counted wins, the shorter on ties.
  let best: { name: string; n: number; seg: Segment } | null = null;
  for (const [name, c] of counts) {
    let n = 0;
    for (const [other, o] of counts) if (other === name || other.startsWith(`${name} `)) n += o.n;
    if (!best || n > best.n || (n === best.n && name.length < best.name.length))
      best = { name, n, seg: c.seg };
  }
  return best ? fact(best.name, best.seg, 0.5) : null;
}
