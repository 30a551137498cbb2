import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { pino } from 'pino';
import { logLevel } from './config.js';

/**
 * Structured logs (STYLE.md rule 9): a child logger per module, context in fields.
 * Never log personal data: no email addresses, names, notice text or request bodies.
 */

/**
 * Whether this process is the command line (or a script) speaking to a person. The program path
 * may be a link (`npx leakwatch`, a global install: …/bin/leakwatch), so its real path is checked
 * too; `useCliLogging()` (called by the CLI itself) settles it either way.
 */
function startedAsCli(argv1: string | undefined): boolean {
  if (!argv1) return false;
  const pattern = /(?:cli[\\/]main|scripts[\\/][\w-]+)\.(js|ts)$/;
  if (pattern.test(argv1) || basename(argv1) === 'leakwatch') return true;
  try {
    // Once, at start, before anything is served: not on a request path.
    return pattern.test(realpathSync(argv1));
  } catch {
    return false;
  }
}

let cliMode = startedAsCli(process.argv[1]);

/**
 * One log line for a person: "leakwatch: warn: bulk load failed (err=…)". Pino hands over its JSON
 * line; the level name, the message and the context fields (except the fixed ones) are kept.
 *
 * @example humanLine('{"level":40,"time":1,"app":"leakwatch","module":"store","msg":"slow","ms":9}')
 *          // 'leakwatch: warn: slow (module=store, ms=9)\n'
 */
export function humanLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, time: _t, app: _a, pid: _p, hostname: _h, msg, ...rest } = o;
  const name = pino.levels.labels[Number(level)] ?? 'log';
  const fields = Object.entries(rest)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
  const tag = name === 'info' ? '' : `${name}: `;
  return `leakwatch: ${tag}${String(msg ?? '')}${fields ? ` (${fields})` : ''}\n`;
}

// Logs go to stderr so that a command's --json output on stdout stays machine-readable: JSON lines
// for the server (log collectors read them), plain lines for a person at the command line.
const jsonOut = pino.destination({ fd: 2, sync: false });
const out = {
  write(line: string): void {
    if (cliMode) process.stderr.write(humanLine(line));
    else jsonOut.write(line);
  },
};

export const rootLogger = pino(
  {
    // The CLI and the scripts (npm run eval …) speak to a person: only warnings and errors by
    // default (migrations and the starter's loading stay quiet on a first run).
    level: logLevel(cliMode),
    base: { app: 'leakwatch' },
    redact: { paths: ['email', '*.email', 'password', '*.password', 'text', '*.text'], censor: '[redacted]' },
  },
  out,
);

/**
 * Makes this process log like a command line: plain lines, warnings and errors only, or progress
 * too with `verbose` (`leakwatch --verbose …`). LEAKWATCH_LOG_LEVEL, when set, still wins. Module
 * loggers made before the call follow it (a pino child follows its parent's level).
 */
export function useCliLogging(opts: { verbose?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): void {
  cliMode = true;
  rootLogger.level = env.LEAKWATCH_LOG_LEVEL ?? (opts.verbose ? 'info' : logLevel(true, env));
}

export function logger(module: string): pino.Logger {
  return rootLogger.child({ module });
}
