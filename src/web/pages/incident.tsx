import type { Context } from 'hono';
import type { Contact } from '../../extract/types.js';
import { DataClassBadge } from '../../http/components/data-class.js';
import { EvidenceRef, FactWithEvidence } from '../../http/components/evidence.js';
import { IncidentCard } from '../../http/components/incident-card.js';
import { pageCtx, safeHref } from '../../http/context.js';
import { bySeverity } from '../../http/data-classes.js';
import { describeIncident } from '../../http/describe.js';
import { renderError } from '../../http/error-page.js';
import { affectedText, causeLabel, leakStatusLabel, measureLabel, stageLabel } from '../../http/format.js';
import { formatDate, type Lang } from '../../http/i18n.js';
import { Layout } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { memoPage, type PageMemo } from '../../http/page-memo.js';
import type { AppDeps, AppEnv } from '../../http/types.js';
import type { IncidentDetail, MergedFact } from '../../incidents/types.js';
import { benchmarkFor } from '../../peers/benchmark.js';
import { ResponseBenchmark } from '../../peers/component.js';
import type { BenchmarkData } from '../../peers/types.js';
import { historyLines, noticeStageLabels, timeline } from './incident-text.js';

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

/**
 * `/incidents/:idOrSlug`: what happened in two sentences, every fact with a link to its quote, the
 * timeline, what changed between reports, the contact desk, the sources and related incidents.
 */
export async function incidentPage(c: Context<AppEnv>, deps: AppDeps, memo: PageMemo): Promise<Response> {
  const { lang, path } = pageCtx(c);
  const key = c.req.param('idOrSlug') ?? '';
  const stamp = key.length <= 200 ? await deps.reader.incidentStamp(key) : null;
  const missing = () => renderError(c, 404, siteText(lang, 'error_incident_404'));
  if (!stamp) return missing();
  // Rendered once per incident version, site revision, language and path; see http/page-memo.ts.
  const memoKey = [stamp.id, stamp.updatedAt, stamp.revision, lang, path].join('|');
  return memoPage(c, memo, memoKey, missing, async (nonce) => {
    const d = await deps.reader.getIncident(stamp.id);
    if (!d) return null;
    const bench = await benchmarkFor(deps.db, d.id);
    return <IncidentView d={d} bench={bench} lang={lang} nonce={nonce} path={path} />;
  });
}

function IncidentView(props: { d: IncidentDetail; bench: BenchmarkData; lang: Lang; nonce: string; path: string }) {
  const { d, bench, lang } = props;
  const [s1, s2] = describeIncident(d, lang);
  return (
    <Layout
      lang={lang}
      title={d.title}
      description={`${s1} ${s2}`}
      nonce={props.nonce}
      path={props.path}
      current="/search"
    >
      <article class="incident">
        <h1>{d.title}</h1>
        <section aria-labelledby="summary-h">
          <h2 id="summary-h" class="visually-hidden">
            {siteText(lang, 'incident_summary')}
          </h2>
          <p class="summary">
            {s1}
            <br />
            {s2}
          </p>
        </section>
        <Facts d={d} lang={lang} />
        <div class="two-col">
          <Timeline d={d} lang={lang} />
          <History d={d} lang={lang} />
        </div>
        <ResponseBenchmark data={bench} lang={lang} />
        <ContactDesk d={d} lang={lang} />
        <Sources d={d} lang={lang} />
        {d.related.length > 0 ? (
          <section aria-labelledby="related-h">
            <h2 id="related-h">{siteText(lang, 'incident_related')}</h2>
            <ul class="cards">
              {d.related.map((r) => (
                <li>
                  <IncidentCard lang={lang} incident={r} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
    </Layout>
  );
}

function Facts({ d, lang }: { d: IncidentDetail; lang: Lang }) {
  const f = d.facts;
  const src = d.source;
  const quiet = onlyImported(d);
  const unknown = <span class="muted">{siteText(lang, 'incident_unknown')}</span>;
  // A list fact (causes, measures): one item per value, each linked to its own quote.
  const factList = <T,>(values: T[], facts: MergedFact<T>[], field: string, label: (v: T) => string) => (
    <ul class="fact-list">
      {values.map((v) => (
        <li>
          <FactWithEvidence lang={lang} fact={factFor(facts, v)} field={field} source={src} quiet={quiet}>
            {label(v)}
          </FactWithEvidence>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="facts-h">
      <h2 id="facts-h">{siteText(lang, 'incident_facts')}</h2>
      {quiet ? <p class="muted">{siteText(lang, 'incident_all_from_dataset', { name: src })}</p> : null}
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
            >
              {leakStatusLabel(f.leak_status.value, lang)}
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

function Timeline({ d, lang }: { d: IncidentDetail; lang: Lang }) {
  const entries = timeline(d, lang);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">{siteText(lang, 'incident_timeline')}</h2>
      <ol class="timeline">
        {entries.map((e) => (
          <li>
            <time datetime={e.date}>{formatDate(e.date, lang)}</time>
            <span>{e.label}</span>{' '}
            {e.field ? (
              <EvidenceRef
                lang={lang}
                fact={d.facts[e.field]}
                field={e.label}
                source={d.source}
                quiet={onlyImported(d)}
              />
            ) : e.noticeId ? (
              <a class="evidence" href={`/notices/${encodeURIComponent(e.noticeId)}`}>
                {siteText(lang, 'notice_title')}
              </a>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function History({ d, lang }: { d: IncidentDetail; lang: Lang }) {
  const lines = historyLines(d, lang);
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{siteText(lang, 'incident_history')}</h2>
      {lines.length === 0 ? (
        <p class="muted">{siteText(lang, 'incident_history_none')}</p>
      ) : (
        <ul class="history">
          {lines.map((l) => (
            <li>
              {l.text}
              {l.stage ? (
                <>
                  {' '}
                  {l.noticeId ? (
                    <a href={`/notices/${encodeURIComponent(l.noticeId)}`}>
                      {siteText(lang, 'history_by_notice', { stage: l.stage })}
                    </a>
                  ) : (
                    siteText(lang, 'history_by_notice', { stage: l.stage })
                  )}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ContactDesk({ d, lang }: { d: IncidentDetail; lang: Lang }) {
  const c: Contact | null = d.facts.contact?.value ?? d.contact;
  if (!c) return null;
  return (
    <section aria-labelledby="contact-h" class="panel">
      <h2 id="contact-h">{siteText(lang, 'incident_contact')}</h2>
      {c.name ? <p>{c.name}</p> : null}
      <ul class="plain-list">
        {c.phones.map((p) => (
          <li>
            <a href={`tel:${p.replace(/[^\d+#*]/g, '')}`}>{p}</a>
          </li>
        ))}
        {c.emails.map((e) => (
          <li>
            <a href={`mailto:${e}`}>{e}</a>
          </li>
        ))}
        {c.urls.map((u) => {
          const href = safeHref(u);
          return <li>{href ? <a href={href}>{u}</a> : u}</li>;
        })}
      </ul>
      {c.hours ? <p>{siteText(lang, 'incident_contact_hours', { hours: c.hours })}</p> : null}
      <EvidenceRef
        lang={lang}
        fact={d.facts.contact}
        field={siteText(lang, 'incident_contact')}
        source={d.source}
        quiet={onlyImported(d)}
      />
    </section>
  );
}

function Sources({ d, lang }: { d: IncidentDetail; lang: Lang }) {
  const stages = noticeStageLabels(d.notices, lang);
  const srcHref = safeHref(d.source_url);
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h">{siteText(lang, 'incident_source')}</h2>
      <ul class="plain-list">
        {d.notices.map((n) => {
          const href = safeHref(n.url);
          return (
            <li>
              <a href={`/notices/${encodeURIComponent(n.id)}`}>{n.title ?? siteText(lang, 'notice_title')}</a>{' '}
              <span class="muted">
                {stages.get(n.id)}
                {n.published ? ` · ${formatDate(n.published, lang)}` : ''}
              </span>
              {href ? (
                <>
                  {' · '}
                  <a href={href} rel="noopener noreferrer nofollow">
                    {siteText(lang, 'notice_original')}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
        {d.source !== 'notice' ? (
          <li>
            {siteText(lang, 'incident_source_dataset', { name: d.source })}
            {srcHref ? (
              <>
                {' · '}
                <a href={srcHref} rel="noopener noreferrer nofollow">
                  {d.source_url}
                </a>
              </>
            ) : null}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
