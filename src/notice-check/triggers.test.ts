import { describe, expect, it } from 'vitest';
import { splitSentences } from './text.js';
import { appiReportability, countsInText } from './triggers.js';

describe('countsInText', () => {
  it('reads Japanese and English counts', () => {
    expect(countsInText('最大1万589件の情報')).toEqual([10589]);
    expect(countsInText('会員2,480名と取引先3社')).toEqual([2480]);
    expect(countsInText('about 2.5 million customers and 1,200 employees')).toEqual([2_500_000, 1200]);
  });
});

describe('appiReportability (規則第7条)', () => {
  it('is not mandatory for a lost paper list of 30 people', () => {
    const r = appiReportability(splitSentences('社員が顧客30名分の名簿を紛失しました。'), null);
    expect(r.mandatory).toBe(false);
  });

  it('counts exactly 1,000 as not over 1,000', () => {
    const r = appiReportability(splitSentences('対象は1,000名です。'), null);
    expect(r.triggers.find((t) => t.id === 'over_1000')!.met).toBe(false);
    const r2 = appiReportability(splitSentences('対象は1,001名です。'), null);
    expect(r2.triggers.find((t) => t.id === 'over_1000')!.met).toBe(true);
  });

  it('does not read an outage (システム障害) as sensitive data, but does read disability and surgery', () => {
    const met = (text: string) =>
      appiReportability(splitSentences(text), null).triggers.find((t) => t.id === 'sensitive')!.met;
    expect(met('予約システムに障害が発生し、会員20名の氏名が他の会員に表示されました。')).toBe(false);
    expect(met('名簿には利用者の身体障害の等級が記載されていました。')).toBe(true);
    expect(met('患者3名の手術記録を保存したUSBメモリを紛失しました。')).toBe(true);
  });

  it('treats a lost stick carried home as a loss, and data taken out without right as improper', () => {
    const met = (text: string) =>
      appiReportability(splitSentences(text), null).triggers.find((t) => t.id === 'malicious')!.met;
    expect(met('職員がUSBメモリを自宅へ持ち出し、帰宅途中に紛失しました。')).toBe(false);
    expect(met('委託先の従業員が顧客名簿を不正に持ち出しました。')).toBe(true);
  });

  it('treats ransomware as an improper purpose', () => {
    const r = appiReportability(splitSentences('Our file server was encrypted by ransomware.'), null);
    expect(r.triggers.find((t) => t.id === 'malicious')).toMatchObject({ met: true });
    expect(r.mandatory).toBe(true);
  });

  it('does not count a keyword its clause denies, but counts the same keyword stated plainly', () => {
    const denied = appiReportability(
      splitSentences(
        '流出した情報は氏名とメールアドレスで、クレジットカード情報は含まれておりません。社員30名分です。',
      ),
      null,
    );
    expect(denied.triggers.find((t) => t.id === 'financial')!.met).toBe(false);
    const en = appiReportability(
      splitSentences('The file held names. No credit card numbers were involved.'),
      null,
    );
    expect(en.triggers.find((t) => t.id === 'financial')!.met).toBe(false);
    const stated = appiReportability(
      splitSentences('クレジットカード情報は含まれておりませんが、銀行口座番号が流出しました。'),
      null,
    );
    expect(stated.triggers.find((t) => t.id === 'financial')).toMatchObject({ met: true });
    expect(stated.triggers.find((t) => t.id === 'financial')!.quote).toContain('銀行口座番号');
  });
});
