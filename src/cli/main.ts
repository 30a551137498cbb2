#!/usr/bin/env -S node --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=100
import { Command, CommanderError } from 'commander';
import { AppError } from '../errors.js';
import { useCliLogging } from '../log.js';
import { commands } from './commands/index.js';

/**
 * The `leakwatch` command line. Errors print one clear line (and the code) to stderr and exit 1;
 * usage errors exit 2.
 */
// `leakwatch … | head`: a closed pipe ends the command quietly instead of with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

// Plain log lines for a person, warnings and errors only unless --verbose (anywhere on the line):
// set before any command runs, whatever path started this program (a link, npx, a global install).
useCliLogging({ verbose: process.argv.includes('--verbose') });

const program = new Command()
  .name('leakwatch')
  .description(
    'leakwatch — breach notices (JA/EN) as a structured, searchable record of incidents.\n' +
      '情報漏えいのお知らせを、検索できる事故の記録にします。',
  )
  .version('0.1.0')
  .option('--verbose', 'also print progress logs (migrations, loading, fetches)')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

for (const register of commands) register(program);

program.addHelpText(
  'after',
  `
Environment:
  LEAKWATCH_DATA_DIR   where the SQLite database lives (default ./data)
  LEAKWATCH_LOG_LEVEL  log level (default warn; --verbose means info)
  DATABASE_URL         postgres://… to use PostgreSQL instead of SQLite

Examples:
  leakwatch extract notice.txt
  leakwatch ingest ./notices/
  leakwatch search ナビ`,
);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof AppError) {
    process.stderr.write(`leakwatch: ${err.message} [${err.code}]\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`leakwatch: ${(err as Error).message ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
