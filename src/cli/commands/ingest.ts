import { type Command, InvalidArgumentError } from 'commander';
import { withDb } from './open-db.js';

function concurrency(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new InvalidArgumentError('expected a whole number 1–32');
  return n;
}

/** `leakwatch ingest PATH|DIR|URL...`: store notices from files, directories and URLs. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('Ingest breach notices (text, HTML, PDF) from files, directories (recursively) and URLs')
    .argument('<targets...>', 'files, directories or http(s) URLs')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--concurrency <n>', 'documents handled at once (1–32)', concurrency, 4)
    .addHelpText(
      'after',
      `
Each document becomes a notice and is merged into its incident. A document that fails (unreadable,
empty, refused URL …) is reported with its reason and the batch goes on; the exit code is 1 when any
failed. Directories skip hidden files, node_modules and files that are not .txt/.md/.html/.htm/.pdf.
Re-running the same command is safe: notices already stored are reported as unchanged, so an
interrupted run (even kill -9) is resumed by running it again.

URLs are fetched from the public internet only (private, loopback and cloud-metadata addresses are
refused; see docs/ingestion.md).

Examples:
  leakwatch ingest notice.txt
  leakwatch ingest ./notices/ --concurrency 8
  leakwatch ingest https://www.example.co.jp/news/2024/0501.html
  leakwatch ingest ./notices/ --json > summary.json`,
    )
    .action(async (targets: string[], opts: { json?: boolean; concurrency: number }) => {
      const { loadConfig } = await import('../../config.js');
      const { ingestPaths } = await import('../../ingest/run.js');
      const { createProgress } = await import('../../ingest/progress.js');
      const { RunJournal, findInterruptedRuns, closeInterruptedRuns } = await import(
        '../../store/run-journal.js'
      );
      const cfg = loadConfig();
      await withDb(async (db) => {
        const interrupted = await findInterruptedRuns(db);
        for (const r of interrupted) {
          process.stderr.write(
            `ingest: an earlier run (${r.payload.startedAt}) stopped after ${r.payload.done} of ${r.payload.total} documents; ` +
              'this run redoes its work (stored notices count as unchanged).\n',
          );
        }
        const journal = await RunJournal.start(db, targets);
        const progress = createProgress(process.stderr);
        const summary = await ingestPaths(targets, {
          db,
          concurrency: opts.concurrency,
          extractWorkers: cfg.extractWorkers,
          fetch: { allow: cfg.fetchAllow },
          onStart: ({ total }) => progress.start(total),
          onProgress: (p) => {
            progress.update(p);
            journal.progress(p.done, p.total, p.counts);
          },
        }).finally(() => progress.stop());
        await journal.finish();
        await closeInterruptedRuns(
          db,
          interrupted.map((r) => r.id),
        );
        if (summary.counts.failed > 0) process.exitCode = 1;
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
          return;
        }
        process.stdout.write(formatSummary(summary));
      });
    });
}

/** The human summary printed at the end of a run. */
export function formatSummary(s: import('../../ingest/run.js').IngestSummary): string {
  const c = s.counts;
  const lines = [
    `Ingested ${s.total} document${s.total === 1 ? '' : 's'} in ${(s.elapsedMs / 1000).toFixed(1)} s (${s.rate.toFixed(1)}/s): ` +
      `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed`,
  ];
  const skipped = Object.entries(s.skipped);
  if (skipped.length > 0) {
    const n = skipped.reduce((a, [, k]) => a + k, 0);
    lines.push(
      `Skipped ${n} file${n === 1 ? '' : 's'} not in a notice format: ${skipped.map(([e, k]) => `${e} ×${k}`).join(', ')}`,
    );
  }
  for (const f of s.failures) lines.push(`  failed  ${f.target}: ${f.message} [${f.code}]`);
  return `${lines.join('\n')}\n`;
}
