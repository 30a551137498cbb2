import type { Command } from 'commander';

/** `leakwatch restore FILE`: restore a SQLite backup into a stopped data directory. */
export function register(program: Command): void {
  program
    .command('restore')
    .description('Restore a backup into the (stopped) data directory / バックアップから復元')
    .argument('<file>', 'a file made by `leakwatch backup`')
    .option('--force', 'restore even though the database looks in use (-wal/-shm files present)')
    .option(
      '--allow-unsigned',
      'skip the signature check (a backup from another installation, or a lost data directory without LEAKWATCH_SECRET)',
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch restore ./data/backups/leakwatch-20260101-120000.db
The backup is checked first: its signature (<file>.hmac, keyed by LEAKWATCH_SECRET or by the key
kept in the current database), integrity_check, foreign keys, and a schema exactly as leakwatch's
migrations make it (no foreign trigger or view); a file that fails is refused and nothing is changed. The replaced database is kept as
leakwatch.db.pre-restore-<time>. With DATABASE_URL set this prints the pg_restore command instead.`,
    )
    .action(async (file: string, opts: { force?: boolean; allowUnsigned?: boolean; json?: boolean }) => {
      const { loadConfig } = await import('../../config.js');
      const config = loadConfig();
      if (config.databaseUrl) {
        const { pgRestoreCommands } = await import('../../ops/backup.js');
        process.stdout.write(`PostgreSQL: run\n  ${pgRestoreCommands(file).join('\n  ')}\n`);
        return;
      }
      const { restoreSqlite } = await import('../../ops/restore.js');
      const { basename, resolve } = await import('node:path');
      const result = await restoreSqlite(resolve(file), config.dataDir, {
        force: Boolean(opts.force),
        secret: config.secret,
        allowUnsigned: Boolean(opts.allowUnsigned),
      });
      const { withDb, cliAudit } = await import('./user.js');
      await withDb((db) =>
        cliAudit(db, config, 'restore.apply', basename(file), { forced: Boolean(opts.force) }),
      );
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(result, null, 2)}\n`
          : `Restored ${file} → ${result.file}${result.previous ? ` (previous database kept as ${result.previous})` : ''}\n`,
      );
    });
}
