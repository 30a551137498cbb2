import { pino } from 'pino';
import { logLevel } from './config.js';

/**
 * Structured logs (STYLE.md rule 9): a child logger per module, context in fields.
 * Never log personal data: no email addresses, names, notice text or request bodies.
 */
// The CLI and the scripts (npm run eval …) speak to a person: only warnings and errors by default
// (migrations and such stay quiet).
const isCli = /(?:cli[\\/]main|scripts[\\/][\w-]+)\.(js|ts)$/.test(process.argv[1] ?? '');
const level = logLevel(isCli);

// Logs go to stderr so that a command's --json output on stdout stays machine-readable.
export const rootLogger = pino(
  {
    level,
    base: { app: 'leakwatch' },
    redact: { paths: ['email', '*.email', 'password', '*.password', 'text', '*.text'], censor: '[redacted]' },
  },
  pino.destination({ fd: 2, sync: false }),
);

export function logger(module: string): pino.Logger {
  return rootLogger.child({ module });
}
