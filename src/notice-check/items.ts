import type { Fact, Measure, NoticeFacts } from '../extract/types.js';
import * as P from './patterns.js';
import { clip, findSentence } from './text.js';
import type { Bilingual, ItemResult, Regime } from './types.js';

/** What an item rule sees: the draft's sentences and the extractor's facts (null when unavailable). */
export interface CheckContext {
  sentences: string[];
  facts: NoticeFacts | null;
}

export interface ItemDef {
  id: string;
  article: string;
  label: Bilingual;
  hint: Bilingual;
  /** A fact that shows the item (its evidence is quoted). */
  fact?: (f: NoticeFacts) => Fact<unknown> | null | undefined;
  rules?: readonly RegExp[];
  /** A rule that needs more than one sentence (titles, the three credit bureaus …). */
  custom?: (ctx: CheckContext) => string | null;
  /**
   * The fact's quote must also pass `rules`: a detection date alone is not an overview (「本日より
   * ご連絡」 gives a date but says nothing about what happened).
   */
  factQuoteMustMatch?: boolean;
  /** Sentences matching these are not looked at (the credit bureaus' numbers are not your contact). */
  exclude?: readonly RegExp[];
  /** Conditional items: whether the item is owed for this draft. */
  applies?: (ctx: CheckContext) => boolean;
}

export interface RegimeDef {
  regime: Regime;
  title: Bilingual;
  items: ItemDef[];
  individual: string[];
}

/** Measures that count as preventing recurrence (規則第8条1項8号, "measures proposed"). */
export const PREVENTION_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  'mfa_introduced',
  'card_data_non_retention',
  'firewall_waf',
  'vulnerability_assessment',
  'monitoring_enhanced',
  'access_control_tightened',
  'credential_management',
  'encryption',
  'staff_training',
  'process_review',
  'bug_fixed',
]);

/** Measures taken at once to contain the breach or limit harm (GDPR Art. 33(3)(d) "measures taken"). */
export const MITIGATION_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  'service_suspended',
  'access_blocked',
  'logins_blocked',
  'password_reset',
  'card_payment_suspended',
  'card_monitoring',
  'card_reissue',
  'data_deletion',
  'external_investigation',
  'credit_monitoring_offered',
]);

const OTHER_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  'hotline',
  'police_report',
  'regulator_report',
  'external_investigation',
]);

/**
 * Facts below this confidence do not show an item on their own (the rules still run): the
 * extractor's guesses from a passing word ("reset all administrator passwords" → Passwords) would
 * otherwise hide a missing section.
 */
export const FACT_MIN_CONFIDENCE = 0.7;

type AnyFact = Fact<unknown> | null | undefined;

export function confident(...facts: AnyFact[]): Fact<unknown> | undefined {
  return facts.find((f): f is Fact<unknown> => !!f && f.confidence >= FACT_MIN_CONFIDENCE);
}

export function measureFact(f: NoticeFacts, set: ReadonlySet<Measure>): Fact<unknown> | undefined {
  return confident(...f.measures.filter((m) => set.has(m.value)));
}

export const overviewFact = (f: NoticeFacts) => confident(f.detected, f.incident_start);
export const dataFact = (f: NoticeFacts) => confident(...f.data_classes);
export const countFact = (f: NoticeFacts) => confident(f.affected, ...f.counts);
export const causeFact = (f: NoticeFacts) => confident(...f.causes);
export const contactFact = (f: NoticeFacts) => confident(f.contact);

/**
 * What an item of one meaning looks for, whatever the regime: the fact that answers it (and whether
 * its quote must match the text) and the rules that find it in the draft. An item spreads one in
 * after its own id, article, label and hint.
 */
export const CHECKS = {
  overview: { fact: overviewFact, factQuoteMustMatch: true, rules: P.OVERVIEW },
  dataItems: { fact: dataFact, rules: P.DATA_ITEMS },
  count: { fact: countFact, rules: P.COUNT },
  cause: { fact: causeFact, rules: P.CAUSE },
  contact: { fact: contactFact, rules: P.CONTACT, exclude: P.NOT_OWN_CONTACT },
  prevention: { fact: (f) => measureFact(f, PREVENTION_MEASURES), rules: P.PREVENTION },
  mitigation: {
    fact: (f) => measureFact(f, MITIGATION_MEASURES) ?? measureFact(f, PREVENTION_MEASURES),
    rules: [...P.MITIGATION, ...P.PREVENTION],
  },
} satisfies Record<string, Partial<ItemDef>>;

export const ssnOrDl = (ctx: CheckContext): boolean =>
  (ctx.facts?.data_classes.some(
    (d) =>
      d.value === 'Social security numbers' ||
      d.value === "Driver's licenses" ||
      d.value === 'Government issued IDs',
  ) ??
    false) ||
  findSentence(ctx.sentences, P.SSN_OR_DL) !== null;

// --- Japan: 個人情報の保護に関する法律施行規則 第8条第1項 (report items), 第10条 (to individuals). ---
export const APPI: RegimeDef = {
  regime: 'appi',
  title: {
    ja: '個人情報保護法 (施行規則第8条・第10条)',
    en: 'Japan APPI (Enforcement Rules Art. 8 and 10)',
  },
  individual: ['appi.overview', 'appi.data_items', 'appi.cause', 'appi.secondary_harm', 'appi.other'],
  items: [
    {
      id: 'appi.overview',
      article: '規則第8条第1項第1号',
      label: { ja: '概要', en: 'Overview of the incident' },
      hint: {
        ja: 'いつ・何が起き・いつどのように把握したか (発生日、発覚日、事象) を書いてください。',
        en: 'Say what happened, when it happened and when and how you found out.',
      },
      ...CHECKS.overview,
    },
    {
      id: 'appi.data_items',
      article: '規則第8条第1項第2号',
      label: {
        ja: '漏えい等が発生し又は発生したおそれがある個人データの項目',
        en: 'Items of personal data concerned',
      },
      hint: {
        ja: '氏名・住所・メールアドレス・カード番号など、対象となった個人データの項目を列挙してください。',
        en: 'List the kinds of personal data involved (names, addresses, email addresses, card numbers …).',
      },
      ...CHECKS.dataItems,
    },
    {
      id: 'appi.count',
      article: '規則第8条第1項第3号',
      label: { ja: '本人の数', en: 'Number of people concerned' },
      hint: {
        ja: '対象となる本人の数 (件数) を書いてください。未確定なら「最大○件」「調査中」と明記します。',
        en: 'Give the number of people (or records) concerned; if not final, say "up to N" or that it is being determined.',
      },
      ...CHECKS.count,
    },
    {
      id: 'appi.cause',
      article: '規則第8条第1項第4号',
      label: { ja: '原因', en: 'Cause' },
      hint: {
        ja: '原因 (不正アクセスの手口、誤送信の経緯など) を書いてください。調査中ならその旨を記載します。',
        en: 'State the cause (how the attacker got in, how the email was misdirected …), or that it is under investigation.',
      },
      ...CHECKS.cause,
    },
    {
      id: 'appi.secondary_harm',
      article: '規則第8条第1項第5号',
      label: {
        ja: '二次被害又はそのおそれの有無及びその内容',
        en: 'Secondary harm, or the risk of it, and what it is',
      },
      hint: {
        ja: '不正利用などの二次被害が確認されているか、おそれがあるか、その内容を書いてください。',
        en: 'Say whether misuse (fraud, phishing, identity theft) has occurred or may occur, and what it would be.',
      },
      rules: P.SECONDARY,
    },
    {
      id: 'appi.individuals',
      article: '規則第8条第1項第6号',
      label: { ja: '本人への対応の実施状況', en: 'What has been done for the people concerned' },
      hint: {
        ja: '対象のご本人への通知 (個別メール・郵送など) の実施状況を書いてください。',
        en: 'Say whether and how the affected people are being notified (individual email, letter …).',
      },
      fact: (f) => confident(...f.measures.filter((m) => m.value === 'individual_notification')),
      rules: P.INDIVIDUALS,
    },
    {
      id: 'appi.publication',
      article: '規則第8条第1項第7号',
      label: { ja: '公表の実施状況', en: 'Whether and how it was made public' },
      hint: {
        ja: 'ホームページ等での公表の有無・予定を書いてください。',
        en: 'Say whether (and where) the incident has been or will be published, e.g. on your website.',
      },
      rules: P.PUBLICATION,
    },
    {
      id: 'appi.prevention',
      article: '規則第8条第1項第8号',
      label: { ja: '再発防止のための措置', en: 'Measures to prevent recurrence' },
      hint: {
        ja: '再発防止策 (技術的対策・運用の見直し・従業員教育など) を書いてください。',
        en: 'Describe the measures to prevent it happening again (technical fixes, process review, training …).',
      },
      ...CHECKS.prevention,
    },
    {
      id: 'appi.other',
      article: '規則第8条第1項第9号',
      label: { ja: 'その他参考となる事項', en: 'Other relevant matters' },
      hint: {
        ja: 'お問い合わせ窓口、警察・個人情報保護委員会への報告、外部調査の状況などを書いてください。',
        en: 'Add a contact point, reports to police or regulators, and any outside investigation.',
      },
      fact: (f) =>
        confident(f.contact, f.police_reported, f.regulator_reported) ?? measureFact(f, OTHER_MEASURES),
      rules: P.OTHER,
    },
  ],
};

// --- EU GDPR Art. 33(3) (to the supervisory authority) and Art. 34(2) (to data subjects). ---
export const GDPR: RegimeDef = {
  regime: 'gdpr',
  title: { ja: 'EU GDPR (第33条第3項・第34条第2項)', en: 'EU GDPR (Art. 33(3) and 34(2))' },
  individual: ['gdpr.nature', 'gdpr.contact', 'gdpr.consequences', 'gdpr.measures'],
  items: [
    {
      id: 'gdpr.nature',
      article: 'Art. 33(3)(a)',
      label: { ja: '侵害の性質', en: 'Nature of the breach' },
      hint: {
        ja: '何が起きたか (侵害の性質) を分かりやすく書いてください。',
        en: 'Describe the nature of the breach in clear and plain language.',
      },
      ...CHECKS.overview,
    },
    {
      id: 'gdpr.subject_categories',
      article: 'Art. 33(3)(a)',
      label: { ja: 'データ主体の類型', en: 'Categories of data subjects' },
      hint: {
        ja: '誰の情報か (顧客・会員・従業員・患者など) を書いてください。',
        en: 'Say whose data it is: customers, members, employees, patients …',
      },
      rules: P.SUBJECT_CATEGORIES,
    },
    {
      id: 'gdpr.data_categories',
      article: 'Art. 33(3)(a)',
      label: { ja: '個人データの種類', en: 'Categories of personal data records' },
      hint: {
        ja: '対象となった個人データの種類を列挙してください。',
        en: 'List the categories of personal data concerned.',
      },
      ...CHECKS.dataItems,
    },
    {
      id: 'gdpr.numbers',
      article: 'Art. 33(3)(a)',
      label: { ja: 'データ主体・記録のおおよその数', en: 'Approximate number of data subjects and records' },
      hint: {
        ja: 'おおよその人数と件数を書いてください。',
        en: 'Give the approximate number of data subjects and of records.',
      },
      ...CHECKS.count,
    },
    {
      id: 'gdpr.contact',
      article: 'Art. 33(3)(b)',
      label: { ja: 'データ保護責任者または連絡窓口', en: 'DPO or other contact point' },
      hint: {
        ja: 'データ保護責任者 (DPO) またはお問い合わせ窓口の名称と連絡先を書いてください。',
        en: 'Give the name and contact details of the DPO or another contact point.',
      },
      ...CHECKS.contact,
    },
    {
      id: 'gdpr.consequences',
      article: 'Art. 33(3)(c)',
      label: { ja: '想定される結果', en: 'Likely consequences' },
      hint: {
        ja: '本人に起こりうること (フィッシング、不正利用など) を書いてください。',
        en: 'Describe the likely consequences for the people concerned (phishing, fraud, identity theft …).',
      },
      rules: P.CONSEQUENCES,
    },
    {
      id: 'gdpr.measures',
      article: 'Art. 33(3)(d)',
      label: { ja: '講じた・講じる措置', en: 'Measures taken or proposed' },
      hint: {
        ja: '講じた措置と今後の措置 (被害軽減策を含む) を書いてください。',
        en: 'Describe the measures taken or proposed, including those to mitigate possible adverse effects.',
      },
      ...CHECKS.mitigation,
    },
  ],
};

const caHeading = (id: string, words: string, ja: string): ItemDef => ({
  id,
  article: '§1798.82(d)(1)',
  label: { ja: `見出し「${words}」`, en: `Heading "${words}"` },
  hint: {
    ja: `「${words}」という見出しの節を設け、${ja}を書いてください。`,
    en: `Add a section headed "${words}".`,
  },
  rules: [P.headingPattern(words)],
});

// --- California Civil Code §1798.82(d): title, headings and minimum contents. ---
export const CALIFORNIA: RegimeDef = {
  regime: 'california',
  title: { ja: '米国カリフォルニア州民法 1798.82条', en: 'California Civil Code §1798.82' },
  individual: [],
  items: [
    {
      id: 'ca.title',
      article: '§1798.82(d)(1)',
      label: { ja: '表題「Notice of Data Breach」', en: 'Title "Notice of Data Breach"' },
      hint: {
        ja: '冒頭に「Notice of Data Breach」という表題を置いてください。',
        en: 'Title the notice "Notice of Data Breach".',
      },
      custom: (ctx) => findSentence(ctx.sentences.slice(0, 8), [P.CA_TITLE]),
    },
    caHeading('ca.heading_what_happened', 'What Happened', '何が起きたか'),
    caHeading('ca.heading_information', 'What Information Was Involved', '対象となった情報'),
    caHeading('ca.heading_what_we_are_doing', 'What We Are Doing', '当社の対応'),
    caHeading('ca.heading_what_you_can_do', 'What You Can Do', '本人ができること'),
    caHeading('ca.heading_more_information', 'For More Information', '問い合わせ先'),
    {
      id: 'ca.contact',
      article: '§1798.82(d)(2)(A)',
      label: { ja: '通知者の名称と連絡先', en: 'Name and contact information of the business' },
      hint: {
        ja: '通知する事業者の名称と連絡先 (電話番号など) を書いてください。',
        en: 'Give your name and contact information (phone number, address or email).',
      },
      ...CHECKS.contact,
    },
    {
      id: 'ca.types',
      article: '§1798.82(d)(2)(B)',
      label: { ja: '対象となった個人情報の種類', en: 'Types of personal information involved' },
      hint: {
        ja: '侵害された、またはそのおそれのある個人情報の種類を列挙してください。',
        en: 'List the types of personal information that were or are reasonably believed to have been acquired.',
      },
      ...CHECKS.dataItems,
    },
    {
      id: 'ca.breach_date',
      article: '§1798.82(d)(2)(C)',
      label: { ja: '侵害の日付 (推定日・期間)', en: 'Date, estimated date or date range of the breach' },
      hint: {
        ja: '侵害が起きた日、推定日、または期間を書いてください。',
        en: 'Give the date, estimated date or date range of the breach, if it can be determined.',
      },
      fact: (f) => confident(f.incident_start, f.incident_end),
      rules: P.BREACH_DATE,
    },
    {
      id: 'ca.notice_date',
      article: '§1798.82(d)(2)(D)',
      label: { ja: '通知の日付', en: 'Date of the notice' },
      hint: { ja: '通知の日付を書いてください。', en: 'Date the notice.' },
      fact: (f) => confident(f.published),
      rules: [P.DATE_LINE],
    },
    {
      id: 'ca.law_enforcement',
      article: '§1798.82(d)(2)(E)',
      label: { ja: '捜査機関による通知の遅延の有無', en: 'Whether notice was delayed by law enforcement' },
      hint: {
        ja: '捜査機関の捜査により通知が遅れたかどうかを書いてください。',
        en: 'Say whether notification was delayed because of a law-enforcement investigation.',
      },
      rules: P.LAW_ENFORCEMENT_DELAY,
    },
    {
      id: 'ca.description',
      article: '§1798.82(d)(2)(F)',
      label: { ja: '事案の概要', en: 'General description of the breach' },
      hint: { ja: '事案の概要を書いてください。', en: 'Give a general description of the breach incident.' },
      ...CHECKS.overview,
    },
    {
      id: 'ca.credit_bureaus',
      article: '§1798.82(d)(2)(G)',
      label: {
        ja: '信用情報機関3社の連絡先 (社会保障番号・運転免許証番号が対象の場合)',
        en: 'Credit reporting agencies’ toll-free numbers and addresses (if SSN or licence number exposed)',
      },
      hint: {
        ja: 'Equifax・Experian・TransUnion のフリーダイヤルと住所を記載してください。',
        en: 'Give the toll-free numbers and addresses of Equifax, Experian and TransUnion.',
      },
      applies: ssnOrDl,
      custom: (ctx) =>
        P.CREDIT_BUREAUS.every((re) => ctx.sentences.some((s) => re.test(s)))
          ? findSentence(ctx.sentences, P.CREDIT_BUREAUS)
          : null,
    },
    {
      id: 'ca.identity_theft_services',
      article: '§1798.82(d)(2)(H)',
      label: {
        ja: '無償の個人情報盗用防止サービス (12か月以上、当社が侵害元の場合)',
        en: 'Free identity-theft prevention services for at least 12 months (if you were the source)',
      },
      hint: {
        ja: '社会保障番号等が対象で自社が侵害元なら、12か月以上の無償サービスの提供を記載してください。',
        en: 'If SSNs or licence numbers were exposed and you were the source, offer at least 12 months of free identity-theft prevention and mitigation services.',
      },
      applies: ssnOrDl,
      rules: P.ID_THEFT_SERVICES,
    },
  ],
};

/** Evaluates one item: the extractor's fact first, then the item's custom rule and patterns. */
export function evaluate(def: ItemDef, ctx: CheckContext): ItemResult {
  const required = def.applies ? def.applies(ctx) : true;
  let quote: string | null = null;
  let foundBy: ItemResult['found_by'] = null;
  const fact = ctx.facts && def.fact ? def.fact(ctx.facts) : null;
  const factQuote = fact?.evidence.quote.trim();
  const factUsable =
    !!factQuote &&
    !def.exclude?.some((re) => re.test(factQuote)) &&
    (!def.factQuoteMustMatch || (def.rules ?? []).some((re) => re.test(factQuote)));
  if (factQuote && factUsable) {
    quote = clip(factQuote);
    foundBy = 'facts';
  } else {
    quote = def.custom ? def.custom(ctx) : null;
    const exclude = def.exclude;
    const sentences = exclude
      ? ctx.sentences.filter((s) => !exclude.some((re) => re.test(s)))
      : ctx.sentences;
    if (quote === null && def.rules) quote = findSentence(sentences, def.rules);
    if (quote !== null) foundBy = 'rule';
  }
  return {
    id: def.id,
    label: def.label,
    article: def.article,
    required,
    present: quote !== null,
    quote,
    found_by: foundBy,
    hint: def.hint,
  };
}
