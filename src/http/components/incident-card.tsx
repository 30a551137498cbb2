import type { IncidentSummary } from '../../incidents/types.js';
import { bySeverity } from '../data-classes.js';
import { affectedText, leakStatusLabel, stageLabel } from '../format.js';
import { formatDate, type Lang } from '../i18n.js';
import { siteText } from '../messages/index.js';
import { DataClassList } from './data-class.js';

/** Link to an incident page (by slug: readable and stable). */
export function incidentHref(i: { slug: string; id: string }): string {
  return `/incidents/${encodeURIComponent(i.slug || i.id)}`;
}

/**
 * One incident in a list: title, organisation, date, people affected, data classes, and optionally
 * what the search matched.
 */
export function IncidentCard(props: {
  lang: Lang;
  incident: IncidentSummary;
  matched?: string;
  headingLevel?: 2 | 3;
}) {
  const { lang, incident: i } = props;
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  const classes = bySeverity(i.data_classes).slice(0, 6);
  return (
    <article class="card">
      <H class="card-title">
        <a href={incidentHref(i)}>{i.title}</a>
      </H>
      <p class="card-meta">
        {i.organization ? <span>{i.organization.name}</span> : null}
        {i.published ? (
          <span>
            {siteText(lang, 'card_published')}:{' '}
            <time datetime={i.published}>{formatDate(i.published, lang)}</time>
          </span>
        ) : null}
        {i.report_stage ? <span class="tag">{stageLabel(i.report_stage, lang)}</span> : null}
        {i.leak_status ? (
          <span class={`tag tag-${i.leak_status}`}>{leakStatusLabel(i.leak_status, lang)}</span>
        ) : null}
      </p>
      <p class="card-affected">
        {siteText(lang, 'card_affected')}: <strong>{affectedText(i.affected, lang)}</strong>
      </p>
      <DataClassList lang={lang} classes={classes} label={siteText(lang, 'data_classes_label')} />
      {props.matched ? (
        <p class="card-matched">{siteText(lang, 'card_matched', { matched: props.matched })}</p>
      ) : null}
    </article>
  );
}
