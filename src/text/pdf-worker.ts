/**
 * Worker-thread entry of the PDF reader (started by pdf-thread.ts): answers each `{ id, bytes }`
 * with `{ id, result }` or `{ id, error }`. A rejection pdf.js leaves without a handler is dropped
 * here (see pdf-thread.ts); any other escaping error ends this worker, which the reader reports.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { readPdfText } from './pdf.js';
import { isPdfJsFailure, type PdfRequest, type PdfResponse } from './pdf-thread.js';

process.on('unhandledRejection', (reason) => {
  if (isPdfJsFailure(reason)) return;
  throw reason;
});

parentPort?.on('message', async (req: PdfRequest) => {
  let res: PdfResponse;
  try {
    res = { id: req.id, result: await readPdfText(req.bytes) };
  } catch (err) {
    const e =
      err instanceof AppError
        ? err
        : new AppError('unprocessable_document', `Cannot read this PDF: ${(err as Error).message}`);
    res = { id: req.id, error: { code: e.code, message: e.message } };
  }
  parentPort?.postMessage(res);
});
