import { GDPR } from '../items.js';
import type { RegimeSpec } from './types.js';

/** EU GDPR Art. 33 (to the supervisory authority) and Art. 34 (to data subjects). */
export const GDPR_SPEC: RegimeSpec = {
  regime: 'gdpr',
  region: 'eu',
  title: GDPR.title,
  beforeFirst: 'not_yet_in_force',
  versions: [
    {
      // GDPR Art. 99(2): applies from 25 May 2018.
      from: '2018-05-25',
      source: 'Regulation (EU) 2016/679 Art. 33, 34',
      items: GDPR.items,
      individual: GDPR.individual,
      deadlines: [
        {
          id: 'gdpr_authority',
          label: { ja: 'GDPR 監督機関への通知', en: 'GDPR notification to the supervisory authority' },
          basis: {
            ja: 'GDPR第33条第1項: 認識から72時間以内 (日付のみの場合の最終日)',
            en: 'GDPR Art. 33(1): within 72 hours of becoming aware (latest day when only the date is known)',
          },
          days: 3,
        },
      ],
    },
  ],
};
