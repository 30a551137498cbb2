import { CALIFORNIA, CHECKS, type ItemDef, MITIGATION_MEASURES, measureFact } from '../items.js';
import * as P from '../patterns.js';
import * as RP from './patterns.js';
import type { RegimeSpec } from './types.js';

/** California's item of the same meaning, under another regime's id and article: one rule, shared. */
function caItem(caId: string, id: string, article: string): ItemDef {
  const item = CALIFORNIA.items.find((i) => i.id === caId);
  if (!item) throw new Error(`California item ${caId} missing`);
  return { ...item, id, article };
}

/** The notice's own contact point: California's (d)(2)(A). */
const contact = (id: string, article: string): ItemDef => caItem('ca.contact', id, article);

/** The types of personal information: California's (d)(2)(B). */
const dataTypes = (id: string, article: string): ItemDef => caItem('ca.types', id, article);

const UNVERIFIED_NY: { ja: string; en: string } = {
  ja: '§899-aa の監督機関 (司法長官・州務省・州警察) の名称と、2024年12月改正で加わった金融サービス局 (DFS) への通知は調査した資料の要約によるもので、条文では確認していません。',
  en: 'The §899-aa regulators (Attorney General, Department of State, State Police) and the December 2024 addition of the Department of Financial Services come from secondary summaries, not the statute text.',
};

/**
 * New York General Business Law §899-aa. Since the amendment signed in December 2024 (S2659B,
 * effective at once; sources give 2024-12-21), residents within 30 days after discovery; before it,
 * "the most expedient time possible" with no fixed term. The state regulators are told of the
 * timing, content and distribution of the notices — no separate term, so their line shares the
 * residents' date. 23 NYCRR 500.17(a): a DFS-covered entity tells the superintendent within 72 hours
 * of determining a cybersecurity incident (in force since 2017-08-28; wording "incident" since the
 * 2023 amendment). Subdivision numbers other than (2) are not cited: not confirmed. Confirmed by search: the 30 days and its date, the AG notice, the contents
 * (contact information; categories of information), 500.17's 72 hours.
 */
const nyItems: ItemDef[] = [
  contact('ny.contact', '§899-aa'),
  {
    ...dataTypes('ny.categories', '§899-aa'),
    hint: {
      ja: '取得された (またはそのおそれのある) 情報の種類を、どの項目かを特定して書いてください。',
      en: 'Describe the categories of information acquired, naming which elements of personal and private information.',
    },
  },
];

const nyRegulators = {
  id: 'new_york_regulators',
  label: {
    ja: 'ニューヨーク州: 司法長官・州務省・州警察への通知',
    en: 'New York: notice to the Attorney General, Department of State and State Police',
  },
};

const nydfs = {
  id: 'new_york_dfs',
  label: {
    ja: 'ニューヨーク州金融サービス局 (NYDFS) への報告',
    en: 'New York: notice to the DFS superintendent',
  },
  basis: {
    ja: '23 NYCRR 500.17(a): サイバーセキュリティインシデントと判断してから72時間以内 (日付のみの場合の最終日)',
    en: '23 NYCRR 500.17(a): within 72 hours of determining a cybersecurity incident (latest day when only the date is known)',
  },
  days: 3,
  entityCondition: {
    ja: 'NYDFS の監督対象 (銀行・保険・金融サービスの免許等を持つ事業者) のみ',
    en: 'DFS-covered entities only (banking, insurance and financial-services licensees)',
  },
};

export const NEW_YORK_SPEC: RegimeSpec = {
  regime: 'new_york',
  region: 'ny',
  title: { ja: '米国ニューヨーク州一般事業法 899-aa条', en: 'New York General Business Law §899-aa' },
  beforeFirst: 'earlier_rules_not_modelled',
  versions: [
    {
      from: null,
      source: 'N.Y. Gen. Bus. Law §899-aa (before the December 2024 amendment); 23 NYCRR 500.17',
      items: nyItems,
      individual: ['ny.contact', 'ny.categories'],
      note: {
        ja: '2024年12月の改正前は日数の定めがありません (「可能な限り速やかに」)。30日は目安です。',
        en: 'Before the December 2024 amendment there was no fixed term ("the most expedient time possible"); 30 days is a benchmark.',
      },
      deadlines: [
        {
          id: 'new_york_individuals',
          label: {
            ja: 'ニューヨーク州: 本人への通知 (目安)',
            en: 'New York: notice to residents (benchmark)',
          },
          basis: {
            ja: '§899-aa(2) (改正前): 可能な限り速やかに、不当な遅延なく。30日は目安で法定の期間ではありません。',
            en: '§899-aa(2) (before the amendment): the most expedient time possible, without unreasonable delay; 30 days is a benchmark.',
          },
          days: 30,
        },
        {
          ...nydfs,
        },
      ],
    },
    {
      from: '2024-12-21',
      source: 'N.Y. Gen. Bus. Law §899-aa as amended in December 2024 (S2659B); 23 NYCRR 500.17',
      items: nyItems,
      individual: ['ny.contact', 'ny.categories'],
      note: UNVERIFIED_NY,
      deadlines: [
        {
          id: 'new_york_individuals',
          label: { ja: 'ニューヨーク州: 本人への通知', en: 'New York: notice to residents' },
          basis: {
            ja: '§899-aa(2) (2024年12月改正): 発見から30日以内',
            en: '§899-aa(2) (December 2024 amendment): within 30 days after discovery',
          },
          days: 30,
        },
        {
          ...nyRegulators,
          basis: {
            ja: '§899-aa: 本人へ通知する場合、通知の時期・内容・配布と概数を通知 (別の期間の定めはないため本人への期限と同日)',
            en: '§899-aa: when residents are notified, tell them of the timing, content and distribution of the notices and the approximate number (no separate term: shown with the residents’ date)',
          },
          days: 30,
        },
        { ...nydfs },
      ],
    },
  ],
};

const AT_LEAST_250_TEXANS = {
  count: 250,
  inclusive: true,
  who: { ja: 'テキサス州の住民', en: 'Texas residents' },
  residentsOnly: true,
};

/**
 * Texas Business & Commerce Code §521.053. Individuals without unreasonable delay and not later than
 * the 60th day after determining the breach occurred; the Attorney General, when the breach
 * involves at least 250 Texas residents, not later than the 30th day (SB 768, from 2023-09-01;
 * the 60th before) on the AG's electronic form, which must hold the six items of §521.053(i).
 * Confirmed by search (SB 768's enrolled text and summaries); the start of the older (60-day AG)
 * text — reported as 2019-09-01 — is not confirmed, so that version has no start date here.
 */
const txItems: ItemDef[] = [
  {
    id: 'tx.nature',
    article: '§521.053(i)(1)',
    label: { ja: '侵害の性質と状況', en: 'Nature and circumstances of the breach' },
    hint: {
      ja: '何が、どのような状況で起きたかを詳しく書いてください。',
      en: 'Describe in detail the nature and circumstances of the breach.',
    },
    ...CHECKS.overview,
  },
  {
    id: 'tx.residents',
    article: '§521.053(i)(2)',
    label: { ja: '影響を受けたテキサス州民の数', en: 'Number of Texas residents affected' },
    hint: {
      ja: '影響を受けた人数 (うちテキサス州民の数) を書いてください。',
      en: 'Give the number of people affected (and how many live in Texas).',
    },
    ...CHECKS.count,
  },
  {
    id: 'tx.notified',
    article: '§521.053(i)(3)',
    label: {
      ja: '郵送等で直接通知した人数',
      en: 'Number of residents sent notice by mail or other direct means',
    },
    hint: {
      ja: '郵送・メールなどで個別に通知した (する) ことと、その人数を書いてください。',
      en: 'Say that, and how many, affected residents have been notified directly (mail, email).',
    },
    fact: (f) => measureFact(f, new Set(['individual_notification'])),
    rules: P.INDIVIDUALS,
  },
  {
    id: 'tx.measures_taken',
    article: '§521.053(i)(4)',
    label: { ja: '講じた措置', en: 'Measures taken' },
    hint: {
      ja: '講じた措置を書いてください。',
      en: 'Describe the measures you have taken regarding the breach.',
    },
    fact: (f) => measureFact(f, MITIGATION_MEASURES),
    rules: P.MITIGATION,
  },
  {
    id: 'tx.measures_planned',
    article: '§521.053(i)(5)',
    label: { ja: '今後講じる措置', en: 'Measures you intend to take' },
    hint: {
      ja: '今後講じる措置 (再発防止策など) を書いてください。',
      en: 'Describe the measures you intend to take after the notification.',
    },
    ...CHECKS.prevention,
  },
  {
    id: 'tx.law_enforcement',
    article: '§521.053(i)(6)',
    label: { ja: '捜査機関の関与の有無', en: 'Whether law enforcement is investigating' },
    hint: {
      ja: '警察などの捜査機関が捜査しているかどうかを書いてください。',
      en: 'Say whether law enforcement is engaged in investigating the breach.',
    },
    rules: [...RP.LAW_ENFORCEMENT_ENGAGED, ...P.LAW_ENFORCEMENT_DELAY],
  },
];

const txIndividuals = {
  id: 'texas_individuals',
  label: { ja: 'テキサス州: 本人への通知', en: 'Texas: notice to individuals' },
  basis: {
    ja: '§521.053(b): 侵害の発生を判断した日から60日以内',
    en: '§521.053(b): not later than the 60th day after determining that the breach occurred',
  },
  days: 60,
};

const txAg = {
  id: 'texas_attorney_general',
  label: {
    ja: 'テキサス州司法長官への通知 (司法長官サイトの電子フォーム)',
    en: 'Texas: Attorney General, on the AG’s electronic form',
  },
  threshold: AT_LEAST_250_TEXANS,
};

export const TEXAS_SPEC: RegimeSpec = {
  regime: 'texas',
  region: 'tx',
  title: { ja: '米国テキサス州商事法 521.053条', en: 'Texas Business & Commerce Code §521.053' },
  beforeFirst: 'earlier_rules_not_modelled',
  versions: [
    {
      from: null,
      source: 'Tex. Bus. & Com. Code §521.053 (before SB 768)',
      items: txItems,
      individual: [],
      deadlines: [
        txIndividuals,
        {
          ...txAg,
          basis: {
            ja: '§521.053(i) (SB 768 前): 250人以上のとき、判断した日から60日以内',
            en: '§521.053(i) (before SB 768): at least 250 residents, not later than the 60th day',
          },
          days: 60,
        },
      ],
    },
    {
      from: '2023-09-01',
      source: 'Tex. Bus. & Com. Code §521.053 as amended by SB 768 (2023)',
      items: txItems,
      individual: [],
      deadlines: [
        txIndividuals,
        {
          ...txAg,
          basis: {
            ja: '§521.053(i) (SB 768, 2023年9月1日施行): 250人以上のとき、できる限り早く、判断した日から30日以内',
            en: '§521.053(i) (SB 768, from 2023-09-01): at least 250 residents, as soon as practicable and not later than the 30th day',
          },
          days: 30,
        },
      ],
    },
  ],
};

const OVER_500_WA = {
  count: 500,
  inclusive: false,
  who: { ja: 'ワシントン州の住民', en: 'Washington residents' },
  residentsOnly: true,
};

/**
 * Washington RCW 19.255.010. HB 1071 (in force 2020-03-01): residents and, when more than 500 are
 * notified, the Attorney General within 30 days after discovery (45 days before), and the notice
 * adds the time frame of exposure (date of the breach and date of its discovery). Contents: the
 * business's name and contact information, the types of personal information, and the credit
 * bureaus' toll-free numbers and addresses when SSNs, licence or ID numbers were exposed. Confirmed
 * by search (the AG's HB 1071 FAQ and summaries); subsection numbers are not cited (not confirmed); the start of the 45-day text is not modelled.
 */
const waItems = (withTimeFrame: boolean): ItemDef[] => [
  contact('wa.contact', 'RCW 19.255.010'),
  dataTypes('wa.types', 'RCW 19.255.010'),
  ...(withTimeFrame
    ? [
        {
          id: 'wa.time_frame',
          article: 'RCW 19.255.010',
          label: {
            ja: '漏えいの期間 (侵害の日と発見の日)',
            en: 'Time frame of exposure: the date of the breach and of its discovery',
          },
          hint: {
            ja: '侵害が起きた日 (期間) と、それを発見した日を書いてください。',
            en: 'Give the date (or range) of the breach and the date you discovered it.',
          },
          rules: P.BREACH_DATE,
        } satisfies ItemDef,
      ]
    : []),
  caItem('ca.credit_bureaus', 'wa.credit_bureaus', 'RCW 19.255.010'),
];

const waDeadlines = (days: number, since: string) =>
  [
    {
      id: 'washington_individuals',
      label: { ja: 'ワシントン州: 本人への通知', en: 'Washington: notice to residents' },
      basis: {
        ja: `RCW 19.255.010 (${since}): 発見から${days}日以内`,
        en: `RCW 19.255.010 (${since}): within ${days} days after discovery`,
      },
      days,
    },
    {
      id: 'washington_attorney_general',
      label: { ja: 'ワシントン州司法長官への通知', en: 'Washington: notice to the Attorney General' },
      basis: {
        ja: `RCW 19.255.010 (${since}): 500人を超える住民に通知するとき、発見から${days}日以内 (通知文のサンプル・人数等を添える)`,
        en: `RCW 19.255.010 (${since}): when more than 500 residents are notified, within ${days} days after discovery (with a sample notice and the number of residents)`,
      },
      days,
      threshold: OVER_500_WA,
    },
  ] as const;

export const WASHINGTON_SPEC: RegimeSpec = {
  regime: 'washington',
  region: 'wa',
  title: { ja: '米国ワシントン州 RCW 19.255.010', en: 'Washington RCW 19.255.010' },
  beforeFirst: 'earlier_rules_not_modelled',
  versions: [
    {
      from: null,
      source: 'RCW 19.255.010 (before HB 1071)',
      items: waItems(false),
      individual: [],
      deadlines: waDeadlines(45, 'before HB 1071'),
    },
    {
      from: '2020-03-01',
      source: 'RCW 19.255.010 as amended by HB 1071 (2019)',
      items: waItems(true),
      individual: [],
      deadlines: waDeadlines(30, 'HB 1071'),
    },
  ],
};
