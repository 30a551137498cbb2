import { createApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import type { Db } from '../store/db.js';
import { createReader } from '../store/reader.js';

/** The whole site (every feature) over a test database, as the API, HIBP and feed tests use it. */
export function apiTestApp(db: Db, env: Record<string, string> = {}) {
  const config: Config = loadConfig({
    LEAKWATCH_SECRET: 'test-secret-0123456789',
    LEAKWATCH_PUBLIC_URL: 'http://leakwatch.test',
    LEAKWATCH_API_RATE_PER_MIN: '100000',
    ...env,
  });
  const reader = createReader(db);
  return { app: createApp({ config, db, reader }), config, reader };
}
