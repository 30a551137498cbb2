import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { type Command, Option } from 'commander';
import { AppError } from '../../errors.js';
import { withDb } from './open-db.js';

interface ImportOpts {
  hashed?: boolean;
  plusAddressing?: 'strip' | 'keep';
  json?: boolean;
}

/** `leakwatch accounts import INCIDENT FILE` and `leakwatch accounts lists`. */
export function register(program: Command): void {
  const cmd = program
    .command('accounts')
    .description(
      'Affected-account lists: hashes of email addresses that people can check without revealing them',
    );
  cmd
    .command('import')
    .description('Attach a list of affected accounts to an incident, storing only SHA-256 hashes')
    .argument('<incident>', 'incident id or slug (from `leakwatch search`)')
    .argument('<file>', 'one email address per line (or, with --hashed, one SHA-256 hex); "-" reads stdin')
    .option('--hashed', 'the lines are SHA-256 hex of normalised addresses already (see docs/email-check.md)')
    .addOption(
      new Option('--plus-addressing <mode>', 'strip "+tag" from local parts before hashing, or keep it')
        .choices(['strip', 'keep'])
        .default('keep'),
    )
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
Addresses are normalised (NFKC, trim, lower-case; "+tag" removed with --plus-addressing strip) and
hashed here; only the hashes are stored. Importing the same file again adds nothing. Invalid lines
are skipped and reported by line number (never echoed).

Examples:
  leakwatch accounts import 2026-sample-shoji-1a2b3c affected.txt
  leakwatch accounts import 2026-sample-shoji-1a2b3c hashes.txt --hashed
  leakwatch accounts import 019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d affected.txt --plus-addressing strip --json`,
    )
    .action(async (incident: string, file: string, opts: ImportOpts) => {
      if (opts.hashed && opts.plusAddressing === 'strip') {
        throw new AppError(
          'bad_request',
          '--plus-addressing strip cannot apply to lines that are hashed already',
        );
      }
      let size = 0;
      if (file !== '-') {
        try {
          size = (await stat(file)).size;
        } catch (err) {
          throw new AppError(
            'bad_request',
            `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
          );
        }
      }
      const stream = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
      // Take the iterator at once: readline starts reading immediately, and lines emitted before an
      // iterator exists would be lost while the database opens.
      const iterator = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })[
        Symbol.asyncIterator
      ]();
      const lines: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
      const tty = process.stderr.isTTY && !opts.json;
      const started = Date.now();
      await withDb(async (db) => {
        const { importAccountHashes } = await import('../../exposed-emails/store.js');
        const r = await importAccountHashes(db, incident, lines, {
          hashed: opts.hashed ?? false,
          plusAddressing: opts.plusAddressing ?? 'keep',
          progressEvery: 50_000,
          onProgress: tty
            ? (n) => {
                const read = 'bytesRead' in stream ? (stream as { bytesRead: number }).bytesRead : 0;
                const pct = size > 0 ? ` (${Math.min(100, Math.floor((read / size) * 100))}%)` : '';
                process.stderr.write(`\r${n.toLocaleString('en-US')} lines${pct}`);
              }
            : undefined,
        });
        if (tty) process.stderr.write('\n');
        const seconds = (Date.now() - started) / 1000;
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ ...r, seconds }, null, 2)}\n`);
        } else {
          process.stdout.write(
            `${r.incident.slug}: ${r.lines} lines, ${r.added} hashes added, ${r.alreadyPresent} already present, ` +
              `${r.invalid} invalid; the list now holds ${r.total} hashes (${seconds.toFixed(1)} s)\n`,
          );
          if (r.invalid > 0) {
            const more =
              r.invalid > r.invalidLines.length ? ` (first ${r.invalidLines.length} of ${r.invalid})` : '';
            process.stdout.write(`  invalid lines${more}: ${r.invalidLines.join(', ')}\n`);
          }
        }
      });
    });
  cmd
    .command('lists')
    .description('List the incidents that have an affected-account list, with their sizes')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExamples:\n  leakwatch accounts lists\n  leakwatch accounts lists --json')
    .action(async (opts: { json?: boolean }) => {
      await withDb(async (db) => {
        const { listedIncidents } = await import('../../exposed-emails/store.js');
        const lists = await listedIncidents(db);
        if (opts.json) process.stdout.write(`${JSON.stringify(lists, null, 2)}\n`);
        else if (lists.length === 0) process.stdout.write('No affected-account lists yet.\n');
        else
          for (const l of lists)
            process.stdout.write(`${String(l.hashCount).padStart(10)}  ${l.slug}  ${l.title}\n`);
      });
    });
}
