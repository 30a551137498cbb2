/**
 * One error base class and one catalogue of codes (STYLE.md rule 4). Every error that leaves a stage
 * is an AppError with a code from this catalogue; the web layer turns it into one JSON shape:
 * `{ error: { code, message, details? } }` with the catalogue's HTTP status.
 */
export const ERROR_CODES = {
  bad_request: 400,
  validation_failed: 400,
  invalid_date: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  request_timeout: 408,
  /** A request line (URL) longer than the site reads: a query pasted whole, a runaway link. */
  uri_too_long: 414,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable_document: 422,
  /** A notice in a language other than Japanese and English (Korean, Chinese …). */
  unsupported_language: 422,
  rate_limited: 429,
  account_locked: 429,
  headers_too_large: 431,
  fetch_refused: 400,
  fetch_failed: 502,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetail {
  code: string;
  path: (string | number)[];
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[] | undefined;

  constructor(code: ErrorCode, message: string, options?: { details?: ErrorDetail[]; cause?: unknown }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = options?.details;
  }

  toJSON(): { error: { code: ErrorCode; message: string; details?: ErrorDetail[] } } {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}

/** True when `e` is an AppError, optionally with the given code. */
export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}

/** What zod reports for each failed check (structurally: errors.ts stays free of zod). */
export interface ValidationIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
}

/**
 * zod issues as error details — the one place they are turned into `{code, path, message}`.
 *
 * @example issueDetails([{ code: 'too_small', path: ['text'], message: '本文が空です' }])
 *          // => [{ code: 'too_small', path: ['text'], message: '本文が空です' }]
 */
export function issueDetails(issues: readonly ValidationIssue[]): ErrorDetail[] {
  return issues.map((i) => ({
    code: i.code,
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}

/**
 * A validation_failed error for `what` (e.g. 'Notice'), its message naming the first issue.
 *
 * @example validationError('Source', issues).message // => 'Source: url: Invalid URL'
 */
export function validationError(what: string, issues: readonly ValidationIssue[]): AppError {
  const first = issues[0];
  const where = first ? `${first.path.map(String).join('.') || 'input'}: ${first.message}` : 'invalid';
  return new AppError('validation_failed', `${what}: ${where}`, { details: issueDetails(issues) });
}
