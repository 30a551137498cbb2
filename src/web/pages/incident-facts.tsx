import { DataClassBadge } from '../../http/components/data-class.js';
import {
  EvidenceRef,
  type EvidenceWords,
  FactWithEvidence,
  SourceName,
} from '../../http/components/evidence.js';
import { bySeverity } from '../../http/data-classes.js';
import { affectedText, causeLabel, leakStatusLabel, measureLabel, stageLabel } from '../../http/format.js';
import type { Lang } from '../../http/i18n.js';
import { siteText } from '../../http/messages/index.js';
import { type SourceInfo, sourceInfo } from '../../http/source-names.js';
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

/** What every fact's provenance needs on this page: the source's plain name, quiet or not, the words. */
export interface EvidenceCtx {
  src: SourceInfo;
  quiet: boolean;
  words: EvidenceWords;
}

export function evidenceCtx(d: IncidentDetail, lang: Lang): EvidenceCtx {
  return {
    src: sourceInfo(d.source, d.source_url, lang),
    quiet: onlyImported(d),
    words: {
      open: incidentText(lang, 'quote_open'),
      label: (field) => incidentText(lang, 'quote_label', { field }),
      inNotice: incidentText(lang, 'quote_in_notice'),
      sourceLabel: incidentText(lang, 'source_label'),
    },
  };
}

/** The facts list: each value with its quote (a disclosure) or its source. */
export function Facts({ d, lang }: { d: IncidentDetail; lang: Lang }) {
  const f = d.facts;
  const ev = evidenceCtx(d, lang);
  const { src, quiet, words } = ev;
  const unknown = <span class="muted">{siteText(lang, 'incident_unknown')}</span>;
  // A list fact (causes, measures): one item per value, each linked to its own quote.
  const factList = <T,>(values: T[], facts: MergedFact<T>[], field: string, label: (v: T) => string) => (
    <ul class="fact-list">
      {values.map((v) => (
        <li>
          <FactWithEvidence
            lang={lang}
            fact={factFor(facts, v)}
            field={field}
            source={src}
            quiet={quiet}
            words={words}
          >
            {label(v)}
          </FactWithEvidence>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="facts-h">
      <h2 id="facts-h">{siteText(lang, 'incident_facts')}</h2>
      {quiet ? (
        <p class="muted">
          <SourceName source={src} label={incidentText(lang, 'all_from_source')} />
        </p>
      ) : null}
      <dl class="facts">
        <dt>{siteText(lang, 'incident_organization')}</dt>
        <dd>
          {d.organization ? (
            <FactWithEvidence
              lang={lang}
              fact={f.organization}
              field={siteText(lang, 'incident_organization')}
              source={src}
              quiet={quiet}
              words={words}
            >
              <a href={`/organizations/${encodeURIComponent(d.organization.slug)}`}>{d.organization.name}</a>
            </FactWithEvidence>
          ) : (
            unknown
          )}
        </dd>
        {d.services.length > 0 ? (
          <>
            <dt>{siteText(lang, 'incident_services')}</dt>
            <dd>
              <ul class="fact-list">
                {d.services.map((s) => (
                  <li>
                    <FactWithEvidence
                      lang={lang}
                      fact={f.services.find((x) => x.value === s.name) ?? null}
                      field={siteText(lang, 'incident_services')}
                      source={src}
                      quiet={quiet}
                      words={words}
                    >
                      <a href={`/services/${encodeURIComponent(s.slug)}`}>{s.name}</a>
                    </FactWithEvidence>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{siteText(lang, 'incident_affected')}</dt>
        <dd>
          {f.affected ? (
            <FactWithEvidence
              lang={lang}
              fact={f.affected}
              field={siteText(lang, 'incident_affected')}
              source={src}
              quiet={quiet}
              words={words}
            >
              <strong>{affectedText(f.affected.value, lang)}</strong>
            </FactWithEvidence>
          ) : (
            <span class="muted">{affectedText(d.affected, lang)}</span>
          )}
          {f.counts.length > 0 ? (
            <ul class="fact-list" aria-label={siteText(lang, 'incident_counts')}>
              {f.counts.map((cnt) => (
                <li>
                  <FactWithEvidence
                    lang={lang}
                    fact={cnt}
                    field={siteText(lang, 'incident_counts')}
                    source={src}
                    quiet={quiet}
                    words={words}
                  >
                    {cnt.value.subject}: {affectedText(cnt.value, lang)}
                    {cnt.value.status ? ` (${leakStatusLabel(cnt.value.status, lang)})` : ''}
                  </FactWithEvidence>
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dt>{siteText(lang, 'incident_data_classes')}</dt>
        <dd>
          {d.data_classes.length === 0 ? (
            <span class="muted">{siteText(lang, 'data_classes_none')}</span>
          ) : (
            <ul class="dc-list dc-list-facts" aria-label={siteText(lang, 'incident_data_classes')}>
              {bySeverity(d.data_classes).map((dc) => (
                <li>
                  <DataClassBadge lang={lang} dataClass={dc} />
                  <EvidenceRef
                    lang={lang}
                    fact={factFor(f.data_classes, dc)}
                    field={siteText(lang, 'incident_data_classes')}
                    source={src}
                    quiet={quiet}
                    words={words}
                  />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{siteText(lang, 'incident_leak_status')}</dt>
        <dd>
          {f.leak_status ? (
            <FactWithEvidence
              lang={lang}
              fact={f.leak_status}
              field={siteText(lang, 'incident_leak_status')}
              source={src}
              quiet={quiet}
              words={words}
            >
              {leakStatusLabel(f.leak_status.value, lang)}
              {f.leak_status.confidence < LOW_CONFIDENCE ? (
                <span class="evidence-note"> ({siteText(lang, 'incident_leak_status_inferred')})</span>
              ) : null}
            </FactWithEvidence>
          ) : d.leak_status ? (
            leakStatusLabel(d.leak_status, lang)
          ) : (
            unknown
          )}
        </dd>
        {f.scope.length > 0 ? (
          <>
            <dt>{siteText(lang, 'incident_scope')}</dt>
            <dd>
              <ul class="fact-list">
                {f.scope.map((s) => (
                  <li>
                    <FactWithEvidence
                      lang={lang}
                      fact={s}
                      field={siteText(lang, 'incident_scope')}
                      source={src}
                      quiet={quiet}
                      words={words}
                    >
                      {s.value.description}
                    </FactWithEvidence>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{siteText(lang, 'incident_cause')}</dt>
        <dd>
          {d.causes.length === 0
            ? unknown
            : factList(d.causes, f.causes, siteText(lang, 'incident_cause'), (c) => causeLabel(c, lang))}
        </dd>
        <dt>{siteText(lang, 'incident_measures')}</dt>
        <dd>
          {d.measures.length === 0
            ? unknown
            : factList(d.measures, f.measures, siteText(lang, 'incident_measures'), (m) =>
                measureLabel(m, lang),
              )}
        </dd>
        {d.report_stage ? (
          <>
            <dt>{siteText(lang, 'incident_report_stage')}</dt>
            <dd>
              <FactWithEvidence
                lang={lang}
                fact={f.report_stage}
                field={siteText(lang, 'incident_report_stage')}
                source={src}
                quiet={quiet}
                words={words}
              >
                {stageLabel(d.report_stage, lang)}
              </FactWithEvidence>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
