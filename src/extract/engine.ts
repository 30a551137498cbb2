import { normalizeText } from '../text/normalize.js';
import { extractNormalized, MAX_NOTICE_CHARS } from './index.js';
import type { ExtractedNotice, ExtractOptions, NoticeFacts } from './types.js';

/** What an engine extracts: the facts, and the notice's readable title when the engine reads one. */
export type EngineFacts = NoticeFacts & Partial<Pick<ExtractedNotice, 'title'>>;

/** The text stage and extraction engine that ingestion runs (injectable for tests and benchmarks). */
export interface IngestEngine {
  normalize(raw: string): string;
  extract(text: string, opts: ExtractOptions): EngineFacts;
}

/**
 * The project's text stage and extraction: normalizeText() then extractNormalized() on the same
 * normalised text, so that evidence offsets point into the text the store keeps.
 *
 * @example defaultEngine.extract(defaultEngine.normalize(raw), { lang: 'ja' }) // => facts and title
 */
export const defaultEngine: IngestEngine = {
  normalize: normalizeText,
  extract: (text, opts) => extractNormalized(text.slice(0, MAX_NOTICE_CHARS), opts),
};
