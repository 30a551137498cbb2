import { describe, expect, it } from 'vitest';
import { extractCauses } from './causes.js';
import { sents } from './testing/helpers.js';

const causes = (t: string, classes: Parameters<typeof extractCauses>[1] = []) =>
  new Set(extractCauses(sents(t), classes, undefined).map((f) => f.value));

describe('extractCauses', () => {
  it('reads unauthorised access when no method is stated', () => {
    expect(causes('当社サーバーが第三者による不正アクセスを受けました。')).toEqual(
      new Set(['unauthorized_access']),
    );
  });
  it('drops "method not stated" when the method is stated', () => {
    expect(
      causes('不正アクセスの原因は、管理画面の設定不備と、推測されやすい初期パスワードでした。'),
    ).toEqual(new Set(['misconfiguration', 'weak_credentials']));
  });
  it('keeps 不正アクセス beside ransomware, and ransomware over malware', () => {
    expect(
      causes('外部からの不正アクセスにより、ランサムウェアに感染しました。コンピュータウイルスの被害です。'),
    ).toEqual(new Set(['unauthorized_access', 'ransomware']));
  });
  it('reads web skimming only when card data is involved', () => {
    const t = '決済画面のプログラムが改ざんされ、カード情報が盗まれました。';
    expect(causes(t, ['Credit cards'])).toEqual(new Set(['web_skimming', 'loss_or_theft']));
    expect(causes('ホームページが改ざんされました。', [])).toEqual(new Set());
  });
  it('reads misdelivery, loss, insider and contractor incidents', () => {
    expect(causes('委託先事務局が、BCCで送るべきメールを宛先欄に入力して送信しました。')).toEqual(
      new Set(['misdelivery', 'third_party']),
    );
    expect(causes('患者情報を保存したUSBメモリを紛失しました。')).toEqual(new Set(['loss_or_theft']));
    expect(causes('A former employee took customer files to a competitor.')).toEqual(new Set(['insider']));
  });
  it('reads phishing but not a warning about phishing, nor phishing mail sent from a hijacked account', () => {
    expect(causes('An employee was socially engineered by phone.')).toEqual(new Set(['phishing']));
    expect(causes('Please be alert to phishing emails.')).toEqual(new Set());
    expect(causes('リスト型攻撃によりアカウントが乗っ取られ、フィッシングメールが送信されました。')).toEqual(
      new Set(['credential_stuffing']),
    );
  });
  it('ignores denied causes', () => {
    expect(causes('本件はランサムウェアによるものではありません。')).toEqual(new Set());
  });
});
