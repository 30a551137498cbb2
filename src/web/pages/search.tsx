import type { Context } from 'hono';
import { z } from 'zod';
import type { Lang } from '../../extract/types.js';
import { IncidentCard } from '../../http/components/incident-card.js';
import { Pagination, pageParams } from '../../http/components/pagination.js';
import { pageCtx } from '../../http/context.js';
import { Layout } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { renderPage } from '../../http/render.js';
import type { AppDeps, AppEnv } from '../../http/types.js';
import type { Suggestion } from '../../incidents/types.js';

const PER_PAGE = 20;
const Query = z.string().trim().max(200).catch('');

/**
 * `/search?q=`: incidents matching an organisation or service name (any spelling), a domain or
 * notice text, with what matched; without q, every incident, most recent first.
 */
export async function searchPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const q = Query.parse(c.req.query('q') ?? '');
  const { limit, offset } = pageParams(c.req.query('page'), PER_PAGE);
  const base = q ? `/search?q=${encodeURIComponent(q)}` : '/search';
  if (!q) {
    const page = await deps.reader.listIncidents({ limit, offset });
    return renderPage(
      c,
      <Layout
        lang={lang}
        title={siteText(lang, 'incidents_title')}
        nonce={nonce}
        path={path}
        current="/search"
      >
        <h1>{siteText(lang, 'incidents_title')}</h1>
        <p class="muted">{siteText(lang, 'search_hint')}</p>
        <ul class="cards">
          {page.items.map((i) => (
            <li>
              <IncidentCard lang={lang} incident={i} headingLevel={2} />
            </li>
          ))}
        </ul>
        <Pagination lang={lang} total={page.total} limit={limit} offset={offset} baseHref={base} />
      </Layout>,
    );
  }
  const hits = await deps.reader.searchIncidents(q, { limit, offset });
  return renderPage(
    c,
    <Layout
      lang={lang}
      title={siteText(lang, 'search_title', { q })}
      nonce={nonce}
      path={path}
      query={q}
      current="/search"
    >
      <h1>{siteText(lang, 'search_title', { q })}</h1>
      {hits.total === 0 ? (
        <NoResults lang={lang} q={q} near={await deps.reader.suggest(q, 5)} />
      ) : (
        <p role="status">{siteText(lang, 'search_results_count', { total: hits.total })}</p>
      )}
      <ul class="cards">
        {hits.items.map((h) => (
          <li>
            <IncidentCard lang={lang} incident={h.incident} matched={h.matched} headingLevel={2} />
          </li>
        ))}
      </ul>
      <Pagination lang={lang} total={hits.total} limit={limit} offset={offset} baseHref={base} />
    </Layout>,
  );
}

/**
 * What a search that found nothing says: not found is not safe, and what to do next — search by
 * another spelling (with names the resolver finds close to the query), check every service at
 * /exposure, get alerts at /watch, and the precautions that hold either way.
 */
function NoResults(props: { lang: Lang; q: string; near: Suggestion[] }) {
  const { lang, q, near } = props;
  return (
    <section class="notice-box" aria-labelledby="no-results">
      <p id="no-results" role="status">
        {siteText(lang, 'search_no_results', { q })}
      </p>
      <p>
        <strong>{siteText(lang, 'search_none_not_safe')}</strong>
      </p>
      <h2>{siteText(lang, 'search_none_next')}</h2>
      <ol>
        <li>
          {siteText(lang, 'search_none_spelling')}
          {near.length > 0 ? (
            <>
              {' '}
              {siteText(lang, 'search_none_names', { q })}{' '}
              {near.map((s, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={`/search?q=${encodeURIComponent(s.name)}`}>{s.name}</a>
                </>
              ))}
            </>
          ) : null}
        </li>
        <li>
          <a href="/exposure">{siteText(lang, 'search_none_exposure')}</a>
        </li>
        <li>
          <a href="/watch">{siteText(lang, 'search_none_watch')}</a>
        </li>
        <li>{siteText(lang, 'search_none_protect')}</li>
      </ol>
    </section>
  );
}

/**
 * `/suggest?q=`: names for the search box's <datalist>. Kana, romaji and English spellings find the
 * same organisation or service (reader.suggest). The query is not logged.
 */
export async function suggestEndpoint(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const q = Query.parse(c.req.query('q') ?? '');
  const suggestions = q ? await deps.reader.suggest(q, 8) : [];
  c.header('Cache-Control', 'private, max-age=60');
  return c.json({ suggestions });
}
