import type { Cause, IsoDate, Lang, NoticeFacts } from '../extract/types.js';
import { isIsoDate } from '../peers/durations.js';
import type { CheckContext } from './items.js';
import { checkRegimeOn, deadlinesOn, defaultRegions, REGIME_SPECS } from './regimes/index.js';
import * as RP from './regimes/patterns.js';
import { detectLang, findAffirmed, splitSentences } from './text.js';
import { appiReportability, countsInText } from './triggers.js';
import type { NoticeCheckResult, Region } from './types.js';

export interface CheckOptions {
  /** Language of the draft; detected from the text when absent. */
  lang?: Lang | undefined;
  /** The day the organisation became aware of the breach; read from the draft when absent. */
  detected?: IsoDate | undefined;
  /** Today's date, for the deadlines' standing (injectable for tests). Defaults to the UTC date. */
  today?: IsoDate | undefined;
  /** Where the affected people live; default: jp for a Japanese draft, else every region. */
  regions?: readonly Region[] | undefined;
  /** The extractor's facts for this text (null: rules only). */
  facts: NoticeFacts | null;
}

/** Causes that are unauthorised access from outside (PIPA's hacking trigger). */
const HACKING_CAUSES: ReadonlySet<Cause> = new Set<Cause>([
  'unauthorized_access',
  'sql_injection',
  'vulnerability_exploit',
  'credential_stuffing',
  'malware',
  'ransomware',
  'web_skimming',
]);

/** Today's date in UTC as `YYYY-MM-DD`. */
export function utcToday(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Checks a draft breach notice against the regimes of the regions where the affected people live
 * (regimes/), each by the version of its rules in force on the detection date (today when unknown),
 * and computes the reporting deadlines from that date. Pure: suggestions from the corpus are added by `runNoticeCheck`.
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
  const judgedOn = detected ?? today;
  const reportability = appiReportability(ctx.sentences, opts.facts, judgedOn);
  const met = (id: string) => reportability.triggers.some((t) => t.id === id && t.met);
  const f = opts.facts;
  const regions = opts.regions?.length ? [...new Set(opts.regions)] : defaultRegions(lang);
  const specs = REGIME_SPECS.filter((s) => regions.includes(s.region));
  const counts = [
    ...(f?.affected && f.affected.value.unit !== 'companies' ? [f.affected.value.count] : []),
    ...ctx.sentences.flatMap((s) => countsInText(s)),
  ];
  const deadlineCtx = {
    affected: counts.length ? Math.max(...counts) : null,
    malicious: met('malicious'),
    sensitive: met('sensitive'),
    uniqueId: findAffirmed(ctx.sentences, RP.UNIQUE_ID) !== null,
    hacking:
      (f?.causes.some((c) => HACKING_CAUSES.has(c.value)) ?? false) ||
      findAffirmed(ctx.sentences, RP.HACKING) !== null,
  };
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
      published: f?.published?.value && isIsoDate(f.published.value) ? f.published.value : null,
    },
    regions: specs.map((s) => s.region),
    regimes: specs.map((s) => checkRegimeOn(s, ctx, judgedOn)),
    appi_reportability: reportability,
    deadlines: detected ? specs.flatMap((s) => deadlinesOn(s, detected, deadlineCtx, today)) : [],
    suggestions: [],
    appi_peers: null,
    response_timing: null,
  };
}
