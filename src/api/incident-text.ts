import { DATA_CLASS_JA } from '../extract/data-class-labels.js';
import { CAUSES } from '../extract/vocab.js';
import type { IncidentSummary } from '../incidents/types.js';

/**
 * A one-paragraph description of an incident, generated from its facts only (never a notice's prose):
 * used by Atom summaries and the HIBP-compatible `Description`.
 *
 * @example describeIncident(incident, 'en')
 * // 'Example Widgets Inc. had a data breach (published 2026-04-01) affecting up to 12,000 people.
 * //  Data involved: Email addresses, Names. Cause: SQL injection.'
 */
export function describeIncident(inc: IncidentSummary, lang: 'ja' | 'en'): string {
  const who = inc.organization?.name ?? inc.title;
  const parts: string[] = [];
  if (lang === 'ja') {
    const when = inc.published
      ? ` (${inc.published}公表)`
      : inc.incident_start
        ? ` (${inc.incident_start}発生)`
        : '';
    parts.push(`${who}の情報漏えい事案${when}。`);
    if (inc.affected) {
      const q = inc.affected.qualifier === 'max' ? '最大' : inc.affected.qualifier === 'approx' ? '約' : '';
      parts.push(`対象: ${q}${inc.affected.count.toLocaleString('ja-JP')}${UNIT_JA[inc.affected.unit]}。`);
    }
    if (inc.data_classes.length > 0) {
      parts.push(`情報の種類: ${inc.data_classes.map((d) => DATA_CLASS_JA[d]).join('、')}。`);
    }
    if (inc.causes.length > 0) parts.push(`原因: ${inc.causes.map((c) => CAUSES[c].ja).join('、')}。`);
    if (inc.leak_status === 'possible') parts.push('漏えいの可能性 (未確定)。');
    if (inc.leak_status === 'not_found') parts.push('漏えいは確認されていない。');
    return parts.join('');
  }
  const when = inc.published
    ? ` (published ${inc.published})`
    : inc.incident_start
      ? ` (began ${inc.incident_start})`
      : '';
  parts.push(`${who} had a data breach${when}`);
  if (inc.affected) {
    const q =
      inc.affected.qualifier === 'max' ? 'up to ' : inc.affected.qualifier === 'approx' ? 'about ' : '';
    parts[0] += ` affecting ${q}${inc.affected.count.toLocaleString('en-US')} ${inc.affected.unit}`;
  }
  parts[0] += '.';
  if (inc.data_classes.length > 0) parts.push(`Data involved: ${inc.data_classes.join(', ')}.`);
  if (inc.causes.length > 0) parts.push(`Cause: ${inc.causes.map((c) => CAUSES[c].en).join('; ')}.`);
  if (inc.leak_status === 'possible') parts.push('The leak is possible, not confirmed.');
  if (inc.leak_status === 'not_found') parts.push('No leak was found.');
  return parts.join(' ');
}

const UNIT_JA = {
  people: '人',
  accounts: 'アカウント',
  records: '件',
  cards: '件 (カード)',
  companies: '社',
} as const;
