import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { splitSentences } from './segment.js';
import { modelLeakStatus, STATUS_CLASSES, statusFeatures, statusProbabilities } from './status-model.js';
import { STATUS_WEIGHTS } from './status-model-weights.js';

describe('statusFeatures', () => {
  it('reads English words and word pairs, lower-cased', () => {
    const f = statusFeatures('An Intruder viewed files.', 'en');
    expect([...f]).toEqual([
      'an',
      'intruder',
      'an_intruder',
      'viewed',
      'intruder_viewed',
      'files',
      'viewed_files',
    ]);
  });

  it('reads Japanese character 2- and 3-grams with spaces removed', () => {
    expect([...statusFeatures('流出 した', 'ja')]).toEqual(['流出', '流出し', '出し', '出した', 'した']);
  });
});

describe('the generated weights', () => {
  it('hold three finite weights per feature and a bias per class', () => {
    for (const lang of ['ja', 'en'] as const) {
      const m = STATUS_WEIGHTS[lang];
      expect(m.bias).toHaveLength(STATUS_CLASSES.length);
      const rows = m.features.split('\n').filter((r) => r !== '');
      expect(rows.length).toBeGreaterThan(100);
      for (const row of rows.slice(0, 200)) {
        const w = row.split('\t')[1]!.split(' ').map(Number);
        expect(w).toHaveLength(3);
        expect(w.every(Number.isFinite)).toBe(true);
      }
    }
  });
});

describe('modelLeakStatus', () => {
  const notice = [
    'Notice of a security incident at Pinecone Garden Supply',
    'https://www.example.com/notice',
    'On May 2, 2024, we learned that an unknown party had gained entry to our order system and copied customer names and card numbers.',
    'We are offering free credit monitoring to every customer involved.',
  ].join('\n');

  it('gives a class with a low confidence and quotes a sentence, never the web address', () => {
    const f = modelLeakStatus(notice, splitSentences(notice), 'en');
    expect(f).not.toBeNull();
    expect(STATUS_CLASSES).toContain(f!.value);
    expect(f!.confidence).toBeLessThanOrEqual(0.55);
    expect(f!.evidence.quote).not.toMatch(/^https?:/);
    const p = statusProbabilities(notice, 'en');
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('says nothing for a lost or stolen item', () => {
    expect(modelLeakStatus(notice, splitSentences(notice), 'en', ['loss_or_theft'])).toBeNull();
  });

  it('leaves a status stated in the text to the rules', () => {
    const ja =
      '株式会社みどり野商会\n不正アクセスにより、お客様の氏名とメールアドレスが流出した可能性があります。';
    const f = extract(ja);
    expect(f.leak_status?.value).toBe('possible');
    expect(f.leak_status!.confidence).toBeGreaterThan(0.55);
  });
});

describe('statusProbabilities on Japanese, by character codes', () => {
  // The reference: the features as strings, looked up in the weights one by one.
  const reference = (text: string): number[] => {
    const weights = new Map<string, number[]>();
    for (const row of STATUS_WEIGHTS.ja.features.split('\n')) {
      if (row === '') continue;
      const [f, w] = row.split('\t') as [string, string];
      weights.set(f, w.split(' ').map(Number));
    }
    const z = [...STATUS_WEIGHTS.ja.bias];
    const rows = [...statusFeatures(text, 'ja')].flatMap((f) => (weights.has(f) ? [weights.get(f)!] : []));
    const scale = rows.length > 0 ? 1 / Math.sqrt(rows.length) : 0;
    for (const w of rows) for (let c = 0; c < z.length; c++) z[c]! += w[c]! * scale;
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  };
  it('gives exactly what the string features give, repeated n-grams counted once', () => {
    const notice =
      '架空町立図書館 お知らせ\n当館の貸出システムに不正なアクセスがあり、利用者の氏名と電話番号が流出した可能性があります。' +
      '流出した可能性のある情報は氏名と電話番号です。現在、外部の専門機関と調査を進めております。';
    for (const text of [notice, notice.repeat(40), '流出 した', ''])
      expect(statusProbabilities(text, 'ja')).toEqual(reference(text));
  });
});
