import type { Feature } from '../http/types.js';
import { apiBudget, apiRateLimit, formRateLimit } from './api-rate-limit.js';
import { requestSizeLimit } from './body-limit.js';
import { refuseControlCharacters } from './control-chars.js';
import { securityOptions } from './options.js';

/**
 * Hardening mounted right after the base middleware: request size limit and the refusal of control
 * characters in parameters on everything, and the
 * per-client rate limit on /api/* and on the forms that cost as much (the notice check's).
 */
export const hardeningFeature: Feature = (app, deps) => {
  const opts = securityOptions(deps.config);
  app.use('*', requestSizeLimit(opts.bodyLimitBytes));
  app.use('*', refuseControlCharacters());
  app.use('/api/*', apiRateLimit(apiBudget(deps)));
  app.post('/notice-check', formRateLimit(apiBudget(deps)));
};
