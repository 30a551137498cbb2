import { describe, expect, it } from 'vitest';
import { clauseFeaturesJa, clauseModalityJa } from './status-clause.js';

describe('clauseModalityJa', () => {
  it('reads the predicate of a sentence that names the leak', () => {
    expect(clauseModalityJa('会員の氏名が流出した可能性があります。')).toBe('hedge');
    expect(clauseModalityJa('情報が外部に漏えいする可能性は極めて低いと考えております。')).toBe('low');
    expect(clauseModalityJa('現時点で個人情報の流出は確認されておりません。')).toBe('denied');
    expect(clauseModalityJa('調査の結果、会員情報の流出を確認しました。')).toBe('stated');
  });
  it('says nothing of a sentence about the attack alone', () => {
    expect(clauseModalityJa('当社サーバーが第三者による不正アクセスを受けました。')).toBeNull();
  });
});

describe('clauseFeaturesJa', () => {
  it('names each modality and the first and last', () => {
    expect([
      ...clauseFeaturesJa(['氏名が流出した恐れがあります。', '調査の結果、氏名の流出を確認しました。']),
    ]).toEqual(['c:hedge', 'c:stated', 'c:first:hedge', 'c:last:stated']);
  });
  it('marks a notice that names no leak', () => {
    expect([...clauseFeaturesJa(['システム障害のお知らせ。'])]).toEqual(['c:none']);
  });
});
