import { CHECKS, type ItemDef, overviewFact } from '../items.js';
import * as P from '../patterns.js';
import * as RP from './patterns.js';
import type { RegimeSpec } from './types.js';

// Items whose meaning is the same in several regimes share one definition and one rule.
const description = (id: string, article: string): ItemDef => ({
  id,
  article,
  label: { ja: '侵害の内容 (性質・範囲・時期)', en: 'Description of the breach (nature, extent, timing)' },
  hint: {
    ja: '何が、いつ、どの範囲で起きたかを書いてください。',
    en: 'Describe the breach: what happened, when, and how far it reached.',
  },
  ...CHECKS.overview,
});

const dataKinds = (id: string, article: string): ItemDef => ({
  id,
  article,
  label: { ja: '対象となった個人情報の項目', en: 'Kinds of personal information concerned' },
  hint: {
    ja: '氏名・住所・カード番号など、対象となった情報の項目を列挙してください。',
    en: 'List the kinds of personal information concerned.',
  },
  ...CHECKS.dataItems,
});

const stepsForIndividuals = (id: string, article: string): ItemDef => ({
  id,
  article,
  label: { ja: '本人が取れる対策', en: 'Steps the individuals can take' },
  hint: {
    ja: 'パスワード変更、不審なメールへの注意など、本人が取るべき対策を具体的に書いてください。',
    en: 'Recommend what the individuals should do (change passwords, watch for phishing, monitor statements …).',
  },
  rules: RP.STEPS_FOR_INDIVIDUALS,
});

const contactPoint = (id: string, article: string): ItemDef => ({
  id,
  article,
  label: { ja: '問い合わせ先', en: 'Contact point for questions' },
  hint: {
    ja: '問い合わせに答えられる窓口の名称と連絡先を書いてください。',
    en: 'Give the contact details of someone who can answer questions.',
  },
  ...CHECKS.contact,
});

const mitigation = (id: string, article: string): ItemDef => ({
  id,
  article,
  label: { ja: '講じた・講じる被害軽減措置', en: 'Measures taken or being taken to mitigate risk' },
  hint: {
    ja: '被害を抑えるために講じた措置・講じている措置を書いてください。',
    en: 'Describe the measures implemented, or being implemented, to mitigate the risk.',
  },
  ...CHECKS.mitigation,
});

/**
 * India: Digital Personal Data Protection Rules, 2025, Rule 7. Each affected Data Principal without
 * delay (Rule 7(1)(a)–(e)); the Board without delay (Rule 7(2)(a)) and, within 72 hours, a detailed
 * report (Rule 7(2)(b)(i)–(vi)). The Rules were notified on 2025-11-13; Rule 7 is among those in
 * force 18 months later, reported as 2027-05-13. Confirmed by search (the Rule's text; the
 * commencement from law-firm summaries — check the Gazette).
 */
export const INDIA_SPEC: RegimeSpec = {
  regime: 'india_dpdp',
  region: 'in',
  title: { ja: 'インド デジタル個人データ保護規則2025 第7条', en: 'India DPDP Rules 2025, Rule 7' },
  beforeFirst: 'not_yet_in_force',
  versions: [
    {
      from: '2027-05-13',
      source: 'Digital Personal Data Protection Rules, 2025, Rule 7 (under the DPDP Act 2023, s. 8(6))',
      note: {
        ja: '第7条の施行日 (告示から18か月、2027年5月13日) は解説記事によるもので、官報では確認していません。',
        en: 'Rule 7’s start (18 months after notification: 2027-05-13) comes from summaries, not the Gazette.',
      },
      items: [
        description('in.description', 'Rule 7(1)(a)'),
        {
          id: 'in.consequences',
          article: 'Rule 7(1)(b)',
          label: { ja: '本人に生じうる結果', en: 'Likely consequences for the individual' },
          hint: {
            ja: '本人に起こりうること (フィッシング、不正利用など) を書いてください。',
            en: 'Describe the consequences likely to arise for the individual.',
          },
          rules: P.CONSEQUENCES,
        },
        mitigation('in.mitigation', 'Rule 7(1)(c)'),
        stepsForIndividuals('in.safety_measures', 'Rule 7(1)(d)'),
        contactPoint('in.contact', 'Rule 7(1)(e)'),
        {
          id: 'in.reasons',
          article: 'Rule 7(2)(b)(ii)',
          label: { ja: '経緯・状況・原因', en: 'Events, circumstances and reasons leading to the breach' },
          hint: {
            ja: '侵害に至った経緯と原因を書いてください (委員会への詳細報告)。',
            en: 'Set out the events, circumstances and reasons that led to the breach (detailed report to the Board).',
          },
          ...CHECKS.cause,
        },
        {
          id: 'in.culprit',
          article: 'Rule 7(2)(b)(iv)',
          label: { ja: '侵害を起こした者に関する調査結果', en: 'Findings about who caused the breach' },
          hint: {
            ja: '攻撃者・原因者について分かっていること (不明ならその旨) を書いてください。',
            en: 'Say what is known about the person who caused the breach (or that it is unknown).',
          },
          rules: RP.CULPRIT,
        },
        {
          id: 'in.prevention',
          article: 'Rule 7(2)(b)(v)',
          label: { ja: '再発防止措置', en: 'Remedial measures to prevent recurrence' },
          hint: {
            ja: '再発防止のための措置を書いてください。',
            en: 'Describe the remedial measures taken to prevent a recurrence.',
          },
          ...CHECKS.prevention,
        },
        {
          id: 'in.intimations',
          article: 'Rule 7(2)(b)(vi)',
          label: { ja: '本人への通知の状況', en: 'Report on the intimations to affected individuals' },
          hint: {
            ja: '対象者への通知の実施状況を書いてください。',
            en: 'Report how the affected individuals have been informed.',
          },
          rules: P.INDIVIDUALS,
        },
      ],
      individual: ['in.description', 'in.consequences', 'in.mitigation', 'in.safety_measures', 'in.contact'],
      deadlines: [
        {
          id: 'india_individuals',
          label: { ja: 'インド: 本人への通知', en: 'India: intimation to each affected Data Principal' },
          basis: { ja: '規則7(1): 遅滞なく', en: 'Rule 7(1): without delay' },
          days: 0,
        },
        {
          id: 'india_board_initial',
          label: { ja: 'インド: データ保護委員会への第一報', en: 'India: initial intimation to the Board' },
          basis: { ja: '規則7(2)(a): 遅滞なく', en: 'Rule 7(2)(a): without delay' },
          days: 0,
        },
        {
          id: 'india_board_report',
          label: { ja: 'インド: データ保護委員会への詳細報告', en: 'India: detailed report to the Board' },
          basis: {
            ja: '規則7(2)(b): 認識から72時間以内 (日付のみの場合の最終日; 委員会が延長を認めた場合を除く)',
            en: 'Rule 7(2)(b): within 72 hours of becoming aware (latest day when only the date is known; unless the Board allows longer)',
          },
          days: 3,
        },
      ],
    },
  ],
};

/**
 * Korea: Personal Information Protection Act Art. 34 and its Enforcement Decree, as amended in force
 * 2023-09-15: the data subjects within 72 hours of becoming aware, with the five items of Art. 34(1);
 * the PIPC or KISA within 72 hours when 1,000 or more data subjects, sensitive or unique-identifying
 * information, or a leak by unauthorised access from outside (hacking). Confirmed by search (Art.
 * 34's text; the 72 hours and the triggers from law-firm summaries). A 2026 amendment adding the
 * data subjects' remedies to the notice is reported; its start date was not confirmed: not modelled.
 */
export const KOREA_SPEC: RegimeSpec = {
  regime: 'korea_pipa',
  region: 'kr',
  title: { ja: '韓国 個人情報保護法 第34条', en: 'Korea PIPA Art. 34' },
  beforeFirst: 'earlier_rules_not_modelled',
  versions: [
    {
      from: '2023-09-15',
      source: 'Personal Information Protection Act Art. 34; Enforcement Decree Art. 39, 40 (amended 2023)',
      items: [
        dataKinds('kr.items', 'Art. 34(1)(1)'),
        {
          id: 'kr.when_how',
          article: 'Art. 34(1)(2)',
          label: { ja: '漏えい等の時期と経緯', en: 'When and how the leak happened' },
          hint: {
            ja: 'いつ、どのように漏えい等が起きたかを書いてください。',
            en: 'Say when and how the leak happened.',
          },
          fact: overviewFact,
          rules: [...P.BREACH_DATE, ...P.OVERVIEW],
        },
        stepsForIndividuals('kr.steps', 'Art. 34(1)(3)'),
        {
          ...mitigation('kr.response', 'Art. 34(1)(4)'),
          label: {
            ja: '事業者の対応措置と救済手続',
            en: 'The controller’s countermeasures and remedial procedure',
          },
        },
        {
          ...contactPoint('kr.help_desk', 'Art. 34(1)(5)'),
          label: {
            ja: '被害の届出・相談窓口と連絡先',
            en: 'Help desk and contact points for reporting damage',
          },
        },
      ],
      individual: ['kr.items', 'kr.when_how', 'kr.steps', 'kr.response', 'kr.help_desk'],
      deadlines: [
        {
          id: 'korea_individuals',
          label: { ja: '韓国: 情報主体への通知', en: 'Korea: notice to the data subjects' },
          basis: {
            ja: '個人情報保護法第34条第1項・施行令: 知った時から72時間以内 (日付のみの場合の最終日)',
            en: 'PIPA Art. 34(1) and Decree: within 72 hours of becoming aware (latest day when only the date is known)',
          },
          days: 3,
        },
        {
          id: 'korea_regulator',
          label: {
            ja: '韓国: 個人情報保護委員会 (PIPC) または KISA への申告',
            en: 'Korea: report to the PIPC or KISA',
          },
          basis: {
            ja: '第34条第3項・施行令: 72時間以内 (1,000人以上、センシティブ情報・固有識別情報、外部からの不正アクセスのいずれか)',
            en: 'Art. 34(3) and Decree: within 72 hours (1,000 or more people, sensitive or unique-ID data, or unauthorised access from outside)',
          },
          days: 3,
          threshold: {
            count: 1000,
            inclusive: true,
            who: { ja: '情報主体', en: 'data subjects' },
            residentsOnly: false,
            orWhen: {
              test: (c) => c.sensitive || c.uniqueId || c.hacking,
              label: {
                ja: 'センシティブ情報・固有識別情報、または外部からの不正アクセス',
                en: 'sensitive or unique-identifying data, or unauthorised access from outside',
              },
            },
          },
        },
      ],
    },
  ],
};

/**
 * Australia: Privacy Act 1988 Part IIIC (Notifiable Data Breaches). A suspected eligible data
 * breach is assessed within 30 days (s26WH(2)); a statement with the s26WK(3) contents goes to the
 * Commissioner as soon as practicable, and the individuals are told its contents (s26WL). Confirmed
 * by search (the sections' text). The scheme's start, 2018-02-22, is from memory: not re-confirmed.
 */
export const AUSTRALIA_SPEC: RegimeSpec = {
  regime: 'australia_ndb',
  region: 'au',
  title: { ja: '豪州 プライバシー法 NDB 制度 (s26WK)', en: 'Australia Privacy Act NDB scheme (s26WK)' },
  beforeFirst: 'not_yet_in_force',
  versions: [
    {
      from: '2018-02-22',
      source: 'Privacy Act 1988 (Cth) ss 26WH, 26WK, 26WL',
      items: [
        {
          ...contactPoint('au.identity', 's26WK(3)(a)'),
          label: { ja: '事業者の名称と連絡先', en: 'Identity and contact details of the entity' },
        },
        description('au.description', 's26WK(3)(b)'),
        dataKinds('au.kinds', 's26WK(3)(c)'),
        {
          ...stepsForIndividuals('au.recommendations', 's26WK(3)(d)'),
          label: {
            ja: '本人が取るべき対応の推奨',
            en: 'Recommendations about the steps individuals should take',
          },
        },
      ],
      individual: ['au.identity', 'au.description', 'au.kinds', 'au.recommendations'],
      deadlines: [
        {
          id: 'australia_assessment',
          label: {
            ja: '豪州: 疑いのある侵害の評価 (疑いの段階の場合)',
            en: 'Australia: assessment of a suspected breach (if only suspected)',
          },
          basis: {
            ja: 's26WH(2): 疑いを知ってから30日以内に評価を終えるよう合理的な措置を取る。届出書 (s26WK) は「実行可能な限り速やかに」',
            en: 's26WH(2): take reasonable steps to complete the assessment within 30 days; the s26WK statement itself "as soon as practicable"',
          },
          days: 30,
        },
      ],
    },
  ],
};
