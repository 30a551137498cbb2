import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { extract, extractAll } from './index.js';

/**
 * No input makes extraction throw or hang: empty text, random unicode, binary, broken UTF-8 (as
 * decoded with replacement characters), deeply nested HTML-like text and one 5 MB string.
 */

function checkFacts(text: string): void {
  const f = extract(text);
  expect(['ja', 'en']).toContain(f.lang);
  const norm = normalizeText(text.length > 400_000 ? text.slice(0, 400_000) : text);
  for (const v of Object.values(f)) {
    const list = Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : [];
    for (const fact of list as { evidence?: { start: number; end: number } }[]) {
      if (!fact.evidence) continue;
      expect(fact.evidence.start).toBeGreaterThanOrEqual(0);
      expect(fact.evidence.end).toBeLessThanOrEqual(norm.length);
    }
  }
}

describe('extract never throws', () => {
  it('on empty and whitespace input', () => {
    for (const t of ['', ' ', '\n\n\n', '\u3000', '。。。']) checkFacts(t);
  });

  it('on random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        checkFacts(s);
      }),
      { numRuns: 150 },
    );
  });

  it('on random notice-like fragments', () => {
    const piece = fc.constantFrom(
      '2024年5月21日',
      '令和元年',
      'から',
      '~',
      '不正アクセス',
      '流出した可能性',
      '氏名、',
      '169万2,496件',
      '第二報',
      '<br>',
      '&nbsp;',
      'May 4, 2017',
      ' between ',
      ' and ',
      'may have been accessed',
      '同日',
      '11時30分',
      '\n',
      '。',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        checkFacts(parts.join(''));
        expect(extractAll(parts.join('')).length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('on binary and broken UTF-8 decoded with replacement characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        checkFacts(new TextDecoder('utf-8').decode(bytes));
        checkFacts(String.fromCharCode(...bytes));
      }),
      { numRuns: 100 },
    );
  });

  it('on deeply nested HTML-like text', () => {
    const nested = `${'<div><span a="<">'.repeat(3000)}氏名が流出しました${'</span></div>'.repeat(3000)}<!--${'<'.repeat(5000)}`;
    checkFacts(nested);
    checkFacts('<script>'.repeat(20000));
  });

  it('on a 5 MB string, in reasonable time', () => {
    const unit = '2024年5月21日、不正アクセスにより氏名とメールアドレス1,234件が流出した可能性があります。\n';
    const big = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    const t0 = Date.now();
    checkFacts(big);
    expect(extractAll(big).length).toBeGreaterThanOrEqual(1);
    // Not a speed goal (that is bench/), only a guard against runaway backtracking.
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});
