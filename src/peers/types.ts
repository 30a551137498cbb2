import type { Cause, DataClass, IsoDate, LeakStatus, Measure } from '../extract/types.js';
import type { SizeBand } from './bands.js';
import type { DurationKey, ResponseDurations, ResponseTimeline } from './durations.js';
import type { Placement } from './placement.js';
import type { Sector } from './sector.js';
import type { Breakdown } from './segments.js';
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
  /** From the source records' organisation type or industry, else the organisation's name. */
  sector: Sector;
  /** ISO 3166 alpha-2 from the source records (JP for a Japanese notice); null when unknown. */
  country: string | null;
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
    country: string | null;
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
  /** Each known duration placed among comparable incidents (same cause, else sector, else all; n ≥ 20). */
  placement: Placement[];
  similar: SimilarIncident[];
  measures: MeasureShare[];
}

/** Filters of the benchmark page and API. */
export interface BenchFilter {
  cause?: Cause | undefined;
  dataClass?: DataClass | undefined;
  sector?: Sector | undefined;
  /** ISO 3166 alpha-2, or 'unknown'. */
  country?: string | undefined;
  year?: number | undefined;
}

/** The benchmark page's figures over a filtered set of incidents. */
export interface BenchSummary {
  filter: BenchFilter;
  n: number;
  stats: Record<DurationKey, Distribution | null>;
  /** Durations by sector, size band, cause and country (figures only where n ≥ 20). */
  breakdowns: Breakdown[];
  measures: MeasureShare[];
  by_band: { band: SizeBand | 'unknown'; incidents: number }[];
  by_sector: { sector: Sector; incidents: number }[];
  examples: (IncidentRef & {
    organization: string | null;
    published: IsoDate | null;
    durations: ResponseDurations;
  })[];
}
