import { describe, expect, it } from 'vitest';
import { extractMeasures } from './measures.js';
import { sents } from './testing/helpers.js';

// Japanese measures, session 8 (branch h/ja-cm).
const measures = (t: string) => new Set(extractMeasures(sents(t)).map((f) => f.value));

describe('extractMeasures: papers recovered or returned (session 8)', () => {
  it('reads a timeline line ending in 「…を回収」 and papers sent back (返戻された) as data_deletion', () => {
    expect(measures('同日、送付先を訪ね、誤って同封した\n別人の通知書を回収\n翌日、本人に連絡')).toContain(
      'data_deletion',
    );
    expect(measures('受け取った事業所から当該書類が返戻されたため、内容を確認した。')).toContain(
      'data_deletion',
    );
    expect(measures('書類返戻時の確認手順を定めています。')).not.toContain('data_deletion');
  });
});

describe('extractMeasures: handling checked again (session 8)', () => {
  it('reads 「取扱いに関する再点検を行います」 as process_review, not a safe searched again', () => {
    expect(measures('全部署を対象に、個人情報の取扱いに関する再点検を行います。')).toContain(
      'process_review',
    );
    expect(measures('書類の取扱い等の点検を進めております。')).toContain('process_review');
    expect(measures('金庫を再点検したところ、別の1名分がないことが分かった。')).not.toContain(
      'process_review',
    );
  });
});

describe('extractMeasures: set Q forms (session 9, branch h/ja-q)', () => {
  it('reads an address blocked (IPアドレスからのログインを遮断), a contractor’s inquiry and a setting fixed', () => {
    expect(measures('不審な通信元のIPアドレスからのログインは遮断済みです。')).toContain('access_blocked');
    expect(measures('現在、専門業者による端末の調査を進めています。')).toContain('external_investigation');
    expect(measures('共有範囲の誤りを見つけ、同日中に設定の修正を完了しております。')).toContain(
      'access_control_tightened',
    );
  });
});

describe('extractMeasures: rules written down (session 9, branch h/ja-q)', () => {
  it('reads a procedure written as a manual or a check sheet made, and files always encrypted', () => {
    expect(measures('発送の流れを手順書として明確化したうえ、点検表を作成しました。')).toContain(
      'process_review',
    );
    expect(measures('個人情報を含むデータは必ず暗号化して送ることとしました。')).toContain('encryption');
  });
});

describe('extractMeasures: more set Q forms (session 9, branch h/ja-q)', () => {
  it('reads deletion requested (削除等を依頼), a link cut, in-house education and a third-party body', () => {
    expect(measures('受信された方には、お詫びとともに当該メールの削除等を依頼しました。')).toContain(
      'data_deletion',
    );
    expect(measures('連絡を受けた当日に、決済代行会社のシステムとの接続を解除しました。')).toContain(
      'access_blocked',
    );
    expect(measures('今後は社内教育を徹底し、再発防止に努めます。')).toContain('staff_training');
    expect(measures('第三者専門機関に依頼した調査の結果をお知らせします。')).toContain(
      'external_investigation',
    );
  });
});

describe('extractMeasures: an activity held off for a while (session 10)', () => {
  it('reads 「当分の間、休止」「…確立するまでの間は…見合わせる」 as service_suspended', () => {
    expect(measures('当該コーナーを当分の間、休止とした上で、経緯を調査します。')).toContain(
      'service_suspended',
    );
    expect(
      measures('確認手順が確立するまでの間は、会報の電子メール配信は見合わせることといたします。'),
    ).toContain('service_suspended');
    expect(measures('当面の間、窓口の受付時間を延長します。')).not.toContain('service_suspended');
  });
});

describe('extractMeasures: a letter sent to those affected (session 10)', () => {
  it('reads 「…の皆さまには案内文を発送いたしました」 as individual_notification', () => {
    expect(
      measures('対象となった会員(休会中の方を含む)の皆さまには、5月2日付けで案内文を発送いたしました。'),
    ).toContain('individual_notification');
    expect(measures('職員が通知文を誤って別の世帯に送付しました。')).not.toContain('individual_notification');
  });
});

describe('extractMeasures: published data taken down at once (session 10)', () => {
  it('reads 「20時に削除した」「速やかに当該投稿を削除し」 as data_deletion', () => {
    expect(measures('連絡を受けてページを確認し、18時5分に削除した。')).toContain('data_deletion');
    expect(measures('指摘を受け、速やかに当該記事を削除しました。')).toContain('data_deletion');
    expect(measures('不審なメールは速やかに削除してください。')).not.toContain('data_deletion');
  });
});

describe('extractMeasures (Japanese): forms from fresh notices', () => {
  const m = (t: string) => extractMeasures(sents(t)).map((f) => f.value);
  it('reads a page closed, publication or intake stopped, an account locked', () => {
    expect(m('改ざんされたページを閉鎖しました。')).toContain('service_suspended');
    expect(m('判明後、資料の公開を直ちに停止しました。')).toContain('service_suspended');
    expect(m('復旧するまで外来の受付を一時停止しました。')).toContain('service_suspended');
    expect(m('当該アカウントを直ちにロックしました。')).toContain('access_blocked');
  });
  it('reads people told with an explanation, deletion asked, a report to a police station', () => {
    expect(m('送信先の全12名に経緯の説明および誤送信したメールの削除を願い出ました。')).toEqual(
      expect.arrayContaining(['individual_notification', 'data_deletion']),
    );
    expect(m('同日、西町署に届けました。')).toContain('police_report');
  });
  it('reads an investigation whose finding is denied as an investigation', () => {
    expect(m('端末8台を外部の専門機関が調査した結果、情報の流出は認められませんでした。')).toContain(
      'external_investigation',
    );
  });
  it('does not read a cause sentence, a titled paper posted, or questions asked one by one as steps', () => {
    expect(m('委託先がアクセス制限を誤って設定したことが原因です。')).not.toContain(
      'access_control_tightened',
    );
    expect(m('理事長名で「会員情報の誤送付について(おわび)」という文書を公開した。')).not.toContain(
      'individual_notification',
    );
    expect(m('対象の5名から個別に聞き取りをし、閲覧していないことを確かめました。')).not.toContain(
      'individual_notification',
    );
  });
});
