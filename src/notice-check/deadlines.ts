import type { IsoDate } from '../extract/types.js';
import { addDays, daysBetween } from '../peers/durations.js';
import type { Deadline, DeadlineStanding } from './types.js';

function standing(daysLeft: number): DeadlineStanding {
  return daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due_today' : 'open';
}

/**
 * The reporting deadlines that run from the day the organisation became aware of the breach.
 * Japanese periods do not count the first day (民法第140条), so "30日以内" ends on detected + 30.
 *
 * - APPI 速報: 「速やかに」— the PPC's guidelines read this as 概ね3〜5日以内 (規則第8条第1項).
 * - APPI 確報: 30日以内, or 60日以内 where the case may have been done for an improper purpose
 *   (規則第8条第2項, 第7条第3号: unauthorised access, theft …).
 * - GDPR Art. 33(1): 72 hours after becoming aware; with only a date known, the latest end is detected + 3 days.
 * - California §1798.82(a): "in the most expedient time possible and without unreasonable delay"; we
 *   show 30 days, the common benchmark in US state laws, as a yardstick — not a statutory term.
 *
 * @example appiAndOtherDeadlines('2025-04-01', { malicious: true, today: '2025-04-03' })[1]?.due // => '2025-05-31'
 */
export function appiAndOtherDeadlines(
  detected: IsoDate,
  opts: { malicious: boolean; today: IsoDate },
): Deadline[] {
  const make = (d: Omit<Deadline, 'days_left' | 'standing'>): Deadline => {
    const left = daysBetween(opts.today, d.due) ?? 0;
    return { ...d, days_left: left, standing: standing(left) };
  };
  const finalDays = opts.malicious ? 60 : 30;
  return [
    make({
      id: 'appi_preliminary',
      label: { ja: '個人情報保護委員会への速報', en: 'APPI preliminary report to the PPC' },
      basis: {
        ja: '規則第8条第1項「速やかに」— ガイドライン上、概ね3〜5日以内',
        en: 'Enforcement Rules Art. 8(1) "promptly" — about 3 to 5 days per the PPC guidelines',
      },
      window_start: addDays(detected, 3),
      due: addDays(detected, 5),
    }),
    make({
      id: 'appi_final',
      label: { ja: '個人情報保護委員会への確報', en: 'APPI final report to the PPC' },
      basis: opts.malicious
        ? {
            ja: '規則第8条第2項: 60日以内 (第7条第3号 不正の目的によるおそれがある事態)',
            en: 'Enforcement Rules Art. 8(2): within 60 days (improper-purpose case, Art. 7(3))',
          }
        : { ja: '規則第8条第2項: 30日以内', en: 'Enforcement Rules Art. 8(2): within 30 days' },
      window_start: null,
      due: addDays(detected, finalDays),
    }),
    make({
      id: 'gdpr_authority',
      label: { ja: 'GDPR 監督機関への通知', en: 'GDPR notification to the supervisory authority' },
      basis: {
        ja: 'GDPR第33条第1項: 認識から72時間以内 (日付のみの場合の最終日)',
        en: 'GDPR Art. 33(1): within 72 hours of becoming aware (latest day when only the date is known)',
      },
      window_start: null,
      due: addDays(detected, 3),
    }),
    make({
      id: 'california_individuals',
      label: {
        ja: 'カリフォルニア州: 本人への通知 (目安)',
        en: 'California: notice to individuals (benchmark)',
      },
      basis: {
        ja: '1798.82条は「可能な限り速やかに、不当な遅延なく」と定める。30日は米国州法で一般的な目安として表示しています (最新の州法を確認してください)。',
        en: '§1798.82 requires notice "in the most expedient time possible and without unreasonable delay"; 30 days is shown as the common US state-law benchmark (check the current statute).',
      },
      window_start: null,
      due: addDays(detected, 30),
    }),
  ];
}
