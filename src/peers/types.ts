import type { Cause, DataClass, IsoDate, LeakStatus, Measure } from '../extract/types.js';
import type { SizeBand } from './bands.js';
import type { DurationKey, ResponseDurations, ResponseTimeline } from './durations.js';
import type { Sector } from './sector.js';
import type { Distribution } from './stats.js';

/** One incident as the benchmarks see it: its classification and the dates of its response. */
export interface BenchIncident {
  id: string;
  slug: string;
  title: string;
  organization: string | null;
  published: IsoDate | null;
  year: number | null;
  causes: Cause[];
  data_classes: DataClass[];
  measures: Measure[];
  affected: number | null;
  leak_status: LeakStatus | null;
  timeline: ResponseTimeline;
}

export interface IncidentRef {
  id: string;
  slug: string;
  title: string;
}

/** How often comparable incidents announced a measure, with a few of them as examples. */
export interface MeasureShare {
  measure: Measure;
  label: { ja: string; en: string };
  incidents: number;
  of: number;
  share: number;
  examples: IncidentRef[];
}

export interface SimilarIncident extends IncidentRef {
  score: number;
  shared_data_classes: DataClass[];
  band: SizeBand | null;
}

/** What `benchmarkFor` returns for one incident. */
export interface BenchmarkData {
  incident: IncidentRef & {
    cause: Cause | null;
    band: SizeBand | null;
    sector: Sector;
    durations: ResponseDurations;
  };
  /** How the comparable set was chosen: same cause and size band, or (too few of those) cause only. */
  comparable: {
    n: number;
    by: 'cause_and_size' | 'cause' | 'none';
    cause: Cause | null;
    band: SizeBand | null;
  };
  stats: Record<DurationKey, Distribution | null>;
  sentences: { ja: string[]; en: string[] };
  similar: SimilarIncident[];
  measures: MeasureShare[];
}

/** Filters of the benchmark page and API. */
export interface BenchFilter {
  cause?: Cause | undefined;
  dataClass?: DataClass | undefined;
  sector?: Sector | undefined;
  year?: number | undefined;
}

/** The benchmark page's figures over a filtered set of incidents. */
export interface BenchSummary {
  filter: BenchFilter;
  n: number;
  stats: Record<DurationKey, Distribution | null>;
  measures: MeasureShare[];
  by_band: { band: SizeBand | 'unknown'; incidents: number }[];
  by_sector: { sector: Sector; incidents: number }[];
  examples: (IncidentRef & {
    organization: string | null;
    published: IsoDate | null;
    durations: ResponseDurations;
  })[];
}
