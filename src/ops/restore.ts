import { existsSync } from 'node:fs';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import { privateCompanions, privateDir, privateFile } from '../store/private-files.js';
import { DB_FILE, selfContained, type VerifyResult, verifyLeakwatchFile } from './backup.js';

export interface RestoreResult {
  file: string;
  /** Where the database that was replaced now lives (null when there was none). */
  previous: string | null;
  migrations: string[];
}

/**
 * Restores a SQLite backup into a stopped data directory. The backup is verified (integrity_check,
 * foreign keys, leakwatch's migrations) before anything is touched; the copy is written next to the
 * database, verified again, fsynced and renamed into place (atomic on one filesystem), and the old
 * database is kept as leakwatch.db.pre-restore-<time>. A data directory with a -wal/-shm file is
 * taken as in use (a running server keeps them open) and refused unless `force`.
 *
 * @example await restoreSqlite('./backups/leakwatch-20260101-120000.db', './data')
 */
export async function restoreSqlite(
  file: string,
  dataDir: string,
  opts: { force?: boolean } = {},
): Promise<RestoreResult> {
  if (!existsSync(file)) throw new AppError('not_found', `ファイルがありません / No such file: ${file}`);
  const target = join(dataDir, DB_FILE);
  const inUse = ['-wal', '-shm'].filter((s) => existsSync(target + s));
  if (inUse.length && !opts.force) {
    throw new AppError(
      'conflict',
      `データベースが使用中のようです(${inUse.join(', ')} があります)。サーバーを止めてください / ` +
        `The database looks in use (${DB_FILE}${inUse.join(', ')} exist): stop the server first, or pass --force`,
    );
  }
  privateDir(dataDir);
  // Everything is checked on our own copy, so neither the backup nor the live database is touched
  // until the copy has passed.
  const tmp = `${target}.restore-tmp`;
  const cleanTmp = () =>
    Promise.all(['', '-wal', '-shm', '-journal'].map((s) => rm(tmp + s, { force: true })));
  await cleanTmp();
  await copyFile(file, tmp);
  // copyFile gives the copy the backup's mode; the database is 0600 whatever that was.
  privateFile(tmp);
  let checked: VerifyResult;
  try {
    try {
      // Re-opened in WAL mode by openDatabase(); until then one plain file.
      selfContained(tmp);
    } catch (err) {
      throw new AppError('unprocessable_document', `Not an SQLite database: ${file}`, { cause: err });
    }
    checked = verifyLeakwatchFile(tmp);
    const fh = await open(tmp, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (err) {
    await cleanTmp();
    throw err;
  }
  let previous: string | null = null;
  if (existsSync(target)) {
    previous = `${target}.pre-restore-${new Date().toISOString().replace(/[-:.]/g, '')}`;
    await rename(target, previous);
    for (const s of inUse) await rename(target + s, previous + s);
    // The replaced database is kept, and kept private (an older install may have left it 0644).
    privateFile(previous);
    privateCompanions(previous);
  }
  await rename(tmp, target);
  return { file: target, previous, migrations: checked.migrations };
}
