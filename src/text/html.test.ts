import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { decodeHtml, htmlToText, MAX_HTML_CHARS, parseHtmlDocument } from './html.js';

const fixture = readFileSync(new URL('./fixtures/notice-ja.html', import.meta.url), 'utf8');

describe('htmlToText', () => {
  it('extracts the main text of a notice with its line structure', () => {
    const r = htmlToText(fixture);
    expect(r.title).toContain('不正アクセスによる個人情報流出の可能性に関するお知らせ');
    expect(r.published).toBe('2031-04-12');
    const lines = r.text.split('\n');
    expect(lines).toContain('氏名');
    expect(lines).toContain('メールアドレス');
    expect(lines).toContain('会員\t最大 1,234 件');
    // One line per list item and table row, no blank lines between them.
    expect(r.text).toContain('氏名\nメールアドレス\n電話番号');
    expect(r.text).toContain('区分\t件数\n会員\t最大 1,234 件');
    expect(r.text).not.toContain('Sample Shoji'); // footer outside the article
    expect(r.text).toContain('流出した可能性があることが判明しました。\n皆さまに');
    expect(r.text).toContain('お問い合わせ & ご相談窓口');
    expect(r.text).not.toContain('tracking');
    expect(r.text).not.toContain('color: red');
    expect(r.text).not.toContain('ホーム');
  });

  it('keeps paragraphs apart with one blank line', () => {
    const r = htmlToText('<p>第一段落</p>\n\n\n<p>第二段落</p><div>三</div><div>四</div>');
    // (Readability turns text-only <div>s into paragraphs, so 三 and 四 may be a blank line apart.)
    expect(r.text).toMatch(/^第一段落\n\n第二段落\n\n三\n\n?四$/);
  });

  it('decodes entities and collapses markup whitespace', () => {
    const r = htmlToText('<p>A&amp;B &lt;tag&gt; &#x6F22;&#23383;\n   spaced   out</p>');
    expect(r.text).toBe('A&B <tag> 漢字 spaced out');
  });

  it('falls back to the body text when Readability finds no article', () => {
    const r = htmlToText('<html><body><span>Example Widgets Inc. notice</span></body></html>');
    expect(r.text).toBe('Example Widgets Inc. notice');
  });

  it('reads malformed HTML', () => {
    const r = htmlToText('<p>unclosed <b>bold <i>italic</p><li>one<li>two</ul></div></span><p>end');
    expect(r.text).toContain('unclosed bold italic');
    expect(r.text).toMatch(/one\n+two/);
    expect(r.text).toContain('end');
  });

  it('handles 100 000 nested elements without overflowing the stack', () => {
    const n = 100_000;
    const html = `<title>深い</title>${'<div>'.repeat(n)}本文です${'</div>'.repeat(n)}`;
    const r = htmlToText(html);
    expect(r.text).toBe('本文です');
    expect(r.title).toBe('深い');
  });

  it('reads moderately deep pages through the DOM without Readability', () => {
    const html = `${'<div>'.repeat(500)}<p>一</p><p>二</p>${'</div>'.repeat(500)}`;
    expect(htmlToText(html).text).toBe('一\n\n二');
  });

  it('refuses documents over the size cap with payload_too_large', () => {
    expect(() => htmlToText('x'.repeat(MAX_HTML_CHARS + 1))).toThrow(
      expect.objectContaining({ code: 'payload_too_large' }),
    );
  });

  it('refuses too-deep markup when a DOM is required', () => {
    expect(() => parseHtmlDocument('<div>'.repeat(3000))).toThrow(
      expect.objectContaining({ code: 'unprocessable_document' }),
    );
  });

  it('never throws anything but AppError on random and hostile input', () => {
    const tags = fc.constantFrom(
      '<div>',
      '</div>',
      '<p>',
      '</p>',
      '<br>',
      '<li>',
      '<table><tr><td>',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      '<![CDATA[',
      '&amp;',
      '&#0;',
      '&#xD800;',
      '<',
      '>',
      '"',
      "'",
      '<a href="javascript:x">',
      '<svg><foreignObject>',
      '\u0000',
    );
    const input = fc
      .array(fc.oneof(tags, fc.string({ maxLength: 20 })), { maxLength: 60 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(input, (html) => {
        try {
          const r = htmlToText(html);
          expect(typeof r.text).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('decodeHtml', () => {
  // 「お知らせ」 in Shift_JIS and EUC-JP
  const sjis = new Uint8Array([0x82, 0xa8, 0x92, 0x6d, 0x82, 0xe7, 0x82, 0xb9]);
  const eucjp = new Uint8Array([0xa4, 0xaa, 0xc3, 0xce, 0xa4, 0xe9, 0xa4, 0xbb]);
  const ascii = (s: string) => Array.from(new TextEncoder().encode(s));

  it('uses the charset of the Content-Type header', () => {
    expect(decodeHtml(sjis, 'text/html; charset=Shift_JIS')).toBe('お知らせ');
    expect(decodeHtml(eucjp, 'text/html; charset="EUC-JP"')).toBe('お知らせ');
    expect(decodeHtml(sjis, 'text/html; charset=x-sjis')).toBe('お知らせ');
  });

  it('uses a <meta> charset when the header has none', () => {
    const page = new Uint8Array([...ascii('<meta charset="shift_jis"><p>'), ...sjis]);
    expect(decodeHtml(page)).toContain('お知らせ');
    const page2 = new Uint8Array([
      ...ascii('<meta http-equiv="Content-Type" content="text/html; charset=euc-jp"><p>'),
      ...eucjp,
    ]);
    expect(decodeHtml(page2, 'text/html')).toContain('お知らせ');
  });

  it('guesses UTF-8, Shift_JIS or EUC-JP when nothing is declared', () => {
    expect(decodeHtml(new TextEncoder().encode('お知らせ'))).toBe('お知らせ');
    expect(decodeHtml(sjis)).toBe('お知らせ');
    expect(decodeHtml(eucjp)).toBe('お知らせ');
  });

  it('honours a byte-order mark and survives unknown labels', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('第一報')]))).toBe(
      '第一報',
    );
    expect(decodeHtml(new TextEncoder().encode('ok'), 'text/html; charset=no-such-charset')).toBe('ok');
  });
});
