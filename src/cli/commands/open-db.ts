import { loadConfig } from '../../config.js';
import type { Db } from '../../store/db.js';

/**
 * Opens the configured store (LEAKWATCH_DATA_DIR or DATABASE_URL), runs `fn`, and closes it.
 * `starter: true` (reading commands) loads the starter dataset into an empty store first, as
 * `npm start` does, so that `leakwatch search` answers on a fresh install too.
 */
export async function withDb<T>(fn: (db: Db) => Promise<T>, opts: { starter?: boolean } = {}): Promise<T> {
  const cfg = loadConfig();
  const { openDatabase } = await import('../../store/db.js');
  const db = await openDatabase({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
  try {
    if (opts.starter && cfg.seed === 'auto') {
      const { loadStarterDataset } = await import('../../store/starter.js');
      await loadStarterDataset(db);
    }
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** `withDb` for reading commands: an empty store gets the starter dataset first. */
export function withReadDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  return withDb(fn, { starter: true });
}
