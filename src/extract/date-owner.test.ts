import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (見本運輸株式会社, 株式会社サンプル印刷, 見本カード会社); no real organisation or person.
const dates = (t: string) => incidentDates(t);
const HEAD = '見本運輸株式会社 会員情報への不正アクセスと流出のおそれに関するお詫び\n2099年9月1日\n';

describe('the predicate that owns a Japanese date (issue 12, branch h/jadet)', () => {
  it('gives a date inside a ので clause to that clause: the warning received, not the inquiry after it', () => {
    const t = `${HEAD}経緯\n2099年6月3日、見本カード会社から、当社サイトで使われたカードの情報に流出の疑いが生じたとの連絡がありましたので、直ちに第三者調査機関に調査を依頼しました。2099年7月20日、調査の結果、不正アクセスによりカード情報が窃取されていたことが判明しました。`;
    expect(dates(t).detected).toBe('2099-06-03');
  });

  it('reads a fact confirmed (事実を確認) as a finding, as a trace confirmed is', () => {
    const t = `${HEAD}2099年6月3日、当社従業員を装った不審なメールが取引先へ送られている事実を確認しました。2099年6月4日、調査の中で、経理課の端末1台のマルウェア感染をウイルス対策ソフトが検知しました。`;
    expect(dates(t).detected).toBe('2099-06-03');
  });

  it('reads a report the organisation gives (ご報告を申し上げます) as no report received', () => {
    const t = `【重要】見本運輸オンライン窓口への不正アクセスとお詫び・ご報告\n\n2099年9月1日\n見本運輸株式会社\n\n対象となり得る会員の皆様へは、本日より、順次郵便でお詫びとご報告を申し上げます。\n1.経緯\n2099年6月3日、見本運輸の予約サイトで第三者による不正なアクセスを確認したため、ただちに同サイトを止めました。`;
    expect(dates(t).detected).toBe('2099-06-03');
  });

  it("takes a contractor's first report, not its final report or a result it sent later", () => {
    const first = `${HEAD}2099年8月10日に株式会社サンプル印刷からの最終報告を受け、自社での確認も終わりましたので、ここにご報告申し上げます。\n1.経緯\n委託先の株式会社サンプル印刷がランサムウェアの攻撃を受けました。2099年6月28日、当社がお預けしていた会員名簿がそのサーバー上にあったと分かりました。`;
    expect(dates(first).detected).toBe('2099-06-28');
    const later = `${HEAD}1.経緯\n2099年6月2日、委託先である株式会社サンプル印刷のサーバーへの不正アクセスに伴い、見本運輸の会員情報にも流出のおそれがあると同社から報告がありました。\n2099年6月10日、同社の調査の結果として、流出対象の約1万件に当社会員約300名分が入っていた旨、報告がありました。`;
    expect(dates(later).detected).toBe('2099-06-02');
  });

  it('reads a dated heading near the bottom, with another below it, as a timeline row, not the signature', () => {
    const faq = Array.from(
      { length: 14 },
      (_, k) => `Q${k + 1} 見本運輸の会員サービスについてのご質問です`,
    ).join('\n');
    const t = `見本運輸株式会社 よくあるご質問\n${faq}\n回答\nA1 時系列でご説明します。\n\n2099年4月7日(火)\n会員サービスの運営を委託している株式会社サンプル印刷から、会員の個人情報に漏えいのおそれがあると連絡を受けました。\n\n4月8日(水)\n会員の方から、不審なメールが届いているとのご連絡をいただきました。\n\n4月9日(木)\n警察に相談しました。`;
    const f = extract(t);
    expect(f.published?.value ?? null).toBeNull();
    expect(f.detected?.value).toBe('2099-04-07');
  });
});
