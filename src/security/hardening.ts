import type { Feature } from '../http/types.js';
import { apiBudget, apiRateLimit } from './api-rate-limit.js';
import { requestSizeLimit } from './body-limit.js';
import { securityOptions } from './options.js';

/**
 * Hardening mounted right after the base middleware: request size limit on everything, and the
 * per-client rate limit on /api/*.
 */
export const hardeningFeature: Feature = (app, deps) => {
  const opts = securityOptions(deps.config);
  app.use('*', requestSizeLimit(opts.bodyLimitBytes));
  app.use('/api/*', apiRateLimit(apiBudget(deps)));
};
