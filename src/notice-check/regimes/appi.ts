import { APPI } from '../items.js';
import type { RegimeSpec, RuleVersion } from './types.js';

/**
 * Japan, 個人情報保護法第26条 and 施行規則第7条・第8条・第10条. Deadlines from the day the business
 * learned (知った日); Japanese periods do not count the first day (民法第140条), so 30日以内 ends on
 * detected + 30.
 * - 速報「速やかに」: the PPC's guidelines read it as 概ね3〜5日以内 (規則第8条第1項).
 * - 確報: 30日以内, 60日以内 in the improper-purpose case (規則第8条第2項, 第7条第3号).
 */
const deadlines: RuleVersion['deadlines'] = [
  {
    id: 'appi_preliminary',
    label: { ja: '個人情報保護委員会への速報', en: 'APPI preliminary report to the PPC' },
    basis: {
      ja: '規則第8条第1項「速やかに」— ガイドライン上、概ね3〜5日以内',
      en: 'Enforcement Rules Art. 8(1) "promptly" — about 3 to 5 days per the PPC guidelines',
    },
    windowStartDays: 3,
    days: 5,
  },
  {
    id: 'appi_final',
    label: { ja: '個人情報保護委員会への確報', en: 'APPI final report to the PPC' },
    basis: (c) =>
      c.malicious
        ? {
            ja: '規則第8条第2項: 60日以内 (第7条第3号 不正の目的によるおそれがある事態)',
            en: 'Enforcement Rules Art. 8(2): within 60 days (improper-purpose case, Art. 7(3))',
          }
        : { ja: '規則第8条第2項: 30日以内', en: 'Enforcement Rules Art. 8(2): within 30 days' },
    days: (c) => (c.malicious ? 60 : 30),
  },
];

const items = APPI.items;
const individual = APPI.individual;

export const APPI_SPEC: RegimeSpec = {
  regime: 'appi',
  region: 'jp',
  title: APPI.title,
  // Before 2022-04-01 reporting to the PPC was not a statutory duty; those rules are not modelled.
  beforeFirst: 'earlier_rules_not_modelled',
  versions: [
    {
      // 令和2年改正法の施行日. Not re-confirmed by search in this change (well known; check 令和2年改正の施行期日).
      from: '2022-04-01',
      source: '個人情報保護法第26条、施行規則第7条〜第10条 (令和2年改正)',
      items,
      individual,
      deadlines,
    },
    {
      // 規則第7条第3号 amended 2023-12-27, in force 2024-04-01: the improper-purpose case also covers
      // personal information the business is about to acquire (web skimming). Confirmed by search.
      from: '2024-04-01',
      source: '個人情報保護法第26条、施行規則第7条〜第10条 (第7条第3号 令和5年12月改正)',
      items,
      individual,
      deadlines,
      note: {
        ja: '2024年4月1日から、規則第7条第3号は取得しようとしている個人情報 (ウェブスキミング等で入力中に盗まれた情報) も対象です。',
        en: 'Since 2024-04-01 Rule 7(3) also covers personal information being collected (e.g. stolen by web skimming as it is typed in).',
      },
    },
  ],
};
