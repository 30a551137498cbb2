import type { Context } from 'hono';
import { EvidenceRef, SourceName } from '../../http/components/evidence.js';
import { IncidentCard } from '../../http/components/incident-card.js';
import { pageCtx, safeHref } from '../../http/context.js';
import { describeIncident } from '../../http/describe.js';
import { renderError } from '../../http/error-page.js';
import { formatDate, type Lang } from '../../http/i18n.js';
import { Layout } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { memoPage, type PageMemo } from '../../http/page-memo.js';
import type { AppDeps, AppEnv } from '../../http/types.js';
import type { IncidentDetail, IncidentStamp } from '../../incidents/types.js';
import { benchmarkFor } from '../../peers/benchmark.js';
import { ResponseBenchmark } from '../../peers/component.js';
import type { BenchmarkData } from '../../peers/types.js';
import { IncidentAdvice } from './advice.js';
import { ContactDesk } from './incident-contact.js';
import { type EvidenceCtx, evidenceCtx, Facts } from './incident-facts.js';
import { incidentText } from './incident-messages.js';
import { historyLines, noticeStageLabels, timeline } from './incident-text.js';

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
  return memoPage(c, memo, incidentMemoKey(stamp, lang, path), missing, async (nonce) => {
    const d = await deps.reader.getIncident(stamp.id);
    if (!d) return null;
    const bench = await benchmarkFor(deps.db, d.id);
    return <IncidentView d={d} bench={bench} lang={lang} nonce={nonce} path={path} />;
  });
}

/**
 * What an incident page is rendered once for: the incident's version, the site's revision, the
 * language and the path (see http/page-memo.ts). The chain's route and the page lane key alike.
 */
export function incidentMemoKey(stamp: IncidentStamp, lang: Lang, path: string): string {
  return `${stamp.id}|${stamp.updatedAt}|${stamp.revision}|${lang}|${path}`;
}

function IncidentView(props: {
  d: IncidentDetail;
  bench: BenchmarkData;
  lang: Lang;
  nonce: string;
  path: string;
}) {
  const { d, bench, lang } = props;
  const [s1, s2] = describeIncident(d, lang);
  const ev = evidenceCtx(d, lang);
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
        <IncidentAdvice d={d} lang={lang} hasDesk={(d.facts.contact?.value ?? d.contact) !== null} />
        <Facts d={d} lang={lang} />
        <div class="two-col">
          <Timeline d={d} lang={lang} ev={ev} />
          <History d={d} lang={lang} />
        </div>
        <ContactDesk d={d} lang={lang} ev={ev} />
        <Sources d={d} lang={lang} ev={ev} />
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
        <section aria-labelledby="companies-h" class="for-companies">
          <h2 id="companies-h">{incidentText(lang, 'companies_heading')}</h2>
          <p class="muted">{incidentText(lang, 'companies_note')}</p>
          <ResponseBenchmark data={bench} lang={lang} />
        </section>
      </article>
    </Layout>
  );
}

function Timeline({ d, lang, ev }: { d: IncidentDetail; lang: Lang; ev: EvidenceCtx }) {
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
              <EvidenceRef {...ev} fact={d.facts[e.field]} field={e.label} />
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

function Sources({ d, lang, ev }: { d: IncidentDetail; lang: Lang; ev: EvidenceCtx }) {
  const stages = noticeStageLabels(d.notices, lang);
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
            <SourceName source={ev.source} label={incidentText(lang, 'source_label')} />
          </li>
        ) : null}
      </ul>
    </section>
  );
}
