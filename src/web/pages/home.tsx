import type { Context } from 'hono';
import { IncidentCard } from '../../http/components/incident-card.js';
import { pageCtx } from '../../http/context.js';
import { Layout, SearchBox } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { renderPage } from '../../http/render.js';
import type { AppDeps, AppEnv } from '../../http/types.js';

/** `/`: what leakwatch is, the search box with suggestions, and the latest incidents. */
export async function homePage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const [latest, stats] = await Promise.all([deps.reader.listIncidents({ limit: 8 }), deps.reader.stats()]);
  return renderPage(
    c,
    <Layout
      lang={lang}
      title={siteText(lang, 'home_title')}
      description={siteText(lang, 'home_description')}
      nonce={nonce}
      path={path}
      hideHeaderSearch
    >
      <section class="hero">
        <h1>{siteText(lang, 'home_heading')}</h1>
        <p class="lead">{siteText(lang, 'home_lead')}</p>
        <SearchBox lang={lang} query="" id="home-search" large />
        <p>
          <a class="button secondary" href="/exposure">
            {siteText(lang, 'home_exposure_cta')}
          </a>
        </p>
        {/* What is there, truthfully: a fresh install holds facts from public datasets, not notices. */}
        <p class="muted">
          {siteText(lang, 'home_stats_line', {
            incidents: stats.incidents,
            organizations: stats.organizations,
            sources: new Set(stats.by_year.flatMap((y) => y.sources)).size,
          })}
          {stats.notices > 0 ? siteText(lang, 'home_stats_notices', { notices: stats.notices }) : null} (
          <a href="/stats#coverage-h">{siteText(lang, 'home_stats_sources_link')}</a>)
        </p>
      </section>
      <section aria-labelledby="latest-h">
        <h2 id="latest-h">{siteText(lang, 'home_latest')}</h2>
        <ul class="cards">
          {latest.items.map((i) => (
            <li>
              <IncidentCard lang={lang} incident={i} />
            </li>
          ))}
        </ul>
        <p>
          <a href="/search">{siteText(lang, 'home_all_incidents')}</a>
        </p>
      </section>
      <section aria-labelledby="what-h" class="panel">
        <h2 id="what-h">{siteText(lang, 'home_what_heading')}</h2>
        <p>{siteText(lang, 'home_what_1')}</p>
        <p>{siteText(lang, 'home_what_2')}</p>
        <p>
          <a href="/exposure">{siteText(lang, 'home_what_3')}</a>
        </p>
      </section>
    </Layout>,
  );
}
