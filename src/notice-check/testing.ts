/**
 * Fictional draft notices for tests (株式会社サンプル商事, Example Widgets Inc.): every section is
 * keyed so that a test can drop one and check that the checker reports that item missing.
 * Written for leakwatch; no real company, person or number.
 */
export interface DraftSection {
  key: string;
  text: string;
}

export const JA_DRAFT: DraftSection[] = [
  { key: 'title', text: '会員情報の取り扱いに関するお知らせ\n2025年4月3日\n株式会社サンプル商事' },
  { key: 'greeting', text: '平素より格別のご愛顧を賜り、厚く御礼申し上げます。' },
  {
    key: 'overview',
    text: '■概要\n2025年4月1日、当社通販サイト「サンプルストア」のサーバーから会員データが外部に流出した形跡を当社担当者が発見しました。',
  },
  { key: 'data_items', text: '流出したおそれのある情報は、氏名、住所、メールアドレス、生年月日です。' },
  { key: 'count', text: '対象となる会員は最大2,480名です。' },
  { key: 'cause', text: '■原因\n原因は、サイトの検索機能を狙ったSQLインジェクション攻撃によるものでした。' },
  { key: 'secondary_harm', text: '現時点で、二次被害の報告は受けておりません。' },
  { key: 'individuals', text: '対象の会員様には、本日より電子メールにて個別にご連絡しております。' },
  { key: 'publication', text: '本件は当社ホームページにて公表いたしました。' },
  {
    key: 'prevention',
    text: '■今後の対応\n再発防止のため、システム全体の点検を行い、従業員教育を徹底いたします。',
  },
  {
    key: 'other',
    text: '本件については警察に相談しております。\n■お問い合わせ窓口\nサンプル商事 お客様相談室 電話 03-0000-0000',
  },
];

/** The JA_DRAFT sections that each carry one APPI item (規則第8条), in the rule's order: the item ids without "appi.". */
export const APPI_KEYS = [
  'overview',
  'data_items',
  'count',
  'cause',
  'secondary_harm',
  'individuals',
  'publication',
  'prevention',
  'other',
] as const;

export const EN_DRAFT: DraftSection[] = [
  { key: 'title', text: 'Notice of Data Breach' },
  { key: 'date', text: 'April 3, 2025' },
  { key: 'heading_what_happened', text: 'What Happened' },
  {
    key: 'nature',
    text: 'On March 28, 2025, we discovered that an unauthorized party had accessed one of our order databases between March 20 and March 27, 2025.',
  },
  { key: 'heading_information', text: 'What Information Was Involved' },
  {
    key: 'data_categories',
    text: 'The information involved includes names, email addresses, dates of birth and Social Security numbers.',
  },
  {
    key: 'subject_categories',
    text: 'Only our customers’ personal information was stored in this database.',
  },
  { key: 'numbers', text: 'In total, 2,150 records were affected.' },
  { key: 'heading_what_we_are_doing', text: 'What We Are Doing' },
  {
    key: 'measures',
    text: "We blocked the attacker's access, reset all administrator passwords and engaged an outside forensic firm. We will also implement multi-factor authentication to prevent a recurrence.",
  },
  { key: 'law_enforcement', text: 'This notice was not delayed by a law enforcement investigation.' },
  { key: 'heading_what_you_can_do', text: 'What You Can Do' },
  { key: 'consequences', text: 'This information could be misused for phishing scams or identity theft.' },
  {
    key: 'credit_bureaus',
    text: 'You may contact the nationwide credit reporting agencies: Equifax, 1-800-000-0001; Experian, 1-800-000-0002; TransUnion, 1-800-000-0003.',
  },
  {
    key: 'identity_theft_services',
    text: 'Example Widgets is offering 24 months of complimentary credit monitoring and identity protection services.',
  },
  { key: 'heading_more_information', text: 'For More Information' },
  {
    key: 'contact',
    text: 'Please call our call center at 1-800-000-0000 (toll-free) or write to our Data Protection Officer at dpo@example.com.',
  },
  { key: 'signature', text: 'Example Widgets Inc.' },
];

/** Joins a draft's sections, leaving out the given keys. */
export function buildDraft(sections: DraftSection[], omit: readonly string[] = []): string {
  return sections
    .filter((s) => !omit.includes(s.key))
    .map((s) => s.text)
    .join('\n');
}
