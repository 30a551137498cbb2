import { describe, expect, it } from 'vitest';
import { namesInSentence, upstreamNames } from './related.js';
import { fact, noticeFacts } from './testing.js';

describe('related incidents', () => {
  it('finds company and system names in a sentence', () => {
    const s =
      '委託先である株式会社ペイサンプルが提供する「サンプル決済サービス」が不正アクセスを受けました。';
    expect(namesInSentence(s)).toEqual(
      expect.arrayContaining(['サンプル決済サービス', '株式会社ペイサンプル']),
    );
    expect(namesInSentence('Our vendor Example Payments, Inc. notified us.')).toEqual([
      'Example Payments, Inc.',
    ]);
  });

  it('names upstream parties only for third-party causes, not the organisation itself', () => {
    const s = '株式会社あおば書店の委託先であるサンプル運送株式会社で誤送付が発生しました。';
    const f = noticeFacts({ causes: [fact('third_party', s)] });
    expect(upstreamNames(f, '株式会社あおば書店').map((u) => u.key)).toEqual(['サンプル運送']);
    expect(upstreamNames(noticeFacts({ causes: [fact('misdelivery', s)] }), null)).toEqual([]);
  });
});
