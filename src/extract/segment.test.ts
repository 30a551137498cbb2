import { describe, expect, it } from 'vitest';
import { joinTexts, lastNewline, newlineOffsets, splitSentences } from './segment.js';

describe('joinTexts', () => {
  it('joins as map((s) => s.text).join(sep) does, for none, one and several segments', () => {
    for (const texts of [[], ['一行'], ['a', '', 'b c'], ['第一文。', '第二文', '見出し']]) {
      const segs = texts.map((text) => ({ text }));
      expect(joinTexts(segs, '\n')).toBe(texts.join('\n'));
      expect(joinTexts(segs, '')).toBe(texts.join(''));
    }
  });
});

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

describe('splitSentences: a sentence that opens mid-line in wrapped PDF text (session 9)', () => {
  it('goes on past the line break when the line is long and holds an earlier full stop', () => {
    const t =
      '2099年6月3日、見本課は通知書を発送しました。6月5日、受け取った方から連絡が\nあり、誤送付が判明しました。\n3 対応';
    const segs = splitSentences(t).map((s) => s.text);
    expect(segs[1]).toBe('6月5日、受け取った方から連絡が\nあり、誤送付が判明しました。');
    expect(segs.at(-1)).toBe('3 対応');
  });
  it('joins a date cut after its year, not a heading month followed by a list number', () => {
    const cut = splitSentences('見本課は通知書を発送しました。2099年\n6月5日、連絡がありました。').map(
      (s) => s.text,
    );
    expect(cut[1]).toBe('2099年\n6月5日、連絡がありました。');
    const list = splitSentences('1 発生時期 2099年2月\n2 発生場所 見本小学校').map((s) => s.text);
    expect(list).toEqual(['1 発生時期 2099年2月', '2 発生場所 見本小学校']);
  });
  it('keeps a short heading line apart', () => {
    const segs = splitSentences('経緯\n6月5日、連絡がありました。').map((s) => s.text);
    expect(segs).toEqual(['経緯', '6月5日、連絡がありました。']);
  });
});

describe('splitSentences: an English date cut by a line break', () => {
  it('joins a date cut after its day or its month, so its sentence stays whole', () => {
    const cutDay = splitSentences('On March 3,\n2022, Example Quilts learned that a mailbox was opened.');
    expect(cutDay.map((s) => s.text)).toEqual([
      'On March 3,\n2022, Example Quilts learned that a mailbox was opened.',
    ]);
    const cutMonth = splitSentences('On or about Sept.\n14, 2021, we found a stranger in our files.');
    expect(cutMonth).toHaveLength(1);
  });
  it('keeps a line that ends on a lower-case "may" or on no month apart from a number below', () => {
    expect(splitSentences('Your data may\n2. Steps we took')).toHaveLength(2);
    expect(splitSentences('Summary of events\n12 accounts were opened.')).toHaveLength(2);
  });
});

describe('splitSentences: an English sentence that ends on an acronym', () => {
  it('ends the sentence after an acronym when a new subject follows', () => {
    expect(
      splitSentences('The college told the FBI. It then shut its network down.').map((s) => s.text),
    ).toEqual(['The college told the FBI.', 'It then shut its network down.']);
    expect(splitSentences('Staff reported it to the IRS. Oakfield said no return was filed.')).toHaveLength(
      2,
    );
  });
  it('keeps dotted letters together', () => {
    expect(splitSentences('We banked with U.S. Bank until May.')).toHaveLength(1);
    expect(splitSentences('We wrote to the U.S. Department of Labor in May.')).toHaveLength(1);
  });
});
