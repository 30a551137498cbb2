import { DATE_FIELDS, type DateField } from '../../extract/types.js';
import { factValueText } from '../../http/fact-text.js';
import { stageLabel } from '../../http/format.js';
import type { Lang } from '../../http/i18n.js';
import { siteText } from '../../http/messages/index.js';
import type { FactChange, IncidentDetail, NoticeSummary } from '../../incidents/types.js';

/**
 * Label of each notice in report order: 第一報, 第2報 …, 最終報 — notices are listed oldest first.
 */
export function noticeStageLabels(notices: NoticeSummary[], lang: Lang): Map<string, string> {
  const sorted = [...notices].sort((a, b) =>
    (a.published ?? a.fetched_at).localeCompare(b.published ?? b.fetched_at),
  );
  const out = new Map<string, string>();
  sorted.forEach((n, i) => {
    let label: string;
    if (n.report_stage === 'final') label = stageLabel('final', lang);
    else if (i === 0) label = stageLabel('first', lang);
    else label = siteText(lang, 'stage_nth', { n: i + 1 });
    out.set(n.id, label);
  });
  return out;
}

export interface TimelineEntry {
  date: string;
  label: string;
  /** The date fact this entry shows (its evidence), or null for a report's own date. */
  field: DateField | null;
  noticeId: string | null;
}

/** Dates of the incident (occurred, detected, contained, reported …) and each report, oldest first. */
export function timeline(d: IncidentDetail, lang: Lang): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const f of DATE_FIELDS) {
    if (f === 'published') continue; // each notice's own date stands for publication
    const fact = d.facts[f];
    if (fact?.value)
      out.push({
        date: fact.value,
        label: siteText(lang, `timeline_${f}`),
        field: f,
        noticeId: fact.notice_id,
      });
  }
  const stages = noticeStageLabels(d.notices, lang);
  for (const n of d.notices) {
    if (n.published) {
      out.push({
        date: n.published,
        label: siteText(lang, 'timeline_notice', { stage: stages.get(n.id) ?? '' }),
        field: null,
        noticeId: n.id,
      });
    }
  }
  if (d.notices.every((n) => !n.published) && d.published) {
    out.push({
      date: d.published,
      label: siteText(lang, 'timeline_published'),
      field: 'published',
      noticeId: null,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * For list facts (data classes, measures …) only what a report added or dropped:
 * "追加: クレジットカード番号" rather than both whole lists.
 */
function diffLists(h: FactChange, lang: Lang): string | null {
  const key = (v: unknown) => JSON.stringify(v);
  const from = (h.from as unknown[]).map(key);
  const to = (h.to as unknown[]).map(key);
  const added = (h.to as unknown[]).filter((v) => !from.includes(key(v)));
  const removed = (h.from as unknown[]).filter((v) => !to.includes(key(v)));
  if (added.length === 0 && removed.length === 0) return null;
  const parts: string[] = [];
  if (added.length)
    parts.push(siteText(lang, 'history_added', { items: factValueText(h.field, added, lang) }));
  if (removed.length)
    parts.push(siteText(lang, 'history_removed', { items: factValueText(h.field, removed, lang) }));
  return parts.join(lang === 'ja' ? '、' : '; ');
}

/**
 * One line per change between reports: "件数: 8,000人 → 12,345人(第二報)". The first setting of a
 * fact by the first notice is not a change and is left out.
 */
export function historyLines(
  d: IncidentDetail,
  lang: Lang,
): { text: string; stage: string; noticeId: string | null; at: string }[] {
  const stages = noticeStageLabels(d.notices, lang);
  const firstNotice = [...stages.keys()][0] ?? null;
  const out: { text: string; stage: string; noticeId: string | null; at: string }[] = [];
  for (const h of d.history as FactChange[]) {
    if (h.kind === 'set' && (h.notice_id === firstNotice || h.notice_id === null)) continue;
    const field = siteText(lang, `field_${h.field}`);
    const from = factValueText(h.field, h.from, lang);
    const to = factValueText(h.field, h.to, lang);
    const listDiff =
      h.kind === 'changed' && Array.isArray(h.from) && Array.isArray(h.to) ? diffLists(h, lang) : null;
    const text = listDiff
      ? siteText(lang, 'history_changed_list', { field, changes: listDiff })
      : h.kind === 'corrected'
        ? siteText(lang, 'history_corrected', { field, from, to, reason: h.reason ?? '' })
        : h.kind === 'changed'
          ? siteText(lang, 'history_changed', { field, from, to })
          : siteText(lang, 'history_set', { field, to });
    out.push({
      text,
      stage: h.notice_id ? (stages.get(h.notice_id) ?? '') : '',
      noticeId: h.notice_id,
      at: h.at,
    });
  }
  return out;
}
