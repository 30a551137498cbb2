import { CALIFORNIA } from '../items.js';
import type { RegimeSpec, Threshold } from './types.js';

const OVER_500: Threshold = {
  count: 500,
  inclusive: false,
  who: { ja: 'カリフォルニア州の住民', en: 'California residents' },
  residentsOnly: true,
};

const AG_SAMPLE = {
  id: 'california_attorney_general',
  label: {
    ja: 'カリフォルニア州司法長官へ通知文のサンプルを提出',
    en: 'California: sample copy of the notice to the Attorney General',
  },
};

/**
 * California Civil Code §1798.82. SB 446 (signed 2025-10-03, in force 2026-01-01): individuals within
 * 30 calendar days of discovery or notification of the breach, and the sample copy to the Attorney
 * General within 15 calendar days of notifying them when more than 500 residents are notified
 * (§1798.82(a), (f)). Before it: "the most expedient time possible and without unreasonable delay",
 * no fixed term, and the AG sample copy (over 500) without a deadline. Confirmed by search (several
 * law-firm summaries of SB 446); the start of the older text is not modelled.
 */
export const CALIFORNIA_SPEC: RegimeSpec = {
  regime: 'california',
  region: 'ca',
  title: CALIFORNIA.title,
  beforeFirst: 'earlier_rules_not_modelled',
  versions: [
    {
      from: null,
      source: 'Cal. Civ. Code §1798.82 (before SB 446)',
      items: CALIFORNIA.items,
      individual: CALIFORNIA.individual,
      note: {
        ja: '2025年までの1798.82条に日数の定めはありません。30日は米国州法で一般的な目安として表示しています。',
        en: 'Until 2025 §1798.82 set no number of days; 30 days is shown as the common US state-law benchmark.',
      },
      deadlines: [
        {
          id: 'california_individuals',
          label: {
            ja: 'カリフォルニア州: 本人への通知 (目安)',
            en: 'California: notice to individuals (benchmark)',
          },
          basis: {
            ja: '1798.82条(2025年まで)は「可能な限り速やかに、不当な遅延なく」と定める。30日は目安で、法定の期間ではありません。',
            en: '§1798.82 (until 2025): "in the most expedient time possible and without unreasonable delay"; 30 days is a benchmark, not a statutory term.',
          },
          days: 30,
        },
      ],
    },
    {
      from: '2026-01-01',
      source: 'Cal. Civ. Code §1798.82 as amended by SB 446 (2025)',
      items: CALIFORNIA.items,
      individual: CALIFORNIA.individual,
      deadlines: [
        {
          id: 'california_individuals',
          label: { ja: 'カリフォルニア州: 本人への通知', en: 'California: notice to individuals' },
          basis: {
            ja: '1798.82条(a) (SB 446, 2026年1月1日施行): 発見または通知を受けてから30暦日以内',
            en: '§1798.82(a) (SB 446, from 2026-01-01): within 30 calendar days of discovery or notification',
          },
          days: 30,
        },
        {
          ...AG_SAMPLE,
          basis: {
            ja: '1798.82条(f) (SB 446): 本人へ通知してから15暦日以内 (本人への通知を期限の最終日にした場合の最終日)',
            en: '§1798.82(f) (SB 446): within 15 calendar days of notifying the individuals (latest day if they are notified on their last day)',
          },
          after: 'california_individuals',
          days: 15,
          threshold: OVER_500,
        },
      ],
    },
  ],
};
