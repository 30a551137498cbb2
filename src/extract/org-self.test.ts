import { describe, expect, it } from 'vitest';
import { selfFit, selfKind } from './org-self.js';
import { sents } from './testing/helpers.js';

describe('selfKind', () => {
  it('reads the kind of public body a notice calls itself', () => {
    expect(selfKind(sents('本県は、申込フォームの設定を誤りました。'))).toBe('prefecture');
    expect(selfKind(sents('当市では、再発防止に努めます。'))).toBe('city');
    expect(selfKind(sents('当町の職員が書類を紛失しました。'))).toBe('town');
  });
  it('does not read 本町 (also a place name) or a company', () => {
    expect(selfKind(sents('本町1丁目の店舗で紛失しました。'))).toBeNull();
    expect(selfKind(sents('弊社のサーバーが攻撃を受けました。'))).toBeNull();
  });
});

describe('selfFit', () => {
  it('fits names of the kind the notice calls itself', () => {
    const hospital = selfFit(sents('本院の職員が資料を紛失しました。'));
    expect(hospital?.test('見本中央病院')).toBe(true);
    expect(hospital?.test('見本合同研究委員会')).toBe(false);
    expect(selfFit(sents('本校及び見本大学では監視を続けています。'))?.test('見本大学')).toBe(false);
    expect(selfFit(sents('県では、報告書を閲覧に供しています。'))?.test('見本県')).toBe(true);
  });
  it('is null when the notice has no word for itself', () => {
    expect(selfFit(sents('メールを誤送信しました。'))).toBeNull();
  });
});
