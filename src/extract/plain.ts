import {
  type Affected,
  type Contact,
  type CountStatement,
  type Evidence,
  type Fact,
  LIST_FACT_FIELDS,
  type NoticeFacts,
  type Scope,
  SINGLE_FACT_FIELDS,
} from './types.js';

/**
 * NoticeFacts flattened to plain values under the GUIDE's field names (what `leakwatch extract
 * --json` prints and what the evaluation scores), with every fact's evidence under `evidence`.
 */
export interface PlainFacts {
  lang: NoticeFacts['lang'];
  /** Present when the facts came from extract() (which reads a title beside the facts). */
  title?: string | null;
  organization: string | null;
  services: string[];
  report_stage: string | null;
  published: string | null;
  incident_start: string | null;
  incident_end: string | null;
  detected: string | null;
  contained: string | null;
  resumed: string | null;
  regulator_reported: string | null;
  police_reported: string | null;
  affected: Affected | null;
  counts: CountStatement[];
  data_classes: string[];
  causes: string[];
  measures: string[];
  leak_status: string | null;
  contact: Contact | null;
  scope: Scope[];
  evidence: Record<string, Evidence | Evidence[]>;
}

/**
 * Plain values and evidence of a NoticeFacts.
 *
 * @example toPlain(extract(text)).data_classes // → ['Names', 'Email addresses']
 */
export function toPlain(f: NoticeFacts & { title?: Fact<string> | null }): PlainFacts {
  const evidence: Record<string, Evidence | Evidence[]> = {};
  const out: Record<string, unknown> = { lang: f.lang };
  if (f.title !== undefined) {
    out.title = f.title ? f.title.value : null;
    if (f.title) evidence.title = f.title.evidence;
  }
  for (const k of SINGLE_FACT_FIELDS) {
    const fact = f[k] as Fact<unknown> | null;
    out[k] = fact ? fact.value : null;
    if (fact) evidence[k] = fact.evidence;
  }
  for (const k of LIST_FACT_FIELDS) {
    const list = f[k] as Fact<unknown>[];
    out[k] = list.map((x) => x.value);
    if (list.length > 0) evidence[k] = list.map((x) => x.evidence);
  }
  out.evidence = evidence;
  return out as unknown as PlainFacts;
}
