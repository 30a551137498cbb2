import { dataClassLabel } from '../extract/data-class-labels.js';
import type { IncidentSummary } from '../incidents/types.js';
import { bySeverity } from './data-classes.js';
import { affectedText, causeLabel, listText, measureLabel } from './format.js';
import { formatDate, type Lang } from './i18n.js';
import { siteText } from './messages/index.js';

/** Drops the explanatory parentheses of a vocabulary label so it reads inside a sentence. */
export function bare(label: string): string {
  return label.replace(/\s*[(（][^)）]*[)）]/g, '').trim();
}

/**
 * "What happened" in two sentences, generated from the incident's facts only (never notice prose):
 * the one incident describer — the incident page, Atom summaries and the HIBP `Description`.
 *
 * @example describeIncident(incident, 'ja')
 * // ['株式会社サンプル商事は2024年5月8日、SQLインジェクションによりメールアドレス、パスワードが漏えいした可能性があることを公表しました。',
 * //  '対象は最大12,345人で、主な対策はパスワードの再設定・リセットです。']
 */
export function describeIncident(d: IncidentSummary, lang: Lang): [string, string] {
  const org = d.organization?.name ?? siteText(lang, 'incident_org_unknown');
  const when = d.published
    ? lang === 'ja'
      ? `${formatDate(d.published, lang)}、`
      : `On ${formatDate(d.published, lang)}, `
    : lang === 'ja'
      ? '、'
      : '';
  const causes = d.causes.slice(0, 2).map((c) => bare(causeLabel(c, lang)));
  const how =
    causes.length === 0
      ? ''
      : lang === 'ja'
        ? `${listText(causes, lang)}により`
        : ` through ${listText(causes, lang)}`;
  const classes = bySeverity(d.data_classes);
  const shown = classes
    .slice(0, 3)
    .map((dc) => (lang === 'ja' ? dataClassLabel(dc, lang) : dc.toLowerCase()));
  let what = shown.length === 0 ? siteText(lang, 'incident_what_unknown') : listText(shown, lang);
  if (classes.length > 3) what += lang === 'ja' ? 'など' : ' and more';
  const status = d.leak_status ?? 'possible';
  const s1 = siteText(lang, `incident_s1_${status}`, { org, when, how, what });
  const measures = d.measures.slice(0, 2).map((m) => bare(measureLabel(m, lang)));
  const affected = d.affected ? affectedText(d.affected, lang) : null;
  let s2: string;
  if (affected && measures.length)
    s2 = siteText(lang, 'incident_s2_both', { affected, measures: listText(measures, lang) });
  else if (affected) s2 = siteText(lang, 'incident_s2_affected', { affected });
  else if (measures.length)
    s2 = siteText(lang, 'incident_s2_measures', { measures: listText(measures, lang) });
  else s2 = siteText(lang, 'incident_s2_none');
  return [s1, s2];
}

/**
 * The two sentences as one paragraph.
 *
 * @example incidentParagraph(incident, 'en') // 'On April 1, 2026, Example Widgets … . Up to 12,000 people …'
 */
export function incidentParagraph(inc: IncidentSummary, lang: Lang): string {
  return describeIncident(inc, lang).join(lang === 'ja' ? '' : ' ');
}
