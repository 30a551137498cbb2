import type { IsoDate, Lang, NoticeFacts } from '../extract/types.js';
import { isIsoDate } from '../peers/durations.js';
import { appiAndOtherDeadlines } from './deadlines.js';
import { type CheckContext, checkRegime } from './items.js';
import { detectLang, splitSentences } from './text.js';
import { appiReportability } from './triggers.js';
import type { NoticeCheckResult } from './types.js';

export interface CheckOptions {
  /** Language of the draft; detected from the text when absent. */
  lang?: Lang | undefined;
  /** The day the organisation became aware of the breach; read from the draft when absent. */
  detected?: IsoDate | undefined;
  /** Today's date, for the deadlines' standing (injectable for tests). Defaults to the UTC date. */
  today?: IsoDate | undefined;
  /** The extractor's facts for this text (null: rules only). */
  facts: NoticeFacts | null;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function utcToday(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Checks a draft breach notice against the APPI, GDPR and California content rules and computes the
 * reporting deadlines. Pure: suggestions from the corpus are added by `runNoticeCheck`.
 *
 * @example checkDraft('…不正アクセスにより…', { facts: null, today: '2025-04-03', detected: '2025-04-01' })
 *   .deadlines[0]?.due // => '2025-04-06'
 */
export function checkDraft(text: string, opts: CheckOptions): NoticeCheckResult {
  const normalized = text.normalize('NFKC');
  const lang = opts.lang ?? opts.facts?.lang ?? detectLang(normalized);
  const ctx: CheckContext = { sentences: splitSentences(normalized), facts: opts.facts };
  const today = opts.today ?? utcToday();
  const fromText = opts.facts?.detected?.value;
  const detected =
    opts.detected && isIsoDate(opts.detected)
      ? opts.detected
      : fromText && isIsoDate(fromText)
        ? fromText
        : null;
  const reportability = appiReportability(ctx.sentences, opts.facts);
  const malicious = reportability.triggers.some((t) => t.id === 'malicious' && t.met);
  const f = opts.facts;
  return {
    lang,
    extractor: opts.facts !== null,
    detected,
    detected_from: detected === null ? null : opts.detected && detected === opts.detected ? 'input' : 'text',
    today,
    facts: {
      causes: [...new Set(f?.causes.map((c) => c.value) ?? [])],
      data_classes: [...new Set(f?.data_classes.map((c) => c.value) ?? [])],
      measures: [...new Set(f?.measures.map((c) => c.value) ?? [])],
      affected: f?.affected?.value.count ?? null,
    },
    regimes: [checkRegime('appi', ctx), checkRegime('gdpr', ctx), checkRegime('california', ctx)],
    appi_reportability: reportability,
    deadlines: detected ? appiAndOtherDeadlines(detected, { malicious, today }) : [],
    suggestions: [],
  };
}
