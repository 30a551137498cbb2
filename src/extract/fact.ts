import type { Segment } from './segment.js';
import type { Evidence, Fact } from './types.js';

/** Evidence quoting a whole segment (sentence or line). */
export function evidenceOf(seg: Segment): Evidence {
  return { quote: seg.text, start: seg.start, end: seg.end };
}

/** A fact read from a segment. */
export function factOf<T>(value: T, seg: Segment, confidence: number): Fact<T> {
  return { value, evidence: evidenceOf(seg), confidence };
}

/** Evidence quoting an arbitrary span of the text. */
export function spanEvidence(text: string, start: number, end: number): Evidence {
  return { quote: text.slice(start, end), start, end };
}
