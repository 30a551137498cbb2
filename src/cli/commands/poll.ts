import { type Command, InvalidArgumentError } from 'commander';
import { withDb } from './open-db.js';

function minutes(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 1 || n > 24 * 60) throw new InvalidArgumentError('expected minutes, 1–1440');
  return n;
}

/** `leakwatch poll [--once]`: fetch every source and ingest the entries not seen before. */
export function register(program: Command): void {
  program
    .command('poll')
    .description('Poll the registered sources and ingest new notices (repeats every --interval minutes)')
    .option('--once', 'poll every source once and exit')
    .option('--interval <minutes>', 'minutes between polls when not --once', minutes, 60)
    .option(
      '--max-entries <n>',
      'new entries ingested per source and poll',
      (v) => Math.max(1, Number.parseInt(v, 10) || 50),
      50,
    )
    .option('--json', 'print each round of results as JSON')
    .addHelpText(
      'after',
      `
Feeds are fetched with the stored ETag/Last-Modified, so an unchanged feed costs one small request.
Entry URLs are remembered once ingested; an entry that failed for a passing reason (network) is
tried again on the next poll. Every fetch goes through the SSRF-safe fetcher (docs/ingestion.md).

Examples:
  leakwatch poll --once
  leakwatch poll --interval 30
  leakwatch poll --once --json`,
    )
    .action(async (opts: { once?: boolean; interval: number; maxEntries: number; json?: boolean }) => {
      const { loadConfig } = await import('../../config.js');
      const { pollAll } = await import('../../ingest/poll.js');
      const cfg = loadConfig();
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await withDb(async (db) => {
          for (;;) {
            const results = await pollAll({
              db,
              fetch: { allow: cfg.fetchAllow, signal: stop.signal },
              maxEntriesPerSource: opts.maxEntries,
            });
            if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
            else if (results.length === 0)
              process.stdout.write('No sources. Add one with: leakwatch sources add FEED_URL\n');
            else {
              for (const r of results) {
                const c = r.counts;
                const what =
                  r.status === 'failed'
                    ? `failed: ${r.error?.message} [${r.error?.code}]`
                    : r.status === 'not_modified'
                      ? 'not modified'
                      : `${r.entries} entries (${r.newEntries} not seen before) → notices: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed`;
                process.stdout.write(`${r.name} (${r.url}): ${what}\n`);
                for (const f of r.failures)
                  process.stdout.write(`  failed  ${f.target}: ${f.message} [${f.code}]\n`);
              }
            }
            if (results.some((r) => r.status === 'failed' || r.counts.failed > 0)) process.exitCode = 1;
            if (opts.once || stop.signal.aborted) return;
            await sleep(opts.interval * 60_000, stop.signal);
            if (stop.signal.aborted) return;
          }
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });
}
