import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

// Fictional notices (見本保育園, 見本商会); no real organisation or person.
const measures = (t: string) => extractMeasures(sents(t), t).map((f) => f.value);

describe('Japanese measures: a warning about strange contacts, an outside firm asked to look', () => {
  it('reads a request to beware of contacts one does not recognise as a warning', () => {
    const t =
      '対象のお客様におかれましては、身に覚えのない電話やメールがあった場合には、念のためご注意ください。';
    expect(measures(t)).toContain('phishing_warning');
  });

  it('reads a machine taken to an outside firm for examination as an outside investigation', () => {
    const t = '同日、見本保育園の端末を外部システム会社に持ち込み、感染状況の調査を開始しました。';
    expect(measures(t)).toContain('external_investigation');
  });

  it('does not read a recognised sender as a warning', () => {
    expect(measures('見本商会からのお知らせメールは、心当たりのある方のみ開いてください。')).not.toContain(
      'phishing_warning',
    );
  });
});
