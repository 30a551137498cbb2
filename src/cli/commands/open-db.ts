import { loadConfig } from '../../config.js';
import type { Db } from '../../store/db.js';

/** Opens the configured store (LEAKWATCH_DATA_DIR or DATABASE_URL), runs `fn`, and closes it. */
export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const cfg = loadConfig();
  const { openDatabase } = await import('../../store/db.js');
  const db = await openDatabase({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
