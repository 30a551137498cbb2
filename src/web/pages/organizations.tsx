import type { Context } from 'hono';
import { IncidentCard } from '../../http/components/incident-card.js';
import { Pagination, pageParams } from '../../http/components/pagination.js';
import { pageCtx } from '../../http/context.js';
import { renderError } from '../../http/error-page.js';
import type { Lang } from '../../http/i18n.js';
import { Layout } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { renderPage } from '../../http/render.js';
import type { AppDeps, AppEnv } from '../../http/types.js';
import type { IncidentSummary } from '../../incidents/types.js';

const PER_PAGE = 50;

/** Aliases other than the name itself (the store keeps the name as an alias too), once each. */
export function otherNames(name: string, aliases: string[]): string[] {
  const key = (v: string) => v.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const seen = new Set([key(name)]);
  return aliases.filter((a) => {
    const k = key(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Most recent first: by first disclosure, then by record creation. */
export function recentFirst(items: IncidentSummary[]): IncidentSummary[] {
  return [...items].sort((a, b) => (b.published ?? b.created_at).localeCompare(a.published ?? a.created_at));
}

function IncidentList({ lang, items }: { lang: Lang; items: IncidentSummary[] }) {
  if (items.length === 0) return <p class="muted">{siteText(lang, 'list_empty')}</p>;
  return (
    <ul class="cards">
      {recentFirst(items).map((i) => (
        <li>
          <IncidentCard lang={lang} incident={i} />
        </li>
      ))}
    </ul>
  );
}

/** `/organizations`: every organisation, by name. */
export async function organizationsPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const { limit, offset } = pageParams(c.req.query('page'), PER_PAGE);
  const page = await deps.reader.listOrganizations({ limit, offset });
  return renderPage(
    c,
    <Layout lang={lang} title={siteText(lang, 'organizations_title')} nonce={nonce} path={path}>
      <h1>{siteText(lang, 'organizations_title')}</h1>
      {page.items.length === 0 ? <p class="muted">{siteText(lang, 'list_empty')}</p> : null}
      <ul class="plain-list">
        {page.items.map((o) => (
          <li>
            <a href={`/organizations/${encodeURIComponent(o.slug)}`}>{o.name}</a>
          </li>
        ))}
      </ul>
      <Pagination lang={lang} total={page.total} limit={limit} offset={offset} baseHref="/organizations" />
    </Layout>,
  );
}

/** `/services`: every service with its operator. */
export async function servicesPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const { limit, offset } = pageParams(c.req.query('page'), PER_PAGE);
  const page = await deps.reader.listServices({ limit, offset });
  return renderPage(
    c,
    <Layout lang={lang} title={siteText(lang, 'services_title')} nonce={nonce} path={path}>
      <h1>{siteText(lang, 'services_title')}</h1>
      {page.items.length === 0 ? <p class="muted">{siteText(lang, 'list_empty')}</p> : null}
      <ul class="plain-list">
        {page.items.map((s) => (
          <li>
            <a href={`/services/${encodeURIComponent(s.slug)}`}>{s.name}</a>
            {s.organization ? <span class="muted"> — {s.organization.name}</span> : null}
          </li>
        ))}
      </ul>
      <Pagination lang={lang} total={page.total} limit={limit} offset={offset} baseHref="/services" />
    </Layout>,
  );
}

/** `/organizations/:slug`: the organisation, its services and all its incidents, most recent first. */
export async function organizationPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const slug = c.req.param('slug') ?? '';
  const o = slug.length <= 200 ? await deps.reader.getOrganization(slug) : null;
  if (!o) return renderError(c, 404);
  const aliases = otherNames(o.name, o.aliases);
  return renderPage(
    c,
    <Layout lang={lang} title={o.name} nonce={nonce} path={path} current="/organizations">
      <h1>{o.name}</h1>
      {aliases.length > 0 ? (
        <p class="muted">
          {siteText(lang, 'aliases')}: {aliases.join(' / ')}
        </p>
      ) : null}
      {o.services.length > 0 ? (
        <section aria-labelledby="os-h">
          <h2 id="os-h">{siteText(lang, 'organization_services')}</h2>
          <ul class="plain-list">
            {o.services.map((s) => (
              <li>
                <a href={`/services/${encodeURIComponent(s.slug)}`}>{s.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="oi-h">
        <h2 id="oi-h">{siteText(lang, 'organization_incidents')}</h2>
        <IncidentList lang={lang} items={o.incidents} />
        <p>
          <a href={`/organizations/${encodeURIComponent(o.slug)}/feed.atom`}>{siteText(lang, 'feed_link')}</a>
        </p>
      </section>
    </Layout>,
  );
}

/** `/services/:slug`: the service, who runs it, and every incident affecting it, most recent first. */
export async function servicePage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const slug = c.req.param('slug') ?? '';
  const s = slug.length <= 200 ? await deps.reader.getService(slug) : null;
  if (!s) return renderError(c, 404);
  const aliases = otherNames(s.name, s.aliases);
  return renderPage(
    c,
    <Layout lang={lang} title={s.name} nonce={nonce} path={path} current="/services">
      <h1>{s.name}</h1>
      <dl class="facts">
        {s.organization ? (
          <>
            <dt>{siteText(lang, 'service_operator')}</dt>
            <dd>
              <a href={`/organizations/${encodeURIComponent(s.organization.slug)}`}>{s.organization.name}</a>
            </dd>
          </>
        ) : null}
        {aliases.length > 0 ? (
          <>
            <dt>{siteText(lang, 'aliases')}</dt>
            <dd>{aliases.join(' / ')}</dd>
          </>
        ) : null}
        {s.domains.length > 0 ? (
          <>
            <dt>{siteText(lang, 'domains')}</dt>
            <dd>{s.domains.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="si-h">
        <h2 id="si-h">{siteText(lang, 'service_incidents')}</h2>
        <IncidentList lang={lang} items={s.incidents} />
        <p>
          <a href={`/services/${encodeURIComponent(s.slug)}/feed.atom`}>{siteText(lang, 'feed_link')}</a>
        </p>
      </section>
    </Layout>,
  );
}
