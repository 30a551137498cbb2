import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { makePdf } from './fixtures/pdf.js';
import { MAX_PDF_BYTES, pdfToText } from './pdf.js';

describe('pdfToText', () => {
  it('reads the text of each page, in order, lines kept', async () => {
    const pdf = makePdf([
      ['Notice of Data Security Incident', 'Example Widgets Inc. (Example) detected unusual activity.'],
      ['What we are doing: passwords were reset.'],
    ]);
    const r = await pdfToText(pdf);
    expect(r.pages).toBe(2);
    expect(r.text).toBe(
      'Notice of Data Security Incident\nExample Widgets Inc. (Example) detected unusual activity.\n\nWhat we are doing: passwords were reset.',
    );
  });

  it('does not detach the caller’s buffer', async () => {
    const pdf = makePdf([['once']]);
    await pdfToText(pdf);
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect((await pdfToText(pdf)).text).toBe('once');
  });

  it('refuses what is not a PDF, or a broken one, with unprocessable_document', async () => {
    await expect(pdfToText(new TextEncoder().encode('hello'))).rejects.toMatchObject({
      code: 'unprocessable_document',
      message: expect.stringMatching(/%PDF-/),
    });
    await expect(pdfToText(new TextEncoder().encode('%PDF-1.4\n1 0 obj <<'))).rejects.toMatchObject({
      code: 'unprocessable_document',
    });
  });

  it('refuses PDFs over the size cap', async () => {
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    await expect(pdfToText(big)).rejects.toMatchObject({ code: 'payload_too_large' });
  });

  it('never throws anything but AppError on corrupted PDFs', async () => {
    const base = makePdf([['Example Widgets notice'], ['page two']]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.nat(base.length),
        async (flips, cut) => {
          const bytes = base.slice(0, Math.max(9, cut));
          for (const [i, v] of flips) if (i >= 8 && i < bytes.length) bytes[i] = v;
          try {
            const r = await pdfToText(bytes);
            expect(typeof r.text).toBe('string');
          } catch (err) {
            expect(err).toBeInstanceOf(AppError);
          }
        },
      ),
      // A fixed seed keeps CI deterministic. About 1 in 100 such inputs makes pdf.js leave a rejection
      // without a handler; the PDF worker contains it (pdf-thread.test.ts holds one such input).
      { numRuns: 60, seed: 20261205 },
    );
  });
});
