import type { Lang } from '../text/lang.js';

import type { AffectedUnit, Cause, DataClass, LeakStatus, Measure, Qualifier, ReportStage } from './vocab.js';

export type { AffectedUnit, Cause, DataClass, LeakStatus, Measure, Qualifier, ReportStage } from './vocab.js';

/** Where a fact came from: the quoted span of the (NFKC-normalised) notice text. */
export interface Evidence {
  /** The sentence or line the fact was read from, as it stands in the normalised text. */
  quote: string;
  /** Offsets of `quote` in the normalised text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

/** One extracted fact. `confidence` is 0..1: how sure the rule that produced it is. */
export interface Fact<T> {
  value: T;
  evidence: Evidence;
  confidence: number;
}

/** An ISO calendar date, `YYYY-MM-DD`, in the notice's local calendar. */
export type IsoDate = string;

export interface Affected {
  count: number;
  unit: AffectedUnit;
  qualifier: Qualifier;
}

/** Any count the notice states, with what it counts ("card 18,746", "address 78,840"). */
export interface CountStatement extends Affected {
  /** What is counted, in the notice's words (e.g. "クレジットカード情報", "possible"). */
  subject: string;
  /** Whether the notice says these were confirmed or only possibly exposed, where it says. */
  status: LeakStatus | null;
}

export interface Contact {
  name: string | null;
  phones: string[];
  emails: string[];
  urls: string[];
  hours: string | null;
}

/**
 * A scope statement that lets a reader decide whether they are in it: a window of time and what
 * happened in it ("accounts created 2013-06-06 12:10 to 2013-06-11 22:00 JST").
 */
export interface Scope {
  description: string;
  from: IsoDate | null;
  to: IsoDate | null;
  /** Times where stated, ISO 8601 with offset (e.g. 2013-06-06T12:10+09:00). */
  fromTime: string | null;
  toTime: string | null;
}

/** Declared with language detection (src/text/lang.ts), the stage below extraction. */
export type { Lang } from '../text/lang.js';

/** Everything leakwatch reads from one notice. Field names follow the shared corpus GUIDE. */
export interface NoticeFacts {
  lang: Lang;
  organization: Fact<string> | null;
  services: Fact<string>[];
  report_stage: Fact<ReportStage> | null;
  published: Fact<IsoDate> | null;
  incident_start: Fact<IsoDate> | null;
  incident_end: Fact<IsoDate> | null;
  detected: Fact<IsoDate> | null;
  contained: Fact<IsoDate> | null;
  resumed: Fact<IsoDate> | null;
  regulator_reported: Fact<IsoDate> | null;
  police_reported: Fact<IsoDate> | null;
  affected: Fact<Affected> | null;
  counts: Fact<CountStatement>[];
  data_classes: Fact<DataClass>[];
  causes: Fact<Cause>[];
  measures: Fact<Measure>[];
  leak_status: Fact<LeakStatus> | null;
  contact: Fact<Contact> | null;
  scope: Fact<Scope>[];
}

/**
 * What extract() returns: the facts, and a title a person can read (the notice's own title line, else
 * one made from the facts). The title is not a fact that incidents merge, so it sits beside them.
 */
export interface ExtractedNotice extends NoticeFacts {
  title: Fact<string> | null;
}

export interface ExtractOptions {
  lang?: Lang;
  url?: string;
  /** The date the notice was published, when known from outside the text (a feed entry's date). */
  published?: IsoDate;
}

/** The fact fields of a notice (and of an incident) that hold one fact, in display order. */
export const SINGLE_FACT_FIELDS = [
  'organization',
  'report_stage',
  'published',
  'incident_start',
  'incident_end',
  'detected',
  'contained',
  'resumed',
  'regulator_reported',
  'police_reported',
  'affected',
  'leak_status',
  'contact',
] as const satisfies readonly (keyof NoticeFacts)[];

/** The fact fields that hold a list of facts. */
export const LIST_FACT_FIELDS = [
  'services',
  'counts',
  'data_classes',
  'causes',
  'measures',
  'scope',
] as const satisfies readonly (keyof NoticeFacts)[];

/**
 * Every fact field: the one list the others (merge, plain values, corrections, labels) derive from.
 * The type check below fails when NoticeFacts gains a fact this list lacks.
 */
export const FACT_FIELDS = [...SINGLE_FACT_FIELDS, ...LIST_FACT_FIELDS] as const;
export type FactField = (typeof FACT_FIELDS)[number];
type Unlisted = Exclude<keyof NoticeFacts, FactField | 'lang'>;
const everyFactListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFactListed;

/** The keys of NoticeFacts that hold a single dated fact. */
export const DATE_FIELDS = [
  'published',
  'incident_start',
  'incident_end',
  'detected',
  'contained',
  'resumed',
  'regulator_reported',
  'police_reported',
] as const satisfies readonly (keyof NoticeFacts)[];
export type DateField = (typeof DATE_FIELDS)[number];

/** A notice's facts with every field empty: null, or no facts. */
export type EmptyNoticeFacts = { lang: Lang } & {
  [K in FactField]: NoticeFacts[K] extends readonly unknown[] ? never[] : null;
};

/**
 * A NoticeFacts with every field empty, in the key order facts are stored in (an incident's too:
 * incidents/merge.ts emptyIncidentFacts). One object literal, so that extract()'s facts get V8's
 * fast shape. @example emptyNoticeFacts('ja').services // []
 */
export function emptyNoticeFacts(lang: Lang): EmptyNoticeFacts {
  return {
    lang,
    organization: null,
    services: [],
    report_stage: null,
    published: null,
    incident_start: null,
    incident_end: null,
    detected: null,
    contained: null,
    resumed: null,
    regulator_reported: null,
    police_reported: null,
    affected: null,
    counts: [],
    data_classes: [],
    causes: [],
    measures: [],
    leak_status: null,
    contact: null,
    scope: [],
  };
}
