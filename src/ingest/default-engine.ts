import type { IngestEngine } from '../extract/engine.js';
import { normalizeText } from '../text/normalize.js';

/**
 * The default extraction engine, loaded on first use. Its modules (lexicons and patterns built
 * as they load: ≈ 0.45–0.65 s of CPU) are needed only in a thread that extracts; with extraction
 * workers (`leakwatch ingest DIR`) the writing thread only normalises, and loading them there too
 * cost that much of its CPU for nothing (issue 17).
 */
let loaded: Promise<IngestEngine> | undefined;

export function loadDefaultEngine(): Promise<IngestEngine> {
  loaded ??= import('../extract/engine.js').then((m) => m.defaultEngine);
  return loaded;
}

/** The default engine's text stage alone (the same normalizeText), for a thread that does not extract. */
export const normaliseOnly: IngestEngine = {
  normalize: normalizeText,
  extract() {
    throw new Error('extraction runs on the extraction workers');
  },
};
