import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../config.js';
import type { IncidentReader } from '../incidents/types.js';
import type { Db } from '../store/db.js';

/** What every web feature gets: configuration, the database, and the store's reader. */
export interface AppDeps {
  config: Config;
  db: Db;
  reader: IncidentReader;
}

/** Per-request values set by middleware. */
export interface AppEnv {
  Variables: {
    lang: 'ja' | 'en';
    /** CSP nonce for the rare inline script or style a page needs. */
    nonce: string;
    /** The signed-in user, when there is one (set by the auth feature). */
    user?: { id: string; name: string; role: 'editor' | 'admin' };
    requestId: string;
  };
}

/** A feature mounts its middleware and routes on the app. Order matters: see features.ts. */
export type Feature = (app: OpenAPIHono<AppEnv>, deps: AppDeps) => void;
