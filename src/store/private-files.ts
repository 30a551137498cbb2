import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * The data directory and the database files hold argon2 hashes, the server's HMAC keys, webhook
 * secrets and watchlist e-mail addresses: only the server's user may read them, whatever the umask
 * (issue 18: with umask 022 they were world-readable). Modes are set explicitly, because a mode given
 * to mkdir/open is filtered through the umask and an existing file keeps its old mode.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `dir` (and its parents) if needed and makes `dir` itself 0700.
 *
 * @example privateDir('./data') // ./data is drwx------
 */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Makes `path` 0600, creating it empty (already 0600) when it does not exist. SQLite gives its -wal,
 * -shm and -journal files the mode of the database file, so a database file made private before
 * SQLite opens it keeps its companions private too.
 *
 * @example privateFile('./data/leakwatch.db') // -rw-------
 */
export function privateFile(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  chmodSync(path, PRIVATE_FILE_MODE);
}

/** privateFile for the SQLite companions that exist (-wal, -shm, -journal); none is created. */
export function privateCompanions(dbPath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(dbPath + suffix)) chmodSync(dbPath + suffix, PRIVATE_FILE_MODE);
  }
}
