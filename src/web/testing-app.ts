import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type Db, openDatabase } from '../store/db.js';
import { createReader } from '../store/reader.js';
import { seedWebFixture, type WebFixture } from './testing.js';

export interface FixtureApp {
  /** The in-memory store; the test closes it. */
  db: Db;
  fx: WebFixture;
  app: ReturnType<typeof createApp>;
}

/** The whole site over a fresh in-memory SQLite store holding the fictional notices of testing.ts. */
export async function openFixtureApp(): Promise<FixtureApp> {
  const db = await openDatabase({ sqliteFile: ':memory:' });
  const fx = await seedWebFixture(db);
  return { db, fx, app: createApp({ config: loadConfig({}), db, reader: createReader(db) }) };
}
