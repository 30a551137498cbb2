import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createDeflate } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makePdf } from './fixtures/pdf.js';
import { inflatedSize, MAX_PDF_INFLATED_BYTES, pdfToText } from './pdf.js';

const GIB = 1024 ** 3;

/** Deflates `total` bytes of spaces as a stream, never holding more than 1 MiB of them. */
async function deflatedSpaces(total: number): Promise<Buffer> {
  const z = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let sent = 0; sent < total; sent += chunk.length) {
    if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

/** A one-page PDF whose content stream is `deflated` (FlateDecode), with a correct xref. */
function pdfWithStream(deflated: Buffer): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  push('%PDF-1.4\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ];
  objects.forEach((body, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n${body}\nendobj\n`);
  });
  offsets.push(length);
  push(`4 0 obj\n<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`);
  push(deflated);
  push('\nendstream\nendobj\n');
  const xref = length;
  push(
    `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`,
  );
  push(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

describe('PDF decompression bombs (issue 18)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-pdfbomb-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures ordinary PDFs and reads them as before', async () => {
    const pdf = makePdf([['Notice of Data Breach']]);
    expect(inflatedSize(pdf)).toBeLessThan(200);
    const small = pdfWithStream(await deflatedSpaces(1024 * 1024));
    expect(inflatedSize(small)).toBe(1024 * 1024);
    await expect(pdfToText(small)).resolves.toMatchObject({ pages: 1 });
  });

  it('refuses a stream that inflates past the cap, also when deflated twice', async () => {
    const over = await deflatedSpaces(MAX_PDF_INFLATED_BYTES + 1024 * 1024);
    await expect(pdfToText(pdfWithStream(over))).rejects.toMatchObject({ code: 'payload_too_large' });
    const twice = await new Promise<Buffer>((resolve, reject) => {
      const z = createDeflate();
      const out: Buffer[] = [];
      z.on('data', (c: Buffer) => out.push(c));
      z.on('end', () => resolve(Buffer.concat(out)));
      z.on('error', reject);
      z.end(over);
    });
    expect(() => inflatedSize(pdfWithStream(twice))).toThrow(/inflate to more than/);
  });

  it('reads a 1 GiB-inflating PDF in a child process that stays under 600 MB resident', async () => {
    const bomb = pdfWithStream(await deflatedSpaces(GIB));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const file = join(dir, 'bomb.pdf');
    writeFileSync(file, bomb);
    const pdfModule = fileURLToPath(new URL('./pdf.ts', import.meta.url));
    const script = `
      import { readFileSync } from 'node:fs';
      import { pdfToText } from ${JSON.stringify(pdfModule)};
      let code = 'read';
      try { await pdfToText(new Uint8Array(readFileSync(${JSON.stringify(file)}))); }
      catch (e) { code = e.code ?? String(e); }
      console.log(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }));`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { env: { ...process.env, LEAKWATCH_LOG_LEVEL: 'silent' }, timeout: 120_000 },
    );
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as { code: string; maxRssKb: number };
    console.info(
      `PDF bomb (${bomb.length} bytes → 1 GiB): ${r.code}, peak RSS ${Math.round(r.maxRssKb / 1024)} MB`,
    );
    expect(r.code).toBe('payload_too_large');
    expect(r.maxRssKb * 1024).toBeLessThan(600 * 1024 * 1024);
  }, 120_000);
});
