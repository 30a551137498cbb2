import type { Command } from 'commander';

/** `leakwatch audit`: the audit log, newest first. */
export function register(program: Command): void {
  program
    .command('audit')
    .description('Show the audit log (logins, account changes, corrections, backups) / 監査ログ')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many entries (1–1000)', '50')
    .option('--action <action>', 'only this action, e.g. login.failure')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch audit
  leakwatch audit --action login.failure --limit 200
  leakwatch audit --json | jq '.[] | select(.action == "correction.add")'`,
    )
    .action(async (opts: { json?: boolean; limit: string; action?: string }) => {
      const { listAudit } = await import('../../auth/audit.js');
      const { withDb } = await import('./user.js');
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new (await import('../../errors.js')).AppError('validation_failed', '--limit must be 1–1000');
      }
      await withDb(async (db) => {
        const entries = await listAudit(db, { limit, ...(opts.action ? { action: opts.action } : {}) });
        if (opts.json) return void process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        for (const e of entries) {
          const who = e.actor_name ?? e.actor ?? '-';
          process.stdout.write(
            `${e.at}  ${who.padEnd(16)} ${e.action.padEnd(20)} ${(e.target ?? '-').padEnd(36)} ${JSON.stringify(e.details)}\n`,
          );
        }
      });
    });
}
