import { type Cause, MEASURES, type Measure } from '../extract/vocab.js';
import { bandDistance, SIZE_BANDS, type SizeBand, sizeBand } from './bands.js';
import { DURATION_KEYS, type DurationKey, type ResponseDurations, responseDurations } from './durations.js';
import { placementsOf } from './placement.js';
import { SECTORS, type Sector } from './sector.js';
import { breakdowns } from './segments.js';
import { type Distribution, distribution } from './stats.js';
import type {
  BenchFilter,
  BenchIncident,
  BenchmarkData,
  BenchSummary,
  IncidentRef,
  MeasureShare,
  SimilarIncident,
} from './types.js';

/** Fewer comparable incidents than this and a median says little: widen or say so. */
export const MIN_COMPARABLE = 3;

const ref = (i: BenchIncident): IncidentRef => ({ id: i.id, slug: i.slug, title: i.title });

/**
 * Jaccard similarity of two sets: |A∩B| / |A∪B|; 0 when both are empty.
 *
 * @example jaccard(['Names', 'Passwords'], ['Names']) // => 0.5
 */
export function jaccard<T>(a: readonly T[], b: readonly T[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Durations of each incident, computed once. */
export function durationsOf(list: readonly BenchIncident[]): Map<string, ResponseDurations> {
  return new Map(list.map((i) => [i.id, responseDurations(i.timeline)]));
}

function statsOf(list: readonly BenchIncident[], d: Map<string, ResponseDurations>) {
  const out = {} as Record<DurationKey, Distribution | null>;
  for (const k of DURATION_KEYS) out[k] = distribution(list.map((i) => d.get(i.id)?.[k]));
  return out;
}

/**
 * How often each measure was announced among `list`, most frequent first, with up to three of the
 * most recent incidents as examples.
 */
export function measureShares(
  list: readonly BenchIncident[],
  exclude: readonly Measure[] = [],
): MeasureShare[] {
  const n = list.length;
  if (n === 0) return [];
  const byMeasure = new Map<Measure, BenchIncident[]>();
  for (const i of list) {
    for (const m of new Set(i.measures)) {
      if (exclude.includes(m)) continue;
      const l = byMeasure.get(m) ?? [];
      l.push(i);
      byMeasure.set(m, l);
    }
  }
  return [...byMeasure.entries()]
    .map(([measure, incs]) => ({
      measure,
      label: { ja: MEASURES[measure].ja, en: MEASURES[measure].en },
      incidents: incs.length,
      of: n,
      share: Math.round((incs.length / n) * 1000) / 1000,
      examples: [...incs]
        .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
        .slice(0, 3)
        .map(ref),
    }))
    .sort((a, b) => b.incidents - a.incidents || a.measure.localeCompare(b.measure));
}

/**
 * The incidents comparable to `target`: sharing its main cause and in its size band; when fewer
 * than MIN_COMPARABLE such incidents exist, sharing the cause alone (and `by` says so).
 */
export function comparableIncidents(
  target: BenchIncident,
  all: readonly BenchIncident[],
): {
  list: BenchIncident[];
  by: BenchmarkData['comparable']['by'];
  cause: Cause | null;
  band: SizeBand | null;
} {
  const cause = target.causes[0] ?? null;
  const band = sizeBand(target.affected);
  if (!cause) return { list: [], by: 'none', cause, band };
  const sameCause = all.filter((i) => i.id !== target.id && i.causes.includes(cause));
  if (band) {
    const sameBand = sameCause.filter((i) => sizeBand(i.affected) === band);
    if (sameBand.length >= MIN_COMPARABLE) return { list: sameBand, by: 'cause_and_size', cause, band };
  }
  return { list: sameCause, by: 'cause', cause, band };
}

/**
 * Incidents like `target`: same cause, overlapping data classes (Jaccard), similar size. The score is
 * the Jaccard index plus 0.3 for the same size band (0.15 for a neighbouring one).
 */
export function similarIncidents(
  target: BenchIncident,
  all: readonly BenchIncident[],
  limit = 5,
): SimilarIncident[] {
  const band = sizeBand(target.affected);
  const out: SimilarIncident[] = [];
  for (const i of all) {
    if (i.id === target.id || !i.causes.some((c) => target.causes.includes(c))) continue;
    const b = sizeBand(i.affected);
    const sizeScore = band && b ? ([0.3, 0.15][bandDistance(band, b)] ?? 0) : 0;
    const j = jaccard(target.data_classes, i.data_classes);
    const score = Math.round((j + sizeScore) * 1000) / 1000;
    if (score <= 0) continue;
    out.push({
      ...ref(i),
      score,
      shared_data_classes: target.data_classes.filter((d) => i.data_classes.includes(d)),
      band: b,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug)).slice(0, limit);
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

const EN_PLURAL = new Intl.PluralRules('en-GB');
/** "1 day", "1.5 days", "3 days": the English word form by plural rules. */
const dayCount = (n: string) => `${n} ${EN_PLURAL.select(Number(n)) === 'one' ? 'day' : 'days'}`;

const PHRASES: Record<
  DurationKey,
  { ja: (n: string) => string; en: (n: string) => string; jaName: string; enName: string }
> = {
  start_to_detection: {
    ja: (n) => `発生から${n}日後に検知`,
    en: (n) => `detected ${dayCount(n)} after it began`,
    jaName: '発生から検知まで',
    enName: 'start to detection',
  },
  detection_to_containment: {
    ja: (n) => `検知から${n}日後に封じ込め`,
    en: (n) => `contained ${dayCount(n)} after detection`,
    jaName: '検知から封じ込めまで',
    enName: 'detection to containment',
  },
  detection_to_notice: {
    ja: (n) => `検知から${n}日後に公表`,
    en: (n) => `disclosed ${dayCount(n)} after detection`,
    jaName: '検知から公表まで',
    enName: 'detection to public notice',
  },
  notice_to_final: {
    ja: (n) => `第一報から${n}日後に最終報`,
    en: (n) => `final report ${dayCount(n)} after the first notice`,
    jaName: '第一報から最終報まで',
    enName: 'first notice to final report',
  },
};

/**
 * One sentence per duration where there is something to say, e.g.
 * 「検知から1日後に公表。類似事案の中央値: 14日 (12件)」 / "disclosed 1 day after detection; comparable
 * incidents: median 14 days (12 incidents)".
 */
export function benchmarkSentences(
  durations: ResponseDurations,
  stats: Record<DurationKey, Distribution | null>,
): { ja: string[]; en: string[] } {
  const ja: string[] = [];
  const en: string[] = [];
  for (const k of DURATION_KEYS) {
    const own = durations[k];
    const d = stats[k];
    const p = PHRASES[k];
    const enOwn = own === null ? null : p.en(fmt(own));
    if (d && d.n >= MIN_COMPARABLE) {
      const days = dayCount(fmt(d.median));
      ja.push(
        own === null
          ? `${p.jaName}: 本件は日付不明。類似事案の中央値: ${fmt(d.median)}日 (${d.n}件)`
          : `${p.ja(fmt(own))}。類似事案の中央値: ${fmt(d.median)}日 (${d.n}件)`,
      );
      en.push(
        own === null
          ? `${p.enName}: not known for this incident; comparable incidents: median ${days} (${d.n} incidents)`
          : `${enOwn}; comparable incidents: median ${days} (${d.n} incidents)`,
      );
    } else if (own !== null) {
      const n = d?.n ?? 0;
      ja.push(
        n === 0
          ? `${p.ja(fmt(own))}。日付のわかる類似事案はまだありません`
          : `${p.ja(fmt(own))}。比較できる類似事案は${n}件のみ`,
      );
      en.push(
        n === 0
          ? `${enOwn}; no comparable incidents with this date yet`
          : `${enOwn}; only ${n} comparable ${EN_PLURAL.select(n) === 'one' ? 'incident' : 'incidents'} with this date`,
      );
    }
  }
  return { ja, en };
}

/**
 * The response benchmark of one incident against the others.
 *
 * @example benchmarkOf(naver, all).sentences.en[0] // => "disclosed 1 day after detection; comparable incidents: median 14 days (12 incidents)"
 */
export function benchmarkOf(
  target: BenchIncident,
  all: readonly BenchIncident[],
  allDurations: ReadonlyMap<string, ResponseDurations> = durationsOf(all),
): BenchmarkData {
  const comp = comparableIncidents(target, all);
  const d = new Map(allDurations);
  if (!d.has(target.id)) d.set(target.id, responseDurations(target.timeline));
  const durations = d.get(target.id)!;
  const stats = statsOf(comp.list, d);
  const sameCause = comp.cause ? all.filter((i) => i.id !== target.id && i.causes.includes(comp.cause!)) : [];
  return {
    incident: {
      ...ref(target),
      cause: comp.cause,
      band: comp.band,
      sector: target.sector,
      country: target.country,
      durations,
    },
    comparable: { n: comp.list.length, by: comp.by, cause: comp.cause, band: comp.band },
    stats,
    sentences: benchmarkSentences(durations, stats),
    placement: placementsOf(target, durations, all, d),
    similar: similarIncidents(target, all),
    measures: measureShares(sameCause),
  };
}

/** Whether an incident passes the benchmark page's filters. */
export function matchesFilter(i: BenchIncident, f: BenchFilter): boolean {
  if (f.cause && !i.causes.includes(f.cause)) return false;
  if (f.dataClass && !i.data_classes.includes(f.dataClass)) return false;
  if (f.year !== undefined && i.year !== f.year) return false;
  if (f.sector && i.sector !== f.sector) return false;
  if (f.country && (i.country ?? 'unknown') !== f.country) return false;
  return true;
}

/** The benchmark page's figures: durations, measures, size bands and sectors over the filtered set. */
export function summarize(
  all: readonly BenchIncident[],
  filter: BenchFilter,
  exampleLimit = 20,
): BenchSummary {
  const list = all.filter((i) => matchesFilter(i, filter));
  const d = durationsOf(list);
  const bands = new Map<SizeBand | 'unknown', number>();
  const sectors = new Map<Sector, number>();
  for (const i of list) {
    const b = sizeBand(i.affected) ?? 'unknown';
    bands.set(b, (bands.get(b) ?? 0) + 1);
    const s = i.sector;
    sectors.set(s, (sectors.get(s) ?? 0) + 1);
  }
  const withDurations = list.filter((i) => Object.values(d.get(i.id)!).some((x) => x !== null));
  return {
    filter,
    n: list.length,
    stats: statsOf(list, d),
    breakdowns: breakdowns(list, d),
    measures: measureShares(list),
    by_band: [...SIZE_BANDS, 'unknown' as const]
      .filter((b) => bands.has(b))
      .map((band) => ({ band, incidents: bands.get(band)! })),
    by_sector: SECTORS.filter((s) => sectors.has(s)).map((sector) => ({
      sector,
      incidents: sectors.get(sector)!,
    })),
    examples: [...withDurations]
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
      .slice(0, exampleLimit)
      .map((i) => ({
        ...ref(i),
        organization: i.organization,
        published: i.published,
        durations: d.get(i.id)!,
      })),
  };
}
