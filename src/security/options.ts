import type { Config } from '../config.js';

/** Hardening settings, as src/config.ts reads them from the environment. */
export interface SecurityOptions {
  /** Requests per minute per client on /api/*. */
  apiRatePerMin: number;
  /** Honour X-Forwarded-For (rightmost address) — only behind exactly one reverse proxy you run. */
  trustProxy: boolean;
  /** Largest accepted request body, bytes. */
  bodyLimitBytes: number;
}

/**
 * The hardening settings of a config. Trusting X-Forwarded-For is off by default: without a proxy
 * that overwrites it, any client could claim any address and walk around every per-IP limit.
 *
 * @example securityOptions(loadConfig({ LEAKWATCH_TRUST_PROXY: '1' })).trustProxy // true
 */
export function securityOptions(config: Config): SecurityOptions {
  return {
    apiRatePerMin: config.apiRatePerMin,
    trustProxy: config.trustProxy,
    bodyLimitBytes: config.bodyLimitBytes,
  };
}
