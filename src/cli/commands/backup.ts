import type { Command } from 'commander';

/** `leakwatch backup [FILE]`: online SQLite backup, or the pg_dump commands for PostgreSQL. */
export function register(program: Command): void {
  program
    .command('backup')
    .description('Back up the database (safe while the server runs) / データベースのバックアップ')
    .argument('[file]', 'where to write the copy (default <data dir>/backups/leakwatch-<UTC time>.db)')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch backup
  leakwatch backup /var/backups/leakwatch-today.db
With DATABASE_URL set (PostgreSQL) this prints the pg_dump command to run instead.`,
    )
    .action(async (file: string | undefined, opts: { json?: boolean }) => {
      const { loadConfig } = await import('../../config.js');
      const ops = await import('../../ops/backup.js');
      const config = loadConfig();
      if (config.databaseUrl) {
        process.stdout.write(
          `PostgreSQL: leakwatch does not copy the database itself. Run:\n  ${ops.pgBackupCommands(file).join('\n  ')}\n`,
        );
        return;
      }
      const { resolve } = await import('node:path');
      const dest = resolve(file ?? ops.defaultBackupPath(config.dataDir));
      const result = await ops.backupSqlite(config.dataDir, dest, { secret: config.secret });
      const { withDb, cliAudit } = await import('./user.js');
      const { basename } = await import('node:path');
      await withDb((db) => cliAudit(db, config, 'backup.create', basename(dest), { bytes: result.bytes }));
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(result, null, 2)}\n`
          : `Backed up to ${result.file} (${result.bytes} bytes, verified: integrity_check ok; signature ${result.signature})\n`,
      );
    });
}
