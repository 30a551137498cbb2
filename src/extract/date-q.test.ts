import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { incidentDates } from './testing/helpers.js';

// Fictional notices (株式会社サンプル商事, 見本市); no real organisation or person.
const dates = (t: string) => incidentDates(t);
const HEAD = '株式会社サンプル商事 個人情報の漏えいについて\n2099年7月20日\n';

describe('Japanese dates on fresh notices (session 9, set Q)', () => {
  it('does not read a finding that did not happen (判明していない, 判明することがないよう) as one', () => {
    const row = `${HEAD}2 経緯\n7月1日(月) 委託先のサーバーが不正アクセスを受けた\n7月10日(水) 漏えいの範囲は判明しておらず、調査を継続\n7月12日(金) 委託先から当社に報告、当社が調査を指示`;
    expect(dates(row).detected).not.toBe('2099-07-10');
    const t = `${HEAD}7月2日、会員の皆様へ、受信者同士のアドレスが判明することがないようBCC欄を使うべきところ、誤ってCC欄に入れて配信しました。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-02', detected: null });
  });

  it('reads information received (情報提供を受けた) as the finding', () => {
    const t = `${HEAD}当社は、7月5日、取引先から、元社員が会員名簿を公開しているという情報提供を受けた。`;
    expect(dates(t).detected).toBe('2099-07-05');
  });

  it('reads a report passed on by the police (警察署を通じ、…連絡を受け) as the finding, not a police report', () => {
    const t = `${HEAD}7月5日、中古端末を購入した方から、見本市警察署を通じ、端末に当社の顧客データが残っている旨の連絡を受けました。`;
    expect(dates(t).detected).toBe('2099-07-05');
    expect(extract(t).measures.map((m) => m.value)).not.toContain('police_report');
  });

  it('reads a day followed directly by 現在 (「4月1日現在65歳以上の方」) as an as-of day, no event', () => {
    const t = `${HEAD}7月5日、職員が名簿を入れた鞄を紛失しました。\n紛失した名簿\n・2098年4月1日現在65歳以上の会員の氏名、住所`;
    expect(dates(t).start).toBe('2099-07-05');
  });

  it('reads 「X日以降、…状態であることが判明」 as the start of the state, not the finding', () => {
    const t = `${HEAD}7月10日、委託先がシステムを確認したところ、設定の誤りにより、7月1日(火曜日)以降、誰でも名簿を閲覧できる状態であることが判明した。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-01', detected: '2099-07-10' });
  });

  it('reads a timeline row told in nouns (「事案発生、上司へ報告」) as the start', () => {
    const t = `${HEAD}7月5日、職員が不審な電話の指示に従い、端末を遠隔操作されました。\n事実経過\n7月5日(土) 事案発生、上司へ報告\n7月6日(日) 業者による調査を開始`;
    expect(dates(t).start).toBe('2099-07-05');
  });

  it('reads a timeline row 「委託先から当課に報告、…」 as the finding', () => {
    const row = `${HEAD}2 経緯\n7月1日(月) 委託先において不正アクセス被害を確認\n7月8日(月) 委託先から当課に報告、当課が委託先に調査を指示`;
    expect(dates(row).detected).toBe('2099-07-08');
  });

  it('reads a concern of a leak raised (「…の漏洩懸念について…」) as the finding, even when cut off', () => {
    const t = `${HEAD}1.経緯\n7月3日、通販サイトで買い物をされた会員のカード番号等の漏洩懸念を当社`;
    expect(dates(t).detected).toBe('2099-07-03');
  });

  it('reads 「A頃から同月B日…までの間、…(以下「画面」といいます。)において…ダウンロードできる状況」 as the window', () => {
    const t = `${HEAD}1. 概要\n2099 年 7 月 2 日 10 時 30 分頃から同月 5 日 9 時 10 分頃までの間、取引先向けページ(以下「本ページ」といいます。)で、別の取引先の発注データをダウンロードできる設定になっていたと分かりました。`;
    expect(dates(t)).toMatchObject({ start: '2099-07-02', end: '2099-07-05', detected: null });
  });

  it('reads a phishing message that arrived (「…を装ったSMSが届き」) as the start', () => {
    const t = `${HEAD}1.経緯\n7月4日に当社役員が使用する業務用スマートフォンに、運送会社を装ったSMSが届き、本物と思い込んでIDを入力。のちに、第三者のログインがあったとわかりました。`;
    expect(dates(t).start).toBe('2099-07-04');
  });

  it('reads the next sentence of a paragraph when the dated one tells no event', () => {
    const t = `${HEAD}7月4日(金曜日)午後6時過ぎ、職員が名簿の入った鞄を持って電車に乗り、鞄を網棚に置きました。降車する駅に着いた際、鞄がないことに気づきました。`;
    expect(dates(t).detected).toBe('2099-07-04');
  });

  it('ends a mis-set mail forwarding on the day the forwarding was stopped', () => {
    const t = `${HEAD}職員の設定ミスにより、業務メールが学外へ誤送信される事案が発生しました。\n経緯\n- 2097年6月2日(月)に、職員が業務用アカウントの自動転送先を設定する際、ドメインを誤って入力していた。\n- 2099年7月3日(金)に、転送エラーの通知から誤りに気付いた。\n- 2099年7月3日(金)に、自動転送の設定を停止した。`;
    expect(dates(t)).toMatchObject({ start: '2097-06-02', end: '2099-07-03' });
  });

  it('ends a scope range standing in for the window on the later day the exposure was closed', () => {
    const t = `${HEAD}7月8日に、採用サイトの設定誤りにより、2097年4月1日から2099年3月31日までの間に応募いただいた方の書類が閲覧可能となっていたことを確認しました。7月9日には、いずれのファイルも閲覧できない状態であると確認済みです。`;
    expect(dates(t)).toMatchObject({ start: '2097-04-01', end: '2099-07-09' });
  });

  it('does not end a mistyped mail forwarding on the day it was set (a lasting exposure)', () => {
    const t = `${HEAD}講師による転送先アドレスの設定ミスにより、メールが学外に届いていました。\n- 2097年6月2日に、講師が自動転送設定を行った際、ドメインを誤って入力した。`;
    expect(dates(t).end).toBeNull();
  });

  it('does not end a phishing act on its day when the machine or account was then entered', () => {
    const t = `${HEAD}2099年7月2日に、役員の業務用携帯に運送会社を装ったSMSが届き、IDとパスワードを入力しました。その後、同アカウントへ外部から不正アクセスが行われていたと判明しました。`;
    expect(dates(t).end).toBeNull();
  });
});
