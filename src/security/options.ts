import { z } from 'zod';
import type { Config } from '../config.js';

/** Hardening settings: the config's API rate plus the two settings src/config.ts does not carry yet. */
export interface SecurityOptions {
  /** Requests per minute per client on /api/*. */
  apiRatePerMin: number;
  /** Honour X-Forwarded-For (rightmost address) — only behind exactly one reverse proxy you run. */
  trustProxy: boolean;
  /** Largest accepted request body, bytes. */
  bodyLimitBytes: number;
}

const Env = z.object({
  LEAKWATCH_TRUST_PROXY: z.enum(['0', '1', 'false', 'true']).default('false'),
  LEAKWATCH_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(1024 * 1024),
});

/**
 * Reads the hardening settings once at start. Trusting X-Forwarded-For is off by default: without a
 * proxy that overwrites it, any client could claim any address and walk around every per-IP limit.
 *
 * @example securityOptions(config, { LEAKWATCH_TRUST_PROXY: '1' }).trustProxy // true
 */
export function securityOptions(config: Config, env: NodeJS.ProcessEnv = process.env): SecurityOptions {
  const e = Env.parse({
    LEAKWATCH_TRUST_PROXY: env.LEAKWATCH_TRUST_PROXY,
    LEAKWATCH_BODY_LIMIT: env.LEAKWATCH_BODY_LIMIT,
  });
  const fromConfig = config as Config & Partial<Pick<SecurityOptions, 'trustProxy' | 'bodyLimitBytes'>>;
  return {
    apiRatePerMin: config.apiRatePerMin,
    trustProxy:
      fromConfig.trustProxy ?? (e.LEAKWATCH_TRUST_PROXY === '1' || e.LEAKWATCH_TRUST_PROXY === 'true'),
    bodyLimitBytes: fromConfig.bodyLimitBytes ?? e.LEAKWATCH_BODY_LIMIT,
  };
}
