import { getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { makePdf } from './fixtures/pdf.js';
import { pdfToText } from './pdf.js';
import { isPdfJsFailure, PdfThread } from './pdf-thread.js';

/**
 * A fictional two-page notice whose page tree is damaged so that pdf.js 5 leaves a promise rejected
 * without a handler (ParserEOFException) while it gives up on the document: found by fuzzing in
 * session 9. Read in the calling thread, that rejection would end the process (and fail this test
 * file under vitest); read in the PDF worker, it is contained.
 */
function damagedPageTree(): Uint8Array {
  const bytes = makePdf([
    ['Notice of Data Security Incident', 'Example Widgets Inc. (Example) detected unusual activity.'],
    ['What we are doing: passwords were reset.'],
  ]).slice(0, 987);
  bytes[301] = 0x28; // '('
  bytes[330] = 0x2f; // '/'
  bytes[566] = 0x28;
  return bytes;
}

describe('the PDF worker', () => {
  const threads: PdfThread[] = [];
  afterAll(() => {
    for (const t of threads) t.close();
  });

  it('turns a damaged page tree into a clear error, with no stray rejection in this thread', async () => {
    await expect(pdfToText(damagedPageTree())).rejects.toMatchObject({ code: 'unprocessable_document' });
    // The worker survives the stray rejection and reads the next PDF.
    const ok = await pdfToText(makePdf([['Example Widgets notice']]));
    expect(ok.text).toBe('Example Widgets notice');
  });

  it('stops a read that outruns its budget and starts a new worker for the next one', async () => {
    const slow = new PdfThread(1); // 1 ms: shorter than starting the worker
    threads.push(slow);
    const err = await slow.read(makePdf([['Example Widgets notice']])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('unprocessable_document');
    expect((err as AppError).message).toMatch(/took longer than/);
  });

  it('keeps the caller’s bytes', async () => {
    const pdf = makePdf([['Example Widgets notice']]);
    await pdfToText(pdf);
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });

  it('tells pdf.js’s own exceptions from others', async () => {
    const fromPdfJs = await getDocumentProxy(new TextEncoder().encode('%PDF-1.4\nnot really')).catch(
      (e: unknown) => e,
    );
    expect(isPdfJsFailure(fromPdfJs)).toBe(true);
    expect(isPdfJsFailure(Object.assign(new Error('x'), { name: 'FormatError' }))).toBe(false);
    expect(isPdfJsFailure('FormatError')).toBe(false);
  });
});
