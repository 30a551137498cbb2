import { detectLang } from '../text/lang.js';
import { normalizeText } from '../text/normalize.js';
import { extractCauses } from './causes.js';
import { extractContact } from './contact.js';
import { extractCounts } from './counts.js';
import { extractDataClasses } from './data-classes.js';
import { extractDates } from './dates.js';
import { extractMeasures } from './measures.js';
import { extractOrganization } from './org.js';
import { splitLines, splitSentences } from './segment.js';
import { extractServices } from './services.js';
import { extractStage } from './stage.js';
import { extractLeakStatus } from './status.js';
import { scopeLeakStatusEn } from './status-en-scope.js';
import { modelLeakStatus } from './status-model.js';
import { readStructure } from './structure.js';
import { noticeTitleFact } from './title.js';
import { type Evidence, type ExtractedNotice, type ExtractOptions, emptyNoticeFacts } from './types.js';

export { normalizeText } from '../text/normalize.js';
/** Clause-level denial ("…は含まれておりません", "no card numbers were…"), for other stages' rules. */
export { negated } from './negation.js';
export type * from './types.js';
export { emptyNoticeFacts } from './types.js';

/** Longest text extract() reads; beyond this a "notice" is a dump, and the tail is ignored. */
export const MAX_NOTICE_CHARS = 200_000;

/**
 * Extract the facts of one notice. Pure: text in, facts with evidence out. The text is normalised
 * first (NFKC, HTML leftovers removed); evidence offsets refer to `normalizeText(text)`, so a caller
 * that keeps evidence keeps that normalised text (normalising twice is harmless: it is idempotent).
 *
 * @example extract('株式会社サンプル商事\n不正アクセスにより氏名が流出した可能性があります。').leak_status?.value // → 'possible'
 */
export function extract(text: string, opts: ExtractOptions = {}): ExtractedNotice {
  const norm = normalizeText(text.length > MAX_NOTICE_CHARS * 2 ? text.slice(0, MAX_NOTICE_CHARS * 2) : text);
  const body = norm.length > MAX_NOTICE_CHARS ? norm.slice(0, MAX_NOTICE_CHARS) : norm;
  return extractNormalized(body, opts);
}

const OBJECT_ARRAY: readonly unknown[] = [''];

/**
 * The values of facts, as an array of one V8 elements kind whether empty or not. `[].map()` gives a
 * small-integer array and a non-empty map() an object one; the stages that test these lists
 * (`causes.includes('misdelivery')`) were optimised for one kind and deoptimised on the other,
 * recompiling extractDates, extractLeakStatus and three more after thousands of notices
 * (docs/extraction.md, session 10). `slice(0, 0)` of an object array is an empty object array.
 */
function valuesOf<T>(facts: readonly { value: T }[]): T[] {
  const out = OBJECT_ARRAY.slice(0, 0) as T[];
  for (const f of facts) out.push(f.value);
  return out;
}

/**
 * The same characters held as a two-byte string (a slice of a copy with one character above U+00FF
 * added). V8 compiles a RegExp once for one-byte and once for two-byte subjects; an English notice is
 * one-byte unless it holds a curly quote or a dash (a third of them do) and a Japanese one is always
 * two-byte, so every English pattern was compiled and kept twice — ≈ 43 MB of machine code after a
 * warm-up, more than the caches hold. With every notice two-byte, one copy: ≈ 33 MB. Nothing a
 * program can observe changes (offsets, slices and matches are the same).
 */
function twoByte(text: string): string {
  return `${text}\u0100`.slice(0, text.length);
}

/** extract() for text that is already normalised (offsets are into `text` itself). */
export function extractNormalized(normalized: string, opts: ExtractOptions = {}): ExtractedNotice {
  const text = twoByte(normalized);
  const lang = opts.lang ?? detectLang(text);
  // One literal given its title: a spread followed by a property takes V8's slow path (~1.4 µs).
  const facts: ExtractedNotice = Object.assign(emptyNoticeFacts(lang), { title: null });
  if (text.trim() === '') return facts;
  const segments = splitSentences(text);
  const lines = splitLines(text);
  const structure = readStructure(lines, lang);
  facts.data_classes = extractDataClasses(segments, lang);
  const classes = valuesOf(facts.data_classes);
  facts.causes = extractCauses(segments, classes, text, structure);
  const causeKeys = valuesOf(facts.causes);
  facts.measures = extractMeasures(segments, text, structure);
  facts.report_stage = extractStage(segments, lang, structure, causeKeys);
  facts.leak_status = extractLeakStatus(segments, causeKeys, structure);
  const { counts, affected } = extractCounts(segments, structure);
  facts.counts = counts;
  facts.affected = affected;
  facts.organization = extractOrganization(lines, segments, lang, structure);
  facts.title = noticeTitleFact(structure, facts.organization, lang);
  facts.services = extractServices(segments);
  facts.contact = extractContact(lines);
  const dates = extractDates(text, segments, lines, lang, {
    structure,
    causes: causeKeys,
    leakStatus: facts.leak_status?.value ?? null,
    stage: facts.report_stage?.value ?? null,
    published: opts.published,
  });
  Object.assign(facts, dates);
  // Where no sentence states the status in a form the rules know, an English notice is read for the
  // scope of negations and hedges over its acts on the data (status-en-scope.ts); failing that, the
  // statistical reader gives a low-confidence status (both after the dates, whose rules read only a
  // status the rules state).
  if (lang === 'en') facts.leak_status ??= scopeLeakStatusEn(segments);
  facts.leak_status ??= modelLeakStatus(text, segments, lang, causeKeys);
  return facts;
}

// Lines that open a new notice when a page reposts several (a blog's incident digest, a feed dump).
const NOTICE_START =
  /^(?:【[^】\n]{0,30}(?:事件簿|インシデント)[^】\n]{0,20}】|NOTICE OF DATA (?:BREACH|SECURITY INCIDENT)\b|Notice of Data (?:Breach|Security Incident)\s*$)/gm;

function shiftEvidence(value: unknown, by: number, seen: Set<Evidence>): void {
  if (Array.isArray(value)) {
    for (const v of value) shiftEvidence(v, by, seen);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const rec = value as { evidence?: Evidence };
  // Facts derived from one another may share an evidence object: shift each once.
  if (rec.evidence && typeof rec.evidence.start === 'number' && !seen.has(rec.evidence)) {
    seen.add(rec.evidence);
    rec.evidence.start += by;
    rec.evidence.end += by;
  }
}

/**
 * Extract every notice a text holds: a page that reposts several notices (each opening with a
 * 【…事件簿…】 or "Notice of Data Breach" heading) gives one NoticeFacts each; otherwise one.
 * Evidence offsets refer to `normalizeText(text)` as a whole.
 *
 * @example extractAll(digestPage).length // → 3
 */
export function extractAll(text: string, opts: ExtractOptions = {}): ExtractedNotice[] {
  const norm = normalizeText(
    text.length > MAX_NOTICE_CHARS * 10 ? text.slice(0, MAX_NOTICE_CHARS * 10) : text,
  );
  const starts: number[] = [];
  NOTICE_START.lastIndex = 0;
  for (let m = NOTICE_START.exec(norm); m !== null; m = NOTICE_START.exec(norm)) starts.push(m.index);
  if (starts.length < 2) return [extractNormalized(norm.slice(0, MAX_NOTICE_CHARS), opts)];
  const out: ExtractedNotice[] = [];
  // Text before the first heading (site chrome) is not a notice of its own unless it is long.
  const cuts = starts[0]! > 400 ? [0, ...starts] : starts;
  for (let i = 0; i < cuts.length; i++) {
    const from = i === 0 && cuts[0] !== 0 ? cuts[0]! : cuts[i]!;
    const to = cuts[i + 1] ?? norm.length;
    const part = norm.slice(from, Math.min(to, from + MAX_NOTICE_CHARS));
    const facts = extractNormalized(part, opts);
    const seen = new Set<Evidence>();
    for (const v of Object.values(facts)) shiftEvidence(v, from, seen);
    out.push(facts);
  }
  return out;
}
