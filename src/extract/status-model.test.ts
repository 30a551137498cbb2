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

  it('reads Japanese as the modality of the sentences that name the leak', () => {
    expect([...statusFeatures('架空商店に侵入があった。会員名簿も流出した可能性あり。', 'ja')]).toEqual([
      'c:hedge',
      'c:first:hedge',
      'c:last:hedge',
    ]);
    expect([...statusFeatures('サーバーが停止しました。', 'ja')]).toEqual(['c:none']);
  });
});

describe('the generated weights', () => {
  it('hold three finite weights per feature and a bias per class', () => {
    for (const lang of ['ja', 'en'] as const) {
      const m = STATUS_WEIGHTS[lang];
      expect(m.bias).toHaveLength(STATUS_CLASSES.length);
      const rows = m.features.split('\n').filter((r) => r !== '');
      expect(rows.length).toBeGreaterThan(lang === 'ja' ? 5 : 100);
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

describe('statusProbabilities on Japanese', () => {
  const best = (text: string) => {
    const p = statusProbabilities(text, 'ja');
    return STATUS_CLASSES[p.indexOf(Math.max(...p))];
  };
  it('follows the modality of the clause about the leak, the last finding weighing', () => {
    expect(best('架空町立図書館 お知らせ\n利用者名簿も外へ流出した可能性あり。')).toBe('possible');
    expect(best('架空町立図書館 お知らせ\n利用者名簿の流出は今も確認されていない。')).toBe('not_found');
    expect(best('架空町立図書館 お知らせ\n調べた結果、利用者名簿の流出を確認した。')).toBe('confirmed');
  });
});
