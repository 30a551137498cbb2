import type { Command } from 'commander';
import { withDb } from './open-db.js';

/** `leakwatch watch alerts` (deliver queued alerts) and `leakwatch watch notify INCIDENT`. */
export function register(program: Command): void {
  const cmd = program
    .command('watch')
    .description('Watchlists: deliver alerts by email and webhook, queue alerts by hand');
  cmd
    .command('alerts')
    .description(
      'Deliver due alert jobs (email via SMTP_URL, signed webhooks); retries back off exponentially',
    )
    .option('--loop', 'keep running, checking for due alerts every --interval seconds, until Ctrl-C')
    .option('--interval <seconds>', 'seconds between checks with --loop', '15')
    .option('--json', 'print the counts as JSON')
    .addHelpText(
      'after',
      `
Each alert is sent once; a failed delivery is retried after 30 s, 2 min, 8 min, 32 min and 2 h 8 min.
A job whose worker died is picked up again once its 2-minute lock expires.

Examples:
  leakwatch watch alerts
  SMTP_URL=smtp://mail.example.com:587 leakwatch watch alerts --loop --interval 30`,
    )
    .action(async (opts: { loop?: boolean; interval: string; json?: boolean }) => {
      const { loadConfig } = await import('../../config.js');
      const config = loadConfig();
      await withDb(async (db) => {
        const { createReader } = await import('../../store/reader.js');
        const { createMailTransport } = await import('../../watch/mailer.js');
        const { runAlertJobs, startAlertWorker } = await import('../../watch/worker.js');
        const deps = { db, config, reader: createReader(db), transport: createMailTransport(config) };
        if (!opts.loop) {
          const r = await runAlertJobs(deps);
          process.stdout.write(
            opts.json
              ? `${JSON.stringify(r)}\n`
              : `sent ${r.sent}, skipped ${r.skipped}, retrying ${r.retrying}, failed ${r.failed}\n`,
          );
          return;
        }
        const seconds = Math.max(1, Number(opts.interval) || 15);
        const worker = startAlertWorker(deps, seconds * 1000);
        process.stderr.write(`delivering alerts every ${seconds} s; Ctrl-C to stop\n`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await worker.stop();
      });
    });
  cmd
    .command('notify')
    .description(
      'Queue alerts about an incident for every watchlist that follows it (normally done by ingestion)',
    )
    .argument('<incident>', 'incident id or slug')
    .option('--fields <names>', 'changed fields, comma-separated ("new" for a new incident)', 'new')
    .addHelpText(
      'after',
      '\nExamples:\n  leakwatch watch notify 2026-sample-shoji-1a2b3c\n  leakwatch watch notify 2026-sample-shoji-1a2b3c --fields affected,data_classes',
    )
    .action(async (incident: string, opts: { fields: string }) => {
      await withDb(async (db) => {
        const { findIncidentRef } = await import('../../exposed-emails/store.js');
        const { notifyIncidentChanged } = await import('../../watch/notify.js');
        const ref = await findIncidentRef(db.kysely, incident);
        const fields = opts.fields
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const r = await notifyIncidentChanged(db, ref.id, fields);
        process.stdout.write(`${ref.slug}: ${r.alerts} alert(s) queued\n`);
      });
    });
}
