import type { Affected, Cause, LeakStatus, Measure, ReportStage } from '../extract/types.js';
import { CAUSES, MEASURES } from '../extract/vocab.js';
import { formatNumber, type Lang } from './i18n.js';
import { siteText } from './messages/index.js';

/**
 * "最大12,345人" / "up to 12,345 people": the count with its qualifier and unit, as notices state it.
 *
 * @example affectedText({ count: 8000, unit: 'people', qualifier: 'approx' }, 'ja') // '約8,000人'
 */
export function affectedText(a: Affected | null | undefined, lang: Lang): string {
  if (!a) return siteText(lang, 'affected_unknown');
  const unit = siteText(lang, `unit_${a.unit}`, { n: a.count });
  const n = formatNumber(a.count, lang);
  return siteText(lang, `affected_${a.qualifier}`, { n, unit });
}

export function stageLabel(stage: ReportStage | null | undefined, lang: Lang): string {
  if (!stage) return '';
  return siteText(lang, `stage_${stage}`);
}

export function leakStatusLabel(s: LeakStatus | null | undefined, lang: Lang): string {
  if (!s) return '';
  return siteText(lang, `leak_${s}`);
}

export function causeLabel(c: Cause, lang: Lang): string {
  return CAUSES[c]?.[lang] ?? c;
}

export function measureLabel(m: Measure, lang: Lang): string {
  return MEASURES[m]?.[lang] ?? m;
}

/** Joins labels the way each language lists things: "A、B、C" / "A, B and C". */
export function listText(items: string[], lang: Lang): string {
  if (lang === 'ja') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
