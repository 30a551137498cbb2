import { randomBytes } from 'node:crypto';
import type { NoticeFacts } from '../extract/types.js';
import type { SourceFacts } from '../incidents/merge.js';
import { noticeToSourceFacts } from '../incidents/record-facts.js';
import type { IncidentFacts } from '../incidents/types.js';

/**
 * Parsed facts kept in memory between the notices of an ingest (issue 17): a later report rebuilds
 * its incident from every notice of it, and each candidate incident's facts are compared, so
 * without these the same JSON is parsed again for every notice that follows (measured: the largest
 * part of a rebuild). A stored notice's facts never change (its row is never updated and its id is
 * never reused), so they are kept by notice id. An incident's facts do change, so they are kept with
 * the JSON they were read from or written as, and used only when the stored JSON is that same text.
 * Values are shared, never modified.
 */

/** A bounded map that drops its least recently used half when full. */
class Recent<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // Most recently used last (a Map keeps insertion order).
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V): void {
    if (this.map.size >= this.max && !this.map.has(key)) {
      let drop = this.max / 2;
      for (const k of this.map.keys()) {
        if (drop-- <= 0) break;
        this.map.delete(k);
      }
    }
    this.map.delete(key);
    this.map.set(key, v);
  }
  clear(): void {
    this.map.clear();
  }
}

/** A stored notice's columns that an incident's merge reads besides its facts. */
export interface NoticeMeta {
  id: string;
  published: string | null;
  report_stage: string | null;
  created_at: string;
  title: string | null;
  lang: string;
  url: string | null;
}

const noticeFacts = new Recent<SourceFacts>(20_000);
const noticeMetas = new Recent<NoticeMeta>(20_000);
const incidentFacts = new Recent<{ json: string; facts: IncidentFacts; tag: string | null }>(10_000);

/** This process's part of every facts tag: 96 random bits. */
const TAG_PREFIX = randomBytes(12).toString('base64url');
let tagCount = 0;

/**
 * A new tag for a write of an incident's facts (the column `facts_tag`): unique across processes
 * (a random prefix per process, a counter), never given twice, so a tag seen once always names the
 * same facts — even after the transaction that wrote it was rolled back (its tag is then simply
 * never stored).
 */
export function factsTag(): string {
  tagCount++;
  return `${TAG_PREFIX}.${tagCount.toString(36)}`;
}

/** Keeps a stored notice's columns and facts as merge input (insertNotice hands them over as it stores it). */
export function rememberNotice(meta: NoticeMeta, facts: NoticeFacts): void {
  noticeMetas.set(meta.id, meta);
  noticeFacts.set(meta.id, noticeToSourceFacts(facts));
}

/** Keeps a stored notice's columns (as read from the store). */
export function rememberNoticeMeta(meta: NoticeMeta): void {
  noticeMetas.set(meta.id, meta);
}

/** A stored notice's columns, when kept. */
export function noticeMeta(noticeId: string): NoticeMeta | undefined {
  return noticeMetas.get(noticeId);
}

/** A notice's facts as merge input, from memory or parsed from `json` (its stored facts) when given. */
export function noticeSourceFacts(noticeId: string): SourceFacts | undefined;
export function noticeSourceFacts(noticeId: string, json: string): SourceFacts;
export function noticeSourceFacts(noticeId: string, json?: string): SourceFacts | undefined {
  const known = noticeFacts.get(noticeId);
  if (known || json === undefined) return known;
  const parsed = noticeToSourceFacts(JSON.parse(json) as NoticeFacts);
  noticeFacts.set(noticeId, parsed);
  return parsed;
}

/** Keeps an incident's merged facts with the JSON they are stored as and their tag (null: untagged). */
export function rememberIncidentFacts(
  incidentId: string,
  json: string,
  facts: IncidentFacts,
  tag: string | null,
): void {
  incidentFacts.set(incidentId, { json, facts, tag });
}

/**
 * An incident's facts as stored in `json` (with `tag`, as read with them): from memory when it is
 * the JSON last seen for it, else parsed (and kept).
 */
export function incidentFactsOf(incidentId: string, json: string, tag: string | null = null): IncidentFacts {
  const known = incidentFacts.get(incidentId);
  if (known && known.json === json) {
    if (tag !== null && known.tag !== tag) incidentFacts.set(incidentId, { ...known, tag });
    return known.facts;
  }
  const facts = JSON.parse(json) as IncidentFacts;
  incidentFacts.set(incidentId, { json, facts, tag });
  return facts;
}

/**
 * An incident's facts and their JSON when the ones kept carry `tag` (the stored facts_tag): the
 * facts column need not be read. Undefined for an untagged incident or another version.
 */
export function incidentFactsTagged(
  incidentId: string,
  tag: string | null,
): { json: string; facts: IncidentFacts } | undefined {
  if (tag === null) return undefined;
  const known = incidentFacts.get(incidentId);
  return known && known.tag === tag ? known : undefined;
}

/** The tag of an incident's facts kept in memory, or null. */
export function keptFactsTag(incidentId: string): string | null {
  return incidentFacts.get(incidentId)?.tag ?? null;
}

/** Forgets every kept fact (tests: a fresh process). */
export function forgetFacts(): void {
  noticeFacts.clear();
  noticeMetas.clear();
  incidentFacts.clear();
}
