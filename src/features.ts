import { hibpFeature } from './api/hibp/routes.js';
import { openApiFeature } from './api/openapi.js';
import { apiCacheFeature, apiFeature } from './api/routes.js';
import { authFeature } from './auth/routes.js';
import { exportsFeature } from './exports/routes.js';
import { accountsFeature, rangeLeanFeature } from './exposed-emails/routes.js';
import { feedsFeature } from './feeds/routes.js';
import { baseMiddleware } from './http/middleware.js';
import { staticFeature } from './http/static.js';
import type { Feature } from './http/types.js';
import { noticeCheckFeature } from './notice-check/routes.js';
import { benchmarksFeature } from './peers/routes.js';
import { hardeningFeature } from './security/hardening.js';
import { watchFeature } from './watch/routes.js';
import { pagesFeature } from './web/pages/routes.js';

/**
 * Every web feature, in mount order: security middleware first, then the API, then pages.
 * A feature lives in its own folder and exports one `Feature` from its routes file.
 * Add yours with a one-line insertion in the section that names it.
 */
export const features: Feature[] = [
  // 0. The lean lane (src/api/lean-lane.ts): anonymous GETs of the public API answered ahead of the
  //    middleware chain, with the same headers: cached answers, the k-anonymity range.
  apiCacheFeature,
  rangeLeanFeature,
  // 1. Base: request id, language, CSP nonce, security headers. First of the middleware proper.
  baseMiddleware,
  // 2. Static assets (/static/*), before rate limits so CSS and icons are never throttled.
  staticFeature,
  // 3. Security / auth (src/auth, src/security): rate limits, sessions, CSRF, login, admin pages.
  hardeningFeature,
  authFeature,
  // 4. API (src/api) and HIBP v3, feeds (src/feeds).
  apiFeature,
  hibpFeature,
  openApiFeature,
  feedsFeature,
  // 5. Company tools (src/peers, src/notice-check, src/exports), the e-mail check & watchlists (src/exposed-emails, src/watch).
  accountsFeature,
  watchFeature,
  benchmarksFeature,
  noticeCheckFeature,
  exportsFeature,
  // 6. Public pages (src/web). Keep last: its routes are the site's catch-all pages.
  pagesFeature,
];
