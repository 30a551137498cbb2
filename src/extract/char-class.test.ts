import { describe, expect, it } from 'vitest';
import { admitsCode, charClass } from './char-class.js';

/** Every code the class's pattern admits, below `top`, as the pattern itself answers. */
function byPattern(frag: string, flags: string, top: number): number[] {
  const re = new RegExp(`[${frag}]`, flags);
  const out: number[] = [];
  for (let c = 0; c < top; c++) if (re.test(String.fromCharCode(c))) out.push(c);
  return out;
}

function byCode(frag: string, flags: string, codes: number[] | null, top: number): number[] {
  const cls = charClass(frag, flags, codes);
  const out: number[] = [];
  // Twice: the kept answers must agree with the first ones.
  for (let pass = 0; pass < 2; pass++) {
    out.length = 0;
    for (let c = 0; c < top; c++) if (admitsCode(cls, c)) out.push(c);
  }
  return out;
}

describe('admitsCode', () => {
  it('answers a class as its pattern does, for ASCII, kana and kanji', () => {
    for (const [frag, flags] of [
      ['a-c', ''],
      ['\\s', ''],
      ['\\w\\-', 'i'],
      ['ぁ-ん', ''],
      ['個件名', ''],
      ['é', 'i'],
    ] as const)
      expect(byCode(frag, flags, null, 0x9fff)).toEqual(byPattern(frag, flags, 0x9fff));
  });

  it('compares codes for a one-character class', () => {
    expect(byCode('k', 'i', [107, 75], 0x3000)).toEqual(byPattern('k', 'i', 0x3000));
    expect(byCode('件', '', [0x4ef6], 0x9fff)).toEqual([0x4ef6]);
  });

  it('admits nothing at the end of the text', () => {
    expect(admitsCode(charClass('\\s\\S', '', null), -1)).toBe(false);
    expect(admitsCode(charClass('a', '', [97]), -1)).toBe(false);
  });
});
