import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

/**
 * Common notice phrasings, one sentence each, written for these tests (no real notice's words): the
 * rules must read what a notice usually says, not only the wording of the corpus they were tuned on.
 */

const CAUSES_JA: [string, string[]][] = [
  ['ランサムウェアによる攻撃を受け、サーバー内のデータが暗号化されました。', ['ransomware']],
  [
    '弊社が業務を委託している委託先のサーバーが不正アクセスを受けました。',
    ['unauthorized_access', 'third_party'],
  ],
  ['メールの誤送信により、お客様のメールアドレスが他のお客様に表示されました。', ['misdelivery']],
  ['従業員がフィッシングメールのリンクを開き、認証情報が窃取されました。', ['phishing']],
  ['システムの脆弱性を突いた第三者からの攻撃により、情報が流出しました。', ['vulnerability_exploit']],
  ['クラウドサービスの設定不備により、第三者が閲覧可能な状態となっていました。', ['misconfiguration']],
  ['当社従業員が顧客情報を不正に持ち出していたことが判明しました。', ['insider']],
  ['社員が業務用ノートパソコンを電車内に置き忘れ、紛失しました。', ['loss_or_theft']],
  ['Emotetに感染し、なりすましメールが送信されました。', ['malware']],
  ['SQLインジェクション攻撃により、データベースの情報が窃取されました。', ['sql_injection']],
  ['リスト型攻撃により不正ログインが発生しました。', ['credential_stuffing']],
  ['第三者の不正アクセスによって、個人情報が外部に漏れた可能性が判明しました。', ['unauthorized_access']],
  [
    '当社が運営する通販サイトにおいて、不正アクセスによりお客様のクレジットカード情報が漏えいした可能性があります。',
    ['unauthorized_access'],
  ],
  ['サーバーがサイバー攻撃を受け、システム障害が発生しました。', ['unauthorized_access']],
  ['元従業員が在職中に取得した顧客情報を転職先で使用していました。', ['insider']],
  ['プログラムの不具合により、他のお客様の情報が表示される事象が発生しました。', ['software_bug']],
  ['外部からの不正アクセスを受けたことを確認したため、ネットワークを遮断しました。', ['unauthorized_access']],
  [
    '当社の一部サーバーに対し、第三者による不正アクセスがあり、ランサムウェアに感染したことが判明しました。',
    ['unauthorized_access', 'ransomware'],
  ],
  ['不正アクセスの手口は現在調査中です。', ['unauthorized_access']],
  ['お客様のアカウントに不正ログインされた可能性がございます。', ['unauthorized_access']],
];

type C = {
  t: string;
  dc?: string[];
  status?: string;
  stage?: string;
  causes?: string[];
  measures?: string[];
};

const FIELDS_JA: C[] = [
  {
    t: '流出した可能性のある情報は、お客様の氏名、住所、電話番号、メールアドレスです。',
    dc: ['Names', 'Physical addresses', 'Phone numbers', 'Email addresses'],
    status: 'possible',
  },
  {
    t: '漏えいした情報には、クレジットカード番号、有効期限、セキュリティコードが含まれます。',
    dc: ['Credit cards', 'Credit card CVV'],
    status: 'confirmed',
  },
  { t: '現時点で、個人情報の流出は確認されておりません。', status: 'not_found' },
  { t: '調査の結果、お客様情報が外部に流出した事実は確認されませんでした。', status: 'not_found' },
  {
    t: '不正アクセスにより、会員様のログインIDおよびパスワードが流出しました。',
    dc: ['Usernames', 'Passwords'],
    status: 'confirmed',
  },
  { t: '【第2報】不正アクセスに関するお知らせ', stage: 'update' },
  { t: '不正アクセスによる個人情報漏えいに関するお知らせ（最終報）', stage: 'final' },
  { t: '【第一報】弊社サーバーへの不正アクセスについて', stage: 'first' },
  {
    t: '当該サーバーをネットワークから遮断し、外部の専門機関に調査を依頼しました。',
    measures: ['access_blocked', 'external_investigation'],
  },
  {
    t: '個人情報保護委員会へ報告するとともに、警察にも相談しております。',
    measures: ['regulator_report', 'police_report'],
  },
  {
    t: '対象のお客様には、メールにて個別にご連絡いたします。専用のお問い合わせ窓口を設置しました。',
    measures: ['individual_notification', 'hotline'],
  },
  { t: '全会員様のパスワードをリセットいたしました。', measures: ['password_reset'] },
  { t: 'クレジットカード決済を停止しております。', measures: ['card_payment_suspended'] },
  {
    t: '生年月日、性別、購入履歴が閲覧された可能性があります。',
    dc: ['Dates of birth', 'Genders', 'Purchases'],
    status: 'possible',
  },
];

const FIELDS_EN: C[] = [
  {
    t: 'The information that may have been accessed includes your name, address, and Social Security number.',
    dc: ['Names', 'Physical addresses', 'Social security numbers'],
    status: 'possible',
  },
  { t: 'We have no evidence that any of your information has been misused.' },
  {
    t: 'The investigation determined that an unauthorized party accessed an employee email account between May 1 and May 9, 2024.',
    causes: ['unauthorized_access'],
  },
  {
    t: 'On March 3, 2025, we discovered that our network had been infected with ransomware.',
    causes: ['ransomware'],
  },
  {
    t: 'We immediately took our systems offline, engaged a leading forensic firm, and notified law enforcement.',
    measures: ['service_suspended', 'external_investigation', 'police_report'],
  },
  {
    t: 'We are offering you 24 months of complimentary credit monitoring and identity protection services.',
    measures: ['credit_monitoring_offered'],
  },
  {
    t: "The files contained names, dates of birth, driver's license numbers, and medical information.",
    dc: ['Names', 'Dates of birth', "Driver's licenses", 'Personal health data'],
  },
  {
    t: 'An employee fell victim to a phishing email, which allowed an unauthorized actor to access the mailbox.',
    causes: ['phishing'],
  },
  {
    t: "A laptop containing patient information was stolen from an employee's car.",
    causes: ['loss_or_theft'],
  },
];

const sorted = (xs: { value: string }[]) => xs.map((x) => x.value).sort();

function check(c: C, lang: 'ja' | 'en') {
  const f = extract(c.t, { lang });
  if (c.dc) expect(sorted(f.data_classes), c.t).toEqual([...c.dc].sort());
  if (c.status) expect(f.leak_status?.value, c.t).toBe(c.status);
  if (c.stage) expect(f.report_stage?.value, c.t).toBe(c.stage);
  if (c.causes) expect(sorted(f.causes), c.t).toEqual([...c.causes].sort());
  if (c.measures) expect(sorted(f.measures), c.t).toEqual([...c.measures].sort());
}

describe('common notice phrasings', () => {
  it.each(CAUSES_JA)('reads the cause of 「%s」', (t, want) => {
    expect(sorted(extract(t, { lang: 'ja' }).causes)).toEqual([...want].sort());
  });
  it.each(FIELDS_JA)('reads $t', (c) => check(c, 'ja'));
  it.each(FIELDS_EN)('reads $t', (c) => check(c, 'en'));
});
