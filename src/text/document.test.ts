import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from './document.js';
import { makePdf } from './fixtures/pdf.js';

const enc = (s: string) => new TextEncoder().encode(s);
const html = readFileSync(new URL('./fixtures/notice-ja.html', import.meta.url));
const txt = readFileSync(new URL('./fixtures/notice-en.txt', import.meta.url));

describe('loadDocument', () => {
  it('reads plain text, taking a short first line as the title', async () => {
    const d = await loadDocument({ bytes: new Uint8Array(txt), name: 'notice-en.txt' });
    expect(d.kind).toBe('text');
    expect(d.title).toBe('Notice of Data Security Incident');
    expect(d.text).toContain('Example Widgets Inc.');
  });

  it('chooses HTML by content type, by markup, or by extension', async () => {
    expect(
      (await loadDocument({ bytes: new Uint8Array(html), contentType: 'text/html; charset=utf-8' })).kind,
    ).toBe('html');
    expect((await loadDocument({ bytes: new Uint8Array(html), name: 'notice' })).kind).toBe('html');
    const d = await loadDocument({ bytes: enc('<p>本文</p>'), name: 'n.htm' });
    expect(d).toMatchObject({ kind: 'html', text: '本文' });
  });

  it('chooses PDF by its signature whatever the name or vague type says', async () => {
    const pdf = makePdf([['Example Widgets notice']]);
    const d = await loadDocument({ bytes: pdf, name: 'notice.txt', contentType: 'application/octet-stream' });
    expect(d).toMatchObject({ kind: 'pdf', text: 'Example Widgets notice', pages: 1 });
  });

  it('refuses unsupported types and binary data with unsupported_media_type', async () => {
    await expect(loadDocument({ bytes: enc('x'), contentType: 'image/png' })).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
    await expect(loadDocument({ bytes: enc('x'), name: 'sheet.xlsx' })).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
    const binary = new Uint8Array(256).map((_, i) => i % 7);
    await expect(loadDocument({ bytes: binary, name: 'blob.txt' })).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
  });

  it('says so when a .pdf is not a PDF', async () => {
    await expect(loadDocument({ bytes: enc('hello'), name: 'notice.pdf' })).rejects.toMatchObject({
      code: 'unprocessable_document',
    });
  });
});
