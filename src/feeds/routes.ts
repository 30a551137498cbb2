import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { AppError } from '../errors.js';
import { DATA_CLASS_JA } from '../extract/data-class-labels.js';
import { DATA_CLASSES, type DataClass } from '../extract/vocab.js';
import type { AppEnv, Feature } from '../http/types.js';
import type { IncidentFilter } from '../incidents/types.js';
import { atomFeed } from './atom.js';

/** Set to true once src/web serves /data-classes/{name}: the feed's rel=alternate then points there. */
const DATA_CLASS_PAGE = false;

/** How many incidents a feed carries: enough for a reader polling daily, small enough to fetch often. */
export const FEED_SIZE = 50;

const TITLES = {
  all: { ja: 'leakwatch: 新着の情報漏えい事案', en: 'leakwatch: latest data breach incidents' },
  service: { ja: 'leakwatch: {name} の情報漏えい事案', en: 'leakwatch: incidents of {name}' },
  organization: { ja: 'leakwatch: {name} の情報漏えい事案', en: 'leakwatch: incidents of {name}' },
  data_class: { ja: 'leakwatch: 「{name}」を含む事案', en: 'leakwatch: incidents involving {name}' },
} as const;

function findDataClass(name: string): DataClass | null {
  const exact = DATA_CLASSES.find((d) => d === name);
  return exact ?? DATA_CLASSES.find((d) => d.toLowerCase() === name.toLowerCase()) ?? null;
}

/**
 * Atom feeds: every incident (/feed.atom) and per service, organisation and data class. Served with
 * an ETag so that feed readers polling every few minutes get 304 when nothing changed.
 */
export const feedsFeature: Feature = (app, { reader, config }) => {
  const baseUrl = config.publicUrl.replace(/\/$/, '');

  async function send(
    c: Context<AppEnv>,
    o: { key: string; kind: keyof typeof TITLES; name?: string; selfPath: string; alternatePath: string },
    filter: IncidentFilter,
  ): Promise<Response> {
    const lang = c.get('lang') ?? 'ja';
    const page = await reader.listIncidents({ ...filter, limit: FEED_SIZE, offset: 0 });
    const xml = atomFeed({
      baseUrl,
      selfPath: o.selfPath,
      alternatePath: o.alternatePath,
      key: o.key,
      title: TITLES[o.kind][lang].replace('{name}', o.name ?? ''),
      lang,
      incidents: page.items,
    });
    const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 27)}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Vary', 'Accept-Language, Cookie');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  }

  app.get('/feed.atom', (c) =>
    send(c, { key: 'all', kind: 'all', selfPath: '/feed.atom', alternatePath: '/' }, {}),
  );

  app.get('/services/:slug/feed.atom', async (c) => {
    const service = await reader.getService(c.req.param('slug'));
    if (!service) throw new AppError('not_found', `サービスが見つかりません / Service not found`);
    const path = `/services/${encodeURIComponent(service.slug)}`;
    return send(
      c,
      {
        key: `service:${service.slug}`,
        kind: 'service',
        name: service.name,
        selfPath: `${path}/feed.atom`,
        alternatePath: path,
      },
      { serviceId: service.id },
    );
  });

  app.get('/organizations/:slug/feed.atom', async (c) => {
    const org = await reader.getOrganization(c.req.param('slug'));
    if (!org) throw new AppError('not_found', `組織が見つかりません / Organization not found`);
    const path = `/organizations/${encodeURIComponent(org.slug)}`;
    return send(
      c,
      {
        key: `organization:${org.slug}`,
        kind: 'organization',
        name: org.name,
        selfPath: `${path}/feed.atom`,
        alternatePath: path,
      },
      { organizationId: org.id },
    );
  });

  // Data class names contain spaces and apostrophes ("Driver's licenses"): the path segment is
  // URL-encoded, and Hono hands the handler the decoded name.
  app.get('/data-classes/:name/feed.atom', (c) => {
    const dc = findDataClass(c.req.param('name'));
    if (!dc) throw new AppError('not_found', `データ項目が見つかりません / Unknown data class`);
    const path = `/data-classes/${encodeURIComponent(dc)}`;
    const name = (c.get('lang') ?? 'ja') === 'ja' ? DATA_CLASS_JA[dc] : dc;
    return send(
      c,
      {
        key: `data-class:${dc}`,
        kind: 'data_class',
        name,
        selfPath: `${path}/feed.atom`,
        // The site has no page per data class (yet); its statistics page lists them all.
        alternatePath: DATA_CLASS_PAGE ? path : '/stats',
      },
      { dataClass: dc },
    );
  });
};
