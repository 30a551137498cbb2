import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { IncidentCard } from '../../http/components/incident-card.js';
import { Pagination, pageParams } from '../../http/components/pagination.js';
import { pageCtx } from '../../http/context.js';
import { renderError } from '../../http/error-page.js';
import type { Lang } from '../../http/i18n.js';
import { Layout } from '../../http/layout.js';
import { siteText } from '../../http/messages/index.js';
import { renderPage } from '../../http/render.js';
import type { AppDeps, AppEnv } from '../../http/types.js';
import type { IncidentSummary, Page } from '../../incidents/types.js';

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

/**
 * A directory page (`/organizations`, `/services`): one page of names, each linked to its own page
 * under `base`, with what `after` adds behind it.
 */
async function directoryPage<T extends { slug: string; name: string }>(
  c: Context<AppEnv>,
  opts: {
    title: 'organizations_title' | 'services_title';
    base: '/organizations' | '/services';
    load: (p: { limit: number; offset: number }) => Promise<Page<T>>;
    after?: (item: T) => Child;
  },
): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const { limit, offset } = pageParams(c.req.query('page'), PER_PAGE);
  const page = await opts.load({ limit, offset });
  return renderPage(
    c,
    <Layout lang={lang} title={siteText(lang, opts.title)} nonce={nonce} path={path}>
      <h1>{siteText(lang, opts.title)}</h1>
      {page.items.length === 0 ? <p class="muted">{siteText(lang, 'list_empty')}</p> : null}
      <ul class="plain-list">
        {page.items.map((x) => (
          <li>
            <a href={`${opts.base}/${encodeURIComponent(x.slug)}`}>{x.name}</a>
            {opts.after?.(x) ?? null}
          </li>
        ))}
      </ul>
      <Pagination lang={lang} total={page.total} limit={limit} offset={offset} baseHref={opts.base} />
    </Layout>,
  );
}

/** `/organizations`: every organisation, by name. */
export function organizationsPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  return directoryPage(c, {
    title: 'organizations_title',
    base: '/organizations',
    load: (p) => deps.reader.listOrganizations(p),
  });
}

/** `/services`: every service with its operator. */
export function servicesPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  return directoryPage(c, {
    title: 'services_title',
    base: '/services',
    load: (p) => deps.reader.listServices(p),
    after: (s) => (s.organization ? <span class="muted"> — {s.organization.name}</span> : null),
  });
}

/** The record named by the route's slug, or null (an overlong slug is looked up not at all). */
async function bySlug<T>(c: Context<AppEnv>, get: (slug: string) => Promise<T | null>): Promise<T | null> {
  const slug = c.req.param('slug') ?? '';
  return slug.length <= 200 ? get(slug) : null;
}

/** `/organizations/:slug`: the organisation, its services and all its incidents, most recent first. */
export async function organizationPage(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const { lang, nonce, path } = pageCtx(c);
  const o = await bySlug(c, (slug) => deps.reader.getOrganization(slug));
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
  const s = await bySlug(c, (slug) => deps.reader.getService(slug));
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
