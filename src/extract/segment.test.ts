import { describe, expect, it } from 'vitest';
import { lastNewline, newlineOffsets } from './segment.js';

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
