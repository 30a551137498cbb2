import { logger } from '../log.js';
import type { Db } from '../store/db.js';
import { defaultEngine, type IngestEngine } from '../store/ingest.js';
import { assertSupportedLanguage } from '../text/lang.js';
import { type CheckOptions, checkDraft } from './check.js';
import { suggestMeasures } from './suggest.js';
import type { NoticeCheckResult } from './types.js';

const log = logger('notice-check');

/** Longest draft accepted (characters); real notices are a few thousand. */
export const MAX_DRAFT_CHARS = 100_000;

/**
 * Checks a draft notice: normalises it and runs the extractor (its facts — dates, counts, data
 * classes, causes, measures — feed the item checks), then the regimes' rules, deadlines and, with a
 * database, suggestions from comparable incidents. The draft is never stored and never logged.
 * Throws AppError `unsupported_language` for a draft in neither Japanese nor English.
 *
 * @example await runNoticeCheck(draft, { detected: '2025-04-01' }, { db })
 */
export async function runNoticeCheck(
  text: string,
  opts: Omit<CheckOptions, 'facts'>,
  deps: { db?: Db | undefined; engine?: IngestEngine | null | undefined } = {},
): Promise<NoticeCheckResult> {
  // `engine: null` runs the rules alone (tests of the rules; the eval script's rules-only column).
  const engine: IngestEngine | null = deps.engine === undefined ? defaultEngine : deps.engine;
  // A Korean or Chinese draft must not be told "nothing reportable found": refuse it instead.
  assertSupportedLanguage(text.normalize('NFKC'));
  let normalized = text;
  let facts = null;
  if (engine) {
    try {
      normalized = engine.normalize(text);
      facts = engine.extract(normalized, opts.lang ? { lang: opts.lang } : {});
    } catch (err) {
      // Never the text itself: only the error's message.
      log.warn({ err: (err as Error).message }, 'extraction failed on a draft: checking with rules only');
      facts = null;
    }
  }
  const result = checkDraft(normalized, { ...opts, facts });
  if (deps.db) {
    result.suggestions = await suggestMeasures(deps.db, result.facts.causes, result.facts.measures);
  }
  return result;
}
