import { dataClassLabel } from '../../extract/data-class-labels.js';
import type { Affected, Cause, DataClass, LeakStatus, Measure, ReportStage } from '../../extract/types.js';
import { DATE_FIELDS } from '../../extract/types.js';
import { bare } from '../../http/describe.js';
import {
  affectedText,
  causeLabel,
  leakStatusLabel,
  listText,
  measureLabel,
  stageLabel,
} from '../../http/format.js';
import { formatDate, type Lang } from '../../http/i18n.js';
import type { IncidentFacts } from '../../incidents/types.js';

/**
 * A fact's value in words, with the site's label tables (http/format.ts, the data-class label
 * table): what `leakwatch show` prints instead of codes such as `unauthorized_access`.
 * (The incident page has its own copy in web/pages/incident-text.ts, which the CLI may not import:
 * a feature's pages stay its own. Both read the same tables.)
 *
 * @example factText('causes', ['unauthorized_access'], 'ja') // '不正アクセス'
 * @example factText('affected', { count: 1200, unit: 'people', qualifier: 'max' }, 'en') // 'up to 1,200 people'
 */
export function factText(field: keyof IncidentFacts, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value))
    return value.length === 0
      ? '—'
      : listText(
          value.map((v) => factText(field, v, lang)),
          lang,
        );
  switch (field) {
    case 'affected':
      return affectedText(value as Affected, lang);
    case 'counts': {
      const c = value as Affected & { subject?: string };
      return `${c.subject ? `${c.subject} ` : ''}${affectedText(c, lang)}`;
    }
    case 'data_classes':
      return dataClassLabel(value as DataClass, lang);
    case 'causes':
      return bare(causeLabel(value as Cause, lang));
    case 'measures':
      return bare(measureLabel(value as Measure, lang));
    case 'leak_status':
      return leakStatusLabel(value as LeakStatus, lang);
    case 'report_stage':
      return stageLabel(value as ReportStage, lang);
    case 'contact': {
      const c = value as { name?: string | null; phones?: string[] };
      return [c.name, ...(c.phones ?? [])].filter(Boolean).join(' ');
    }
    case 'scope':
      return String((value as { description?: string }).description ?? '');
    default:
      if (typeof value === 'string')
        return (DATE_FIELDS as readonly string[]).includes(field) ? formatDate(value, lang) : value;
      return String(value);
  }
}
