import { existsSync } from 'node:fs';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import { privateCompanions, privateDir, privateFile } from '../store/private-files.js';
import { DB_FILE, selfContained, type VerifyResult, verifyLeakwatchFile } from './backup.js';
import { backupKey, carryBackupKey, verifyBackupSignature, verifySchema } from './backup-integrity.js';

export interface RestoreResult {
  file: string;
  /** Where the database that was replaced now lives (null when there was none). */
  previous: string | null;
  migrations: string[];
}

/**
 * Restores a SQLite backup into a stopped data directory. The backup is verified (its HMAC signature
 * keyed by the server's secret, integrity_check, foreign keys, leakwatch's migrations, a schema with
 * no trigger or view leakwatch did not make) before anything is touched; the copy is written next to the
 * database, verified again, fsynced and renamed into place (atomic on one filesystem), and the old
 * database is kept as leakwatch.db.pre-restore-<time>. A data directory with a -wal/-shm file is
 * taken as in use (a running server keeps them open) and refused unless `force`.
 *
 * @example await restoreSqlite('./backups/leakwatch-20260101-120000.db', './data')
 */
export async function restoreSqlite(
  file: string,
  dataDir: string,
  opts: {
    force?: boolean;
    /** LEAKWATCH_SECRET, when set: the backup key is derived from it. */
    secret?: string | undefined;
    /** Skip the signature check (a backup from elsewhere, a lost data directory): an operator's call. */
    allowUnsigned?: boolean;
  } = {},
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
    // The bytes about to be installed are the ones checked against the signature.
    const key = await backupKey(dataDir, DB_FILE, opts.secret);
    if (!opts.allowUnsigned) {
      if (!key) {
        throw new AppError(
          'unprocessable_document',
          '署名を確かめる鍵がありません (LEAKWATCH_SECRET を設定してください) / No key to verify the backup’s signature: set LEAKWATCH_SECRET, or pass --allow-unsigned',
        );
      }
      await verifyBackupSignature(file, tmp, key);
    }
    try {
      // Re-opened in WAL mode by openDatabase(); until then one plain file.
      selfContained(tmp);
    } catch (err) {
      throw new AppError('unprocessable_document', `Not an SQLite database: ${file}`, { cause: err });
    }
    checked = verifyLeakwatchFile(tmp);
    await verifySchema(tmp);
    // The backup does not carry the key that signs backups; the restored database keeps this one.
    if (key && !opts.secret) carryBackupKey(tmp, key);
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
