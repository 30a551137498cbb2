import { defaultEngine, type IngestEngine } from '../extract/engine.js';
import { logger } from '../log.js';
import type { Db } from '../store/db.js';
import { assertSupportedLanguage } from '../text/lang.js';
import { type CheckOptions, checkDraft } from './check.js';
import { comparePeers, storedNoticeCounts } from './peers.js';
import { suggestMeasures } from './suggest.js';
import { draftTiming } from './timing.js';
import type { NoticeCheckResult } from './types.js';

const log = logger('notice-check');

/** Longest draft accepted (characters); real notices are a few thousand. */
export const MAX_DRAFT_CHARS = 100_000;

/**
 * The CPU part of a check: normalises the draft, runs the extractor (its facts — dates, counts, data
 * classes, causes, measures — feed the item checks) and the regimes' rules and deadlines. Pure and
 * synchronous, so that it can run in a worker thread (off-thread.ts). `engine: null` runs the rules
 * alone (tests of the rules; the eval script's rules-only column).
 *
 * @example analyseDraft(draft, { detected: '2025-04-01' }).deadlines[0]?.due // => '2025-04-04'
 */
export function analyseDraft(
  text: string,
  opts: Omit<CheckOptions, 'facts'>,
  engine: IngestEngine | null = defaultEngine,
): NoticeCheckResult {
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
  return checkDraft(normalized, { ...opts, facts });
}

/** Runs analyseDraft somewhere else (a worker thread with a time budget): see off-thread.ts. */
export type DraftAnalyser = (text: string, opts: Omit<CheckOptions, 'facts'>) => Promise<NoticeCheckResult>;

/**
 * Checks a draft notice: analyseDraft, then, with a database, suggestions from comparable incidents.
 * The draft is never stored and never logged. Throws AppError `unsupported_language` for a draft in
 * neither Japanese nor English. With `analyse` (the server passes its worker pool) the
 * CPU part runs there rather than on the event loop.
 *
 * @example await runNoticeCheck(draft, { detected: '2025-04-01' }, { db })
 */
export async function runNoticeCheck(
  text: string,
  opts: Omit<CheckOptions, 'facts'>,
  deps: {
    db?: Db | undefined;
    engine?: IngestEngine | null | undefined;
    analyse?: DraftAnalyser | undefined;
  } = {},
): Promise<NoticeCheckResult> {
  // A Korean or Chinese draft must not be told "nothing reportable found": refuse it instead.
  assertSupportedLanguage(text.normalize('NFKC'));
  const engine: IngestEngine | null = deps.engine === undefined ? defaultEngine : deps.engine;
  const result = deps.analyse ? await deps.analyse(text, opts) : analyseDraft(text, opts, engine);
  if (deps.db) {
    result.suggestions = await suggestMeasures(deps.db, result.facts.causes, result.facts.measures);
    const appi = result.regimes.find((g) => g.regime === 'appi');
    if (appi) {
      result.appi_peers = comparePeers(
        appi.present,
        appi.required,
        await storedNoticeCounts(deps.db, result.lang),
      );
    }
    result.response_timing = await draftTiming(deps.db, result);
  }
  return result;
}
