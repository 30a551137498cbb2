import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
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

describe('the body a notice speaks as', () => {
  const orgOf = (t: string) => extract(t).organization?.value ?? null;
  it('takes 「Xといたしましては、」 over the school the title names', () => {
    const t =
      '見本町立第二中学校における配信の誤りについて\n見本町立第二中学校において、生徒の答案の写しを誤って保護者に配信しました。' +
      'ご迷惑をおかけした皆様にお詫び申し上げます。\n見本町教育委員会といたしましては、このたびの誤りを深く反省し、同様の誤りが起きないよう取り組みます。';
    expect(orgOf(t)).toBe('見本町教育委員会');
  });

  it('does not take the word a body uses for itself as a name', () => {
    const t =
      '書類の紛失について\n見本病院では、外来の書類一式の所在が分からなくなっています(今月2日に判明)。\n当院といたしましては、保管のルールを見直します。';
    expect(orgOf(t)).toBe('見本病院');
  });
});
