import { parentPort } from 'node:worker_threads';
import { defaultEngine } from '../extract/engine.js';
import type { ExtractOptions } from '../extract/types.js';
import { type PrepInput, prepareNotice } from './notice-prep.js';

/**
 * An extraction worker of src/ingest/extract-pool.ts: normalised texts in, the default engine's
 * facts (or why extraction failed) out, and, for items that carry their `input`, what derives from
 * the notice alone (notice-prep.ts). Pure work: no database, no network.
 */
export interface ExtractTask {
  id: number;
  items: { text: string; opts: ExtractOptions; input?: PrepInput }[];
}
export type ExtractReply = {
  id: number;
  results: ({ ok: true; facts: unknown; prep?: unknown } | { ok: false; message: string; code?: string })[];
};

parentPort?.on('message', (task: ExtractTask) => {
  const results = task.items.map((item): ExtractReply['results'][number] => {
    try {
      const facts = defaultEngine.extract(item.text, item.opts);
      if (!item.input) return { ok: true, facts };
      return { ok: true, facts, prep: prepareNotice(item.text, item.input, facts) };
    } catch (err) {
      const e = err as { message?: string; code?: string };
      return { ok: false, message: e?.message ?? String(err), ...(e?.code ? { code: e.code } : {}) };
    }
  });
  parentPort?.postMessage({ id: task.id, results } satisfies ExtractReply);
});
