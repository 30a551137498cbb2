/**
 * Worker-thread entry of the notice check (started by off-thread.ts): answers each
 * `{ id, text, opts }` with `{ id, result }` or `{ id, error }`. The draft never leaves the thread
 * except as the check's result, and is never logged.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from './off-thread.js';
import { analyseDraft } from './run.js';

parentPort?.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    res = { id: req.id, result: analyseDraft(req.text, req.opts) };
  } catch (err) {
    res = { id: req.id, error: (err as Error).message };
  }
  parentPort?.postMessage(res);
});
