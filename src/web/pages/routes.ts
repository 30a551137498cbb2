import { PageMemo } from '../../http/page-memo.js';
import type { Feature } from '../../http/types.js';
import { exposurePage } from './exposure.js';
import { homePage } from './home.js';
import { incidentPage } from './incident.js';
import { noticePage } from './notice.js';
import { organizationPage, organizationsPage, servicePage, servicesPage } from './organizations.js';
import { searchPage, suggestEndpoint } from './search.js';
import { statsPage } from './stats.js';

/**
 * The public site: server-rendered pages that work without JavaScript, in Japanese by default and
 * English on request. Handlers only read (deps.reader) and render.
 */
export const pagesFeature: Feature = (app, deps) => {
  // Incident pages rendered once per version (see http/page-memo.ts); 32 MB holds a few thousand.
  const incidentMemo = new PageMemo(32 * 1024 * 1024);
  app.get('/', (c) => homePage(c, deps));
  app.get('/search', (c) => searchPage(c, deps));
  app.get('/suggest', (c) => suggestEndpoint(c, deps));
  app.get('/incidents/:idOrSlug', (c) => incidentPage(c, deps, incidentMemo));
  app.get('/notices/:id', (c) => noticePage(c, deps));
  app.get('/organizations', (c) => organizationsPage(c, deps));
  app.get('/organizations/:slug', (c) => organizationPage(c, deps));
  app.get('/services', (c) => servicesPage(c, deps));
  app.get('/services/:slug', (c) => servicePage(c, deps));
  app.get('/exposure', (c) => exposurePage(c, deps));
  app.post('/exposure', (c) => exposurePage(c, deps));
  app.get('/stats', (c) => statsPage(c, deps));
};
