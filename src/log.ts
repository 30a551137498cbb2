import { pino } from 'pino';

/**
 * Structured logs (STYLE.md rule 9): a child logger per module, context in fields.
 * Never log personal data: no email addresses, names, notice text or request bodies.
 */
const level = process.env.LEAKWATCH_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');

export const rootLogger = pino({
  level,
  base: { app: 'leakwatch' },
  redact: { paths: ['email', '*.email', 'password', '*.password', 'text', '*.text'], censor: '[redacted]' },
});

export function logger(module: string): pino.Logger {
  return rootLogger.child({ module });
}
