import { dataClassLabel } from '../extract/data-class-labels.js';
import type { Affected, Cause, DataClass, LeakStatus, Measure, ReportStage } from '../extract/types.js';
import { DATE_FIELDS } from '../extract/types.js';
import type { IncidentFacts } from '../incidents/types.js';
import { bare } from './describe.js';
import { affectedText, causeLabel, leakStatusLabel, listText, measureLabel, stageLabel } from './format.js';
import { formatDate, type Lang } from './i18n.js';

/**
 * A fact's value in words, whatever its field, from the site's label tables — never a code such as
 * `unauthorized_access`. One home for the incident page's history, the notice page and `leakwatch show`.
 *
 * @example factValueText('causes', ['unauthorized_access'], 'ja') // '不正アクセス'
 * @example factValueText('affected', { count: 1200, unit: 'people', qualifier: 'max' }, 'en') // 'up to 1,200 people'
 */
export function factValueText(field: keyof IncidentFacts, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return listText(
      value.map((v) => factValueText(field, v, lang)),
      lang,
    );
  }
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
      if (typeof value === 'object' && value && 'value' in value)
        return factValueText(field, (value as { value: unknown }).value, lang);
      return String(value);
  }
}
