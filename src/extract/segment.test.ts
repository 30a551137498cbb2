import { describe, expect, it } from 'vitest';
import { lastNewline, newlineOffsets, splitSentences } from './segment.js';

describe('lastNewline', () => {
  it('answers as text.lastIndexOf("\\n", pos) at every position, negative and past the end too', () => {
    for (const text of ['', 'abc', '\nab\n\ncd\n', '見出し\n本文。\n\n2024年1月1日\n']) {
      const nl = newlineOffsets(text);
      for (let pos = -3; pos <= text.length + 2; pos++) {
        expect(lastNewline(nl, pos)).toBe(text.lastIndexOf('\n', pos));
      }
    }
  });
});

describe('splitSentences: a wrapped line ending on an aside in brackets', () => {
  it('goes on when a particle opens the next line, and stops before a heading', () => {
    const t =
      '(2) 同年5月13日、請求を受けて、署員が事件の整理用に作った台帳(以下「台帳」という。)\nに綴じられた書類を確認したところ、一部がないことが判明した。\n(3) 見出し';
    const segs = splitSentences(t).map((s) => s.text);
    expect(segs[0]).toContain('判明した。');
    expect(segs.at(-1)).toBe('(3) 見出し');
  });
});
