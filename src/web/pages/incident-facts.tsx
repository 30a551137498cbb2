import type { Child } from 'hono/jsx';
import { DataClassBadge } from '../../http/components/data-class.js';
import {
  type EvidenceProps,
  EvidenceRef,
  FactWithEvidence,
  SourceName,
} from '../../http/components/evidence.js';
import { bySeverity } from '../../http/data-classes.js';
import { affectedText, causeLabel, leakStatusLabel, measureLabel, stageLabel } from '../../http/format.js';
import type { Lang } from '../../http/i18n.js';
import { siteText } from '../../http/messages/index.js';
import { sourceInfo } from '../../http/source-names.js';
import type { IncidentDetail, MergedFact } from '../../incidents/types.js';
import { incidentText } from './incident-messages.js';

/** Below this confidence a leak status is a weak reading (a hedged rule, or extract/status-model.ts): said so. */
const LOW_CONFIDENCE = 0.56;

/** The evidence of a list fact whose value equals `value` (data classes, causes, measures). */
function factFor<T>(list: MergedFact<T>[], value: T): MergedFact<T> | null {
  return list.find((f) => f.value === value) ?? null;
}

/** True when no fact has a quote or a correction: the page then names the dataset once. */
export function onlyImported(d: IncidentDetail): boolean {
  for (const v of Object.values(d.facts)) {
    const list = (Array.isArray(v) ? v : [v]) as (MergedFact<unknown> | null)[];
    if (list.some((f) => f && (f.evidence !== null || f.origin !== 'import'))) return false;
  }
  return true;
}

/** What every fact's provenance needs on this page: the language, the source's plain name, quiet or not, the words. */
export type EvidenceCtx = Pick<EvidenceProps, 'lang' | 'source' | 'quiet' | 'words'>;

export function evidenceCtx(d: IncidentDetail, lang: Lang): EvidenceCtx {
  return {
    lang,
    source: sourceInfo(d.source, d.source_url, lang),
    quiet: onlyImported(d),
    words: {
      open: incidentText(lang, 'quote_open'),
      label: (field) => incidentText(lang, 'quote_label', { field }),
      inNotice: incidentText(lang, 'quote_in_notice'),
      sourceLabel: incidentText(lang, 'source_label'),
    },
  };
}

type AnyFact = MergedFact<unknown> | null | undefined;

/** The facts list: each value with its quote (a disclosure) or its source. */
export function Facts({ d, lang }: { d: IncidentDetail; lang: Lang }) {
  const f = d.facts;
  const ev = evidenceCtx(d, lang);
  const unknown = <span class="muted">{siteText(lang, 'incident_unknown')}</span>;
  // A list fact (services, counts, scope, causes, measures): one item per value, each linked to its own quote.
  const factList = <T,>(items: T[], field: string, one: (x: T) => [AnyFact, Child], label?: string) => (
    <ul class="fact-list" aria-label={label}>
      {items.map((x) => {
        const [fact, value] = one(x);
        return (
          <li>
            <FactWithEvidence {...ev} fact={fact} field={field}>
              {value}
            </FactWithEvidence>
          </li>
        );
      })}
    </ul>
  );
  // A term and its description, the term the field's label.
  const row = (field: string, description: Child) => (
    <>
      <dt>{field}</dt>
      <dd>{description}</dd>
    </>
  );
  const field = {
    organization: siteText(lang, 'incident_organization'),
    services: siteText(lang, 'incident_services'),
    affected: siteText(lang, 'incident_affected'),
    counts: siteText(lang, 'incident_counts'),
    dataClasses: siteText(lang, 'incident_data_classes'),
    leakStatus: siteText(lang, 'incident_leak_status'),
    scope: siteText(lang, 'incident_scope'),
    cause: siteText(lang, 'incident_cause'),
    measures: siteText(lang, 'incident_measures'),
    stage: siteText(lang, 'incident_report_stage'),
  };
  return (
    <section aria-labelledby="facts-h">
      <h2 id="facts-h">{siteText(lang, 'incident_facts')}</h2>
      {ev.quiet ? (
        <p class="muted">
          <SourceName source={ev.source} label={incidentText(lang, 'all_from_source')} />
        </p>
      ) : null}
      <dl class="facts">
        {row(
          field.organization,
          d.organization ? (
            <FactWithEvidence {...ev} fact={f.organization} field={field.organization}>
              <a href={`/organizations/${encodeURIComponent(d.organization.slug)}`}>{d.organization.name}</a>
            </FactWithEvidence>
          ) : (
            unknown
          ),
        )}
        {d.services.length > 0
          ? row(
              field.services,
              factList(d.services, field.services, (s) => [
                f.services.find((x) => x.value === s.name) ?? null,
                <a href={`/services/${encodeURIComponent(s.slug)}`}>{s.name}</a>,
              ]),
            )
          : null}
        {row(
          field.affected,
          <>
            {f.affected ? (
              <FactWithEvidence {...ev} fact={f.affected} field={field.affected}>
                <strong>{affectedText(f.affected.value, lang)}</strong>
              </FactWithEvidence>
            ) : (
              <span class="muted">{affectedText(d.affected, lang)}</span>
            )}
            {f.counts.length > 0
              ? factList(
                  f.counts,
                  field.counts,
                  (cnt) => [
                    cnt,
                    <>
                      {cnt.value.subject}: {affectedText(cnt.value, lang)}
                      {cnt.value.status ? ` (${leakStatusLabel(cnt.value.status, lang)})` : ''}
                    </>,
                  ],
                  field.counts,
                )
              : null}
          </>,
        )}
        {row(
          field.dataClasses,
          d.data_classes.length === 0 ? (
            <span class="muted">{siteText(lang, 'data_classes_none')}</span>
          ) : (
            <ul class="dc-list dc-list-facts" aria-label={field.dataClasses}>
              {bySeverity(d.data_classes).map((dc) => (
                <li>
                  <DataClassBadge lang={lang} dataClass={dc} />
                  <EvidenceRef {...ev} fact={factFor(f.data_classes, dc)} field={field.dataClasses} />
                </li>
              ))}
            </ul>
          ),
        )}
        {row(
          field.leakStatus,
          f.leak_status ? (
            <FactWithEvidence {...ev} fact={f.leak_status} field={field.leakStatus}>
              {leakStatusLabel(f.leak_status.value, lang)}
              {f.leak_status.confidence < LOW_CONFIDENCE ? (
                <span class="evidence-note"> ({siteText(lang, 'incident_leak_status_inferred')})</span>
              ) : null}
            </FactWithEvidence>
          ) : d.leak_status ? (
            leakStatusLabel(d.leak_status, lang)
          ) : (
            unknown
          ),
        )}
        {f.scope.length > 0
          ? row(
              field.scope,
              factList(f.scope, field.scope, (s) => [s, s.value.description]),
            )
          : null}
        {row(
          field.cause,
          d.causes.length === 0
            ? unknown
            : factList(d.causes, field.cause, (c) => [factFor(f.causes, c), causeLabel(c, lang)]),
        )}
        {row(
          field.measures,
          d.measures.length === 0
            ? unknown
            : factList(d.measures, field.measures, (m) => [factFor(f.measures, m), measureLabel(m, lang)]),
        )}
        {d.report_stage
          ? row(
              field.stage,
              <FactWithEvidence {...ev} fact={f.report_stage} field={field.stage}>
                {stageLabel(d.report_stage, lang)}
              </FactWithEvidence>,
            )
          : null}
      </dl>
    </section>
  );
}
