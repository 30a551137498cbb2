import {
  type Evidence,
  emptyNoticeFacts,
  FACT_FIELDS,
  type FactField,
  type IsoDate,
  LIST_FACT_FIELDS,
  type ReportStage,
  SINGLE_FACT_FIELDS,
} from '../extract/types.js';
import { normalizeOrgName } from './match.js';
import type { FactOrigin, IncidentFacts, MergedFact } from './types.js';

/**
 * Merging successive reports (第一報 → 第二報 → 最終報, "Update") into one incident. Pure: the store
 * replays every source of an incident through `mergeIncident` on each ingestion, so the result does
 * not depend on the order notices arrived in, and editors' corrections (applied last) survive.
 *
 * Rules: each single-valued fact shows its latest value in report order (published date, then stage
 * first < update < final, then ingestion order); a later source without the fact keeps the earlier
 * value. `published` keeps the earliest date (first public disclosure). Set-valued facts (services,
 * data classes, causes, measures, counts, scope) are the union of all sources. History records
 * every set, change and addition, and which notice made it.
 */

/** The fact fields, as src/extract/types.ts lists them (the one list). */
export const SCALAR_FIELDS = SINGLE_FACT_FIELDS;
export const LIST_FIELDS = LIST_FACT_FIELDS;
export { FACT_FIELDS };
export type ScalarField = (typeof SCALAR_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];
export type { FactField };

/** One extracted or imported fact before merging; imports carry no evidence. */
export interface SourceFact<T = unknown> {
  value: T;
  evidence: Evidence | null;
  confidence: number;
}

/** A source's facts: the incident's fields, each a fact, a list of facts, or null/absent. */
export type SourceFacts = Partial<Record<FactField, SourceFact | SourceFact[] | null>>;

/** One notice (or imported record) that contributes facts to an incident. */
export interface MergeSource {
  origin: 'notice' | 'import';
  /** The notice's id; null for an imported record. */
  noticeId: string | null;
  facts: SourceFacts;
  published: IsoDate | null;
  stage: ReportStage | null;
  /** Ingestion order key (the notice's UUIDv7 id sorts by creation). */
  order: string;
  /** When the source was ingested (history's `at`). */
  at: string;
  /** An imported record's key ("hhs:1242"): history names it as the reason for what it set or changed. */
  sourceKey?: string;
}

/** An editor's correction of one field; the value replaces the merged value (lists replace too). */
export interface CorrectionInput {
  id: string;
  field: FactField;
  value: unknown;
  quote: string | null;
  by: string;
  reason: string;
  at: string;
}

/** One history row as merge computes it. */
export interface HistoryEntry {
  field: FactField;
  from: unknown;
  to: unknown;
  kind: 'set' | 'changed' | 'corrected';
  noticeId: string | null;
  fromNoticeId: string | null;
  origin: FactOrigin;
  by: string | null;
  reason: string | null;
  at: string;
}

export interface MergeResult {
  facts: IncidentFacts;
  history: HistoryEntry[];
}

const STAGE_RANK: Record<ReportStage, number> = { first: 0, update: 1, final: 2 };

/**
 * Report order: imports first (a baseline that notices refine), then by published date, report
 * stage and ingestion order. When a notice has no published date, stage decides before order.
 */
export function compareReportOrder(a: MergeSource, b: MergeSource): number {
  if (a.origin !== b.origin) return a.origin === 'import' ? -1 : 1;
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? -1 : 1;
  const sa = a.stage ? STAGE_RANK[a.stage] : -1;
  const sb = b.stage ? STAGE_RANK[b.stage] : -1;
  if (sa !== sb && (a.stage !== null || b.stage !== null)) return sa - sb;
  return a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
}

/** An incident with no facts yet: a notice's empty facts without its language (same key order). */
export function emptyIncidentFacts(): IncidentFacts {
  const { lang: _lang, ...facts } = emptyNoticeFacts('ja');
  return facts;
}

/** Stable JSON (sorted keys) so that equal values compare equal whatever their key order. */
export function stableJson(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i > 0 ? ',' : '') + stableJson(v[i]);
    return `${out}]`;
  }
  // The same text as sorting the defined keys and joining them, without the intermediate arrays
  // (merging a report compares every fact this way: issue 17).
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length > 1) keys.sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const x = o[k];
    if (x === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${stableJson(x)}`;
    first = false;
  }
  return `${out}}`;
}

/** The key that makes two list items "the same" (service names compare normalised). */
function itemKey(field: ListField, value: unknown): string {
  if (field === 'services' && typeof value === 'string') return normalizeOrgName(value);
  return stableJson(value);
}

/** Whether a new scalar value is a change worth recording. */
function sameScalar(field: ScalarField, a: unknown, b: unknown): boolean {
  if (field === 'organization' && typeof a === 'string' && typeof b === 'string') {
    return normalizeOrgName(a) === normalizeOrgName(b);
  }
  return stableJson(a) === stableJson(b);
}

function toMerged<T>(f: SourceFact<T>, origin: FactOrigin, noticeId: string | null): MergedFact<T> {
  return { value: f.value, evidence: f.evidence, confidence: f.confidence, origin, notice_id: noticeId };
}

function listValues(list: MergedFact<unknown>[]): unknown[] {
  return list.map((m) => m.value);
}

/** Values of every field, for diffing two merged states. */
export function factValues(facts: IncidentFacts): Record<FactField, unknown> {
  const out = {} as Record<FactField, unknown>;
  for (const f of SCALAR_FIELDS) out[f] = (facts[f] as MergedFact<unknown> | null)?.value ?? null;
  for (const f of LIST_FIELDS) out[f] = listValues(facts[f] as MergedFact<unknown>[]);
  return out;
}

/** Fields whose values differ between two merged states. */
export function changedFields(before: IncidentFacts | null, after: IncidentFacts): FactField[] {
  const a = before ? factValues(before) : null;
  const b = factValues(after);
  return FACT_FIELDS.filter((f) => stableJson(a?.[f] ?? null) !== stableJson(b[f]));
}

/**
 * Merges an incident's sources (any order) and corrections into its facts and the history of how
 * each fact came to be.
 *
 * @example
 * mergeIncident([first, final], []) // affected: final's count; history: set by first, changed by final
 */
export function mergeIncident(sources: MergeSource[], corrections: CorrectionInput[] = []): MergeResult {
  const facts = emptyIncidentFacts();
  const state = facts as unknown as Record<FactField, MergedFact<unknown> | MergedFact<unknown>[] | null>;
  const history: HistoryEntry[] = [];
  const ordered = [...sources].sort(compareReportOrder);

  for (const src of ordered) {
    const origin: FactOrigin = src.origin;
    for (const field of SCALAR_FIELDS) {
      const f = src.facts[field];
      if (!f || Array.isArray(f)) continue;
      const cur = state[field] as MergedFact<unknown> | null;
      if (cur === null) {
        state[field] = toMerged(f, origin, src.noticeId);
        history.push(entry(field, null, f.value, 'set', src, null));
        continue;
      }
      if (sameScalar(field, cur.value, f.value)) continue;
      // The first public disclosure is the earliest date any report gives.
      if (field === 'published' && String(f.value) > String(cur.value)) continue;
      state[field] = toMerged(f, origin, src.noticeId);
      history.push(entry(field, cur.value, f.value, 'changed', src, cur.notice_id));
    }
    for (const field of LIST_FIELDS) {
      const items = src.facts[field];
      if (!Array.isArray(items) || items.length === 0) continue;
      const cur = state[field] as MergedFact<unknown>[];
      const seen = new Set(cur.map((m) => itemKey(field, m.value)));
      const before = listValues(cur);
      let added = false;
      for (const it of items) {
        const k = itemKey(field, it.value);
        if (seen.has(k)) continue;
        seen.add(k);
        cur.push(toMerged(it, origin, src.noticeId));
        added = true;
      }
      if (added) {
        history.push(
          entry(
            field,
            before.length ? before : null,
            listValues(cur),
            before.length ? 'changed' : 'set',
            src,
            null,
          ),
        );
      }
    }
  }

  const byTime = [...corrections].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  for (const c of byTime) {
    const evidence: Evidence | null = c.quote ? { quote: c.quote, start: -1, end: -1 } : null;
    const isList = (LIST_FIELDS as readonly string[]).includes(c.field);
    const cur = state[c.field];
    const from = isList
      ? listValues(cur as MergedFact<unknown>[])
      : ((cur as MergedFact<unknown> | null)?.value ?? null);
    if (isList) {
      const values = Array.isArray(c.value) ? c.value : c.value === null ? [] : [c.value];
      state[c.field] = values.map((v) => ({
        value: v,
        evidence,
        confidence: 1,
        origin: 'correction',
        notice_id: null,
      }));
    } else {
      state[c.field] =
        c.value === null
          ? null
          : { value: c.value, evidence, confidence: 1, origin: 'correction', notice_id: null };
    }
    history.push({
      field: c.field,
      from: isList && Array.isArray(from) && from.length === 0 ? null : from,
      to: c.value,
      kind: 'corrected',
      noticeId: null,
      fromNoticeId: isList ? null : ((cur as MergedFact<unknown> | null)?.notice_id ?? null),
      origin: 'correction',
      by: c.by,
      reason: c.reason,
      at: c.at,
    });
  }
  return { facts, history };
}

function entry(
  field: FactField,
  from: unknown,
  to: unknown,
  kind: 'set' | 'changed',
  src: MergeSource,
  fromNoticeId: string | null,
): HistoryEntry {
  return {
    field,
    from,
    to,
    kind,
    noticeId: src.noticeId,
    fromNoticeId,
    origin: src.origin,
    by: null,
    reason: src.sourceKey ? `source record ${src.sourceKey}` : null,
    at: src.at,
  };
}
