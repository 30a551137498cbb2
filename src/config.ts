import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { validationError } from './errors.js';

/**
 * Configuration is read once at start and checked (STYLE.md rule 7). The defaults make `npm start`
 * work with nothing set: SQLite in ./data, port 3000.
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LEAKWATCH_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// (leave it unset for SQLite)')
    .optional(),
  LEAKWATCH_SECRET: z.string().min(16).optional(),
  LEAKWATCH_PUBLIC_URL: z.string().url().optional(),
  /** Comma-separated hosts or CIDRs the URL fetcher may reach although private. Tests only. */
  LEAKWATCH_FETCH_ALLOW: z.string().optional(),
  LEAKWATCH_SEED: z.enum(['auto', 'never']).default('auto'),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('leakwatch <noreply@localhost>'),
  LEAKWATCH_API_RATE_PER_MIN: z.coerce.number().int().positive().default(600),
  /** Server processes: a number, or 'auto' for one per CPU core. */
  LEAKWATCH_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  /** Set by the cluster primary for each worker it forks (src/cluster.ts). */
  LEAKWATCH_WORKER_ID: z.coerce.number().int().min(0).optional(),
  /** Honour X-Forwarded-For — only behind exactly one reverse proxy you run. */
  LEAKWATCH_TRUST_PROXY: z.enum(['0', '1', 'false', 'true']).default('false'),
  LEAKWATCH_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(1024 * 1024),
  /** How long /api/v1 answers are reused in-process; 0 turns the micro-cache off. */
  LEAKWATCH_API_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  /**
   * Extraction worker threads of a long `leakwatch ingest` (0: extract in the main thread). Default
   * 1 where the machine has at least 2 cores: extraction is about a third of the main thread's CPU
   * per notice, and the writes of one batch then overlap the extraction of the next (docs/ingestion.md).
   */
  LEAKWATCH_EXTRACT_WORKERS: z.coerce.number().int().min(0).max(16).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secret: string | undefined;
  publicUrl: string;
  fetchAllow: string[];
  seed: 'auto' | 'never';
  smtpUrl: string | undefined;
  smtpFrom: string;
  apiRatePerMin: number;
  /** How many server processes `npm start` runs (node:cluster); 1 = this process alone. */
  workers: number;
  /** This process's number in a cluster (0, 1, …); undefined in a lone server. */
  workerId: number | undefined;
  /** Honour X-Forwarded-For (rightmost address). Off by default: any client could claim any address. */
  trustProxy: boolean;
  /** Largest accepted request body, bytes. */
  bodyLimitBytes: number;
  /** How long /api/v1 answers are reused in-process, ms (0: off). */
  apiCacheMs: number;
  /** Extraction worker threads of a long ingest (src/ingest/extract-pool.ts); 0 = none. */
  extractWorkers: number;
}

/** Reads and checks the environment; throws an AppError naming the variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw validationError('Configuration', parsed.error.issues);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.LEAKWATCH_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    secret: e.LEAKWATCH_SECRET,
    publicUrl: e.LEAKWATCH_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    fetchAllow: (e.LEAKWATCH_FETCH_ALLOW ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    seed: e.LEAKWATCH_SEED,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    apiRatePerMin: e.LEAKWATCH_API_RATE_PER_MIN,
    workers: e.LEAKWATCH_WORKERS === 'auto' ? availableParallelism() : e.LEAKWATCH_WORKERS,
    workerId: e.LEAKWATCH_WORKER_ID,
    trustProxy: e.LEAKWATCH_TRUST_PROXY === '1' || e.LEAKWATCH_TRUST_PROXY === 'true',
    bodyLimitBytes: e.LEAKWATCH_BODY_LIMIT,
    apiCacheMs: e.LEAKWATCH_API_CACHE_MS,
    extractWorkers: e.LEAKWATCH_EXTRACT_WORKERS ?? (availableParallelism() >= 2 ? 1 : 0),
  };
}

/**
 * The log level, read when the first logger is made (before any config is loaded): LEAKWATCH_LOG_LEVEL,
 * else silent under tests, warn for the CLI, info for the server.
 */
export function logLevel(isCli: boolean, env: NodeJS.ProcessEnv = process.env): string {
  return env.LEAKWATCH_LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : isCli ? 'warn' : 'info');
}
