import { extract } from '../index.js';
import { splitSentences } from '../segment.js';
import type { ExtractOptions } from '../types.js';

/** Sentences of a normalised fixture, for calling the rule modules directly. */
export const sents = (t: string) => splitSentences(t);

/** The incident dates `extract` reads from a fixture (the date tests' common view of its output). */
export function incidentDates(t: string, opts: ExtractOptions = {}) {
  const f = extract(t, opts);
  return {
    start: f.incident_start?.value ?? null,
    end: f.incident_end?.value ?? null,
    detected: f.detected?.value ?? null,
  };
}
