import { describe, expect, it } from 'vitest';
import { extractCounts } from './counts.js';
import { sents } from './testing/helpers.js';

const count = (t: string) => extractCounts(sents(t)).affected?.value ?? null;

describe('single person named by a letter', () => {
  it('counts one person whose papers went to someone else', () => {
    expect(
      count(
        '緑町窓口において、利用者Cさんの登録証(以下「登録証」という。)の写しを誤って利用者Dさんに手渡しする事案がありました。',
      ),
    ).toEqual({ count: 1, unit: 'people', qualifier: 'exact' });
    expect(
      count('本来届けるべき会員E氏の明細書を、誤ってF氏の宛先を記した封筒に入れて発送した。')?.count,
    ).toBe(1);
  });
  it('reads on past a line break inside a definition aside', () => {
    expect(
      count('申請者Gの資格証(以下「資格\n証」という。\n)を発送する際に、誤って申請者H宛に送付した。')?.count,
    ).toBe(1);
  });
  it('gives no answer for two people whose papers were swapped or joined', () => {
    expect(count('JさんにKさんの書類を、KさんにJさんの書類を誤って送付した。')).toBeNull();
    expect(count('L事業所に送るべきMさん及びNさんの通知書を誤ってP事業所に送付した。')).toBeNull();
  });
  it('leaves businesses and a stated figure alone', () => {
    expect(count('Q社の見積書を誤ってR社に送付した。')).toBeNull();
    expect(count('会員Sさんの依頼で調べたところ、会員12名の名簿を誤って送付していた。')?.count).toBe(12);
  });
  it('needs the papers to have gone astray', () => {
    expect(count('Tさんの申請書を受理し、審査を行った。')).toBeNull();
  });
});
