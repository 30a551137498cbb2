import type { NoticeFacts } from '../extract/types.js';
import type { SourceFact, SourceFacts } from './merge.js';
import type { IncidentRecord } from './record.js';

/** Confidence given to imported facts: curated datasets, but no quote to check them against. */
const IMPORT_CONFIDENCE = 0.9;

function fact<T>(value: T): SourceFact<T> {
  return { value, evidence: null, confidence: IMPORT_CONFIDENCE };
}

function optional<T>(value: T | null): SourceFact<T> | null {
  return value === null ? null : fact(value);
}

/**
 * An imported record as merge input: the same fields as a notice's facts, without evidence.
 *
 * @example recordToSourceFacts(record).affected // => { value: {count: 1000, …}, evidence: null, … }
 */
export function recordToSourceFacts(r: IncidentRecord): SourceFacts {
  return {
    organization: fact(r.organization.name),
    services: r.services.map((s) => fact(s.name)),
    report_stage: optional(r.report_stage),
    published: optional(r.published),
    incident_start: optional(r.incident_start),
    incident_end: optional(r.incident_end),
    detected: optional(r.detected),
    contained: optional(r.contained),
    affected: optional(r.affected),
    data_classes: r.data_classes.map(fact),
    causes: r.causes.map(fact),
    measures: r.measures.map(fact),
    leak_status: optional(r.leak_status),
    contact: optional(r.contact),
  };
}

/** A notice's extracted facts as merge input (every field but `lang`). */
export function noticeToSourceFacts(f: NoticeFacts): SourceFacts {
  const { lang: _lang, ...rest } = f;
  return rest as SourceFacts;
}
