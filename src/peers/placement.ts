import type { Cause } from '../extract/types.js';
import { CAUSES } from '../extract/vocab.js';
import { DURATION_KEYS, type DurationKey, type ResponseDurations } from './durations.js';
import { SECTOR_LABELS, type Sector } from './sector.js';
import { MIN_SHOWN } from './segments.js';
import { type Rank, rankAmong } from './stats.js';
import type { BenchIncident } from './types.js';

/**
 * Where one incident's (or one draft's) duration falls among comparable incidents: "disclosed
 * faster than 64 % of incidents of the same cause (n = 212)".
 */
export interface Placement extends Rank {
  duration: DurationKey;
  days: number;
  /** Which incidents it was compared with: same cause, else same sector, else all. */
  by: 'cause' | 'sector' | 'all';
  /** The cause or sector compared on; null for 'all'. */
  segment: string | null;
  sentence: { ja: string; en: string };
}

const NAMES: Record<DurationKey, { ja: string; en: string; jaVerb: string; enVerb: string }> = {
  start_to_detection: {
    ja: '発生から検知まで',
    en: 'start to detection',
    jaVerb: '検知',
    enVerb: 'detected',
  },
  detection_to_containment: {
    ja: '検知から封じ込めまで',
    en: 'detection to containment',
    jaVerb: '封じ込め',
    enVerb: 'contained',
  },
  detection_to_notice: {
    ja: '検知から公表まで',
    en: 'detection to notice',
    jaVerb: '公表',
    enVerb: 'disclosed',
  },
  notice_to_final: {
    ja: '第一報から最終報まで',
    en: 'first notice to final report',
    jaVerb: '最終報',
    enVerb: 'gave the final report',
  },
};

const pct = (x: number) => Math.round(x * 100);

function groupName(by: Placement['by'], segment: string | null): { ja: string; en: string } {
  if (by === 'cause' && segment) {
    const c = CAUSES[segment as Cause];
    return { ja: `原因が「${c.ja}」の事案`, en: `incidents caused by ${c.en}` };
  }
  if (by === 'sector' && segment) {
    const s = SECTOR_LABELS[segment as Sector];
    return { ja: `業種が「${s.ja}」の事案`, en: `${s.en} incidents` };
  }
  return { ja: 'すべての事案', en: 'all incidents' };
}

/**
 * The sentence of a placement, e.g. 「検知から公表まで12日: 原因が「SQLインジェクション」の事案の64%
 * より早く公表 (同じ日数: 5%、n=212)」 / "detection to notice 12 days: disclosed faster than 64 % of
 * incidents caused by SQL injection (5 % the same; n = 212)".
 */
export function placementSentence(p: Omit<Placement, 'sentence'>): { ja: string; en: string } {
  const name = NAMES[p.duration];
  const g = groupName(p.by, p.segment);
  const day = p.days === 1 ? 'day' : 'days';
  return {
    ja: `${name.ja}${p.days}日: ${g.ja}の${pct(p.longer)}%より早く${name.jaVerb} (同じ日数: ${pct(p.same)}%、n=${p.n})`,
    en: `${name.en} ${p.days} ${day}: ${name.enVerb} faster than ${pct(p.longer)} % of ${g.en} (${pct(p.same)} % the same; n = ${p.n})`,
  };
}

/**
 * Places `days` of one duration among `peers`: those of the same cause when at least MIN_SHOWN of
 * them have that duration, else those of the same sector, else all; null when even all are fewer.
 *
 * @example placeDuration('detection_to_notice', 12, { causes: ['sql_injection'], sector: 'retail' }, peers, d)
 * // => { by: 'cause', segment: 'sql_injection', n: 212, longer: 0.64, … }
 */
export function placeDuration(
  duration: DurationKey,
  days: number,
  target: { id?: string; causes: readonly Cause[]; sector: Sector | null },
  peers: readonly BenchIncident[],
  durations: ReadonlyMap<string, ResponseDurations>,
): Placement | null {
  const others = peers.filter((i) => i.id !== target.id);
  const valuesOf = (l: readonly BenchIncident[]) => l.map((i) => durations.get(i.id)?.[duration] ?? null);
  const cause = target.causes[0] ?? null;
  const tries: [Placement['by'], string | null, readonly BenchIncident[]][] = [];
  if (cause) tries.push(['cause', cause, others.filter((i) => i.causes.includes(cause))]);
  if (target.sector && target.sector !== 'other') {
    tries.push(['sector', target.sector, others.filter((i) => i.sector === target.sector)]);
  }
  tries.push(['all', null, others]);
  for (const [by, segment, list] of tries) {
    const rank = rankAmong(days, valuesOf(list));
    if (!rank || rank.n < MIN_SHOWN) continue;
    const p = { duration, days, by, segment, ...rank };
    return { ...p, sentence: placementSentence(p) };
  }
  return null;
}

/** Placements of every duration an incident has, against the others (see placeDuration). */
export function placementsOf(
  target: BenchIncident,
  own: ResponseDurations,
  peers: readonly BenchIncident[],
  durations: ReadonlyMap<string, ResponseDurations>,
): Placement[] {
  const out: Placement[] = [];
  for (const k of DURATION_KEYS) {
    const days = own[k];
    if (days === null) continue;
    const p = placeDuration(k, days, target, peers, durations);
    if (p) out.push(p);
  }
  return out;
}
