import { describe, expect, it } from 'vitest';
import { clauseFeaturesJa, clauseModalityJa } from './status-clause.js';

describe('clauseModalityJa', () => {
  it('reads the predicate of a sentence that names the leak', () => {
    expect(clauseModalityJa('架空会員の氏名も外へ流出した可能性あり、と見ています。')).toBe('hedge');
    expect(clauseModalityJa('暗号化済みの名簿が漏えいする可能性は低い、と判断した。')).toBe('low');
    expect(clauseModalityJa('架空名簿の流出は今も確認されていない。')).toBe('denied');
    expect(clauseModalityJa('調べた結果、会員名簿の流出を確認した。')).toBe('stated');
  });
  it('says nothing of a sentence about the attack alone', () => {
    expect(clauseModalityJa('架空商店の受注サーバーに外部から侵入があった。')).toBeNull();
  });
});

describe('clauseFeaturesJa', () => {
  it('names each modality and the first and last', () => {
    expect([
      ...clauseFeaturesJa(['顧客名簿が流出した恐れあり。', '調べた結果、顧客名簿の流出を確認した。']),
    ]).toEqual(['c:hedge', 'c:stated', 'c:first:hedge', 'c:last:stated']);
  });
  it('marks a notice that names no leak', () => {
    expect([...clauseFeaturesJa(['システム障害のお知らせ。'])]).toEqual(['c:none']);
  });
});
