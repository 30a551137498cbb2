import type { Context } from 'hono';
import type { Fact, NoticeFacts } from '../../extract/types.js';
import { evidenceHref } from '../../http/components/evidence.js';
import { pageCtx, safeHref } from '../../http/context.js';
import { renderError } from '../../http/error-page.js';
import { factValueText } from '../../http/fact-text.js';
import { stageLabel } from '../../http/format.js';
import { formatDate, type Lang } from '../../http/i18n.js';
import { Layout } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { renderPage } from '../../http/render.js';
import type { AppDeps, AppEnv } from '../../http/types.js';

/** Parses `?hl=start-end` against the text length; null when absent or out of range. */
export function parseHighlight(
  raw: string | undefined,
  length: number,
): { start: number; end: number } | 'invalid' | null {
  if (!raw) return null;
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(raw);
  if (!m) return 'invalid';
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (start >= end || end > length) return 'invalid';
  return { start, end };
}

/** Every fact of a notice with its evidence, flattened for the "facts read from this notice" list. */
function noticeFactList(
  facts: NoticeFacts,
  lang: Lang,
): { label: string; value: string; start: number; end: number }[] {
  const out: { label: string; value: string; start: number; end: number }[] = [];
  for (const [field, v] of Object.entries(facts) as [keyof NoticeFacts, unknown][]) {
    if (field === 'lang' || v === null) continue;
    const list = (Array.isArray(v) ? v : [v]) as Fact<unknown>[];
    for (const f of list) {
      if (!f?.evidence) continue;
      out.push({
        label: siteText(lang, `field_${field}`),
        value: factValueText(field, f.value, lang),
        start: f.evidence.start,
        end: f.evidence.end,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `/notices/:id?hl=start-end`: the notice text as evidence, with the quoted span in <mark id="hl">.
 * The text is rendered as JSX text — escaped — so a notice can never inject markup.
 */
export async function noticePage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const id = c.req.param('id') ?? '';
  const n = id.length <= 100 ? await deps.reader.getNotice(id) : null;
  if (!n) return renderError(c, 404);
  const hl = parseHighlight(c.req.query('hl'), n.text.length);
  const title = n.title ?? siteText(lang, 'notice_title');
  const original = safeHref(n.url);
  const facts = noticeFactList(n.facts, lang);
  return renderPage(
    c,
    <Layout lang={lang} title={title} nonce={nonce} path={path}>
      <h1>{title}</h1>
      <p class="muted">
        {n.report_stage ? `${stageLabel(n.report_stage, lang)} · ` : ''}
        {n.published ? `${formatDate(n.published, lang)} · ` : ''}
        {siteText(lang, 'notice_fetched', { at: n.fetched_at.slice(0, 16).replace('T', ' ') })}
      </p>
      <p>{siteText(lang, 'notice_intro')}</p>
      <p class="actions">
        {n.incident_id ? (
          <a href={`/incidents/${encodeURIComponent(n.incident_id)}`}>{siteText(lang, 'notice_incident')}</a>
        ) : null}
        {original ? (
          <a href={original} rel="noopener noreferrer nofollow">
            {siteText(lang, 'notice_original')}
          </a>
        ) : null}
        {hl && hl !== 'invalid' ? <a href="#hl">{siteText(lang, 'notice_jump')}</a> : null}
      </p>
      {hl === 'invalid' ? <p class="notice-box">{siteText(lang, 'notice_highlight_missing')}</p> : null}
      <pre class="notice-text" lang={n.lang} tabindex={0}>
        {hl && hl !== 'invalid' ? (
          <>
            {n.text.slice(0, hl.start)}
            <mark id="hl">{n.text.slice(hl.start, hl.end)}</mark>
            {n.text.slice(hl.end)}
          </>
        ) : (
          n.text
        )}
      </pre>
      {facts.length > 0 ? (
        <section aria-labelledby="nf-h">
          <h2 id="nf-h">{siteText(lang, 'notice_evidence')}</h2>
          <ul class="plain-list">
            {facts.map((f) => (
              <li>
                <a href={evidenceHref(n.id, f.start, f.end)}>
                  {f.label}: {f.value}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>,
  );
}
