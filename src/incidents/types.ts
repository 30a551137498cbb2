import type {
  Affected,
  Cause,
  Contact,
  DataClass,
  Evidence,
  Fact,
  IsoDate,
  Lang,
  LeakStatus,
  Measure,
  NoticeFacts,
  ReportStage,
} from '../extract/types.js';

/**
 * The incident record as the rest of leakwatch sees it: what the web, API, CLI and exports read
 * (IncidentReader, implemented by src/store/reader.ts for both dialects), and what ingestion writes.
 */

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface OrganizationRef {
  id: string;
  slug: string;
  name: string;
}

export interface ServiceRef {
  id: string;
  slug: string;
  name: string;
}

/** Where a merged fact came from: a notice's quote, an imported dataset, or an editor's correction. */
export type FactOrigin = 'notice' | 'import' | 'correction';

/** A fact on an incident: the latest value, with the notice (and quote) that set it. */
export interface MergedFact<T> {
  value: T;
  evidence: Evidence | null;
  confidence: number;
  origin: FactOrigin;
  notice_id: string | null;
}

// Tuple-wrapped so the conditional does not distribute over `| null` (which inferred T as {}).
type Merged<F> = [F] extends [Fact<infer T>[]]
  ? MergedFact<T>[]
  : [F] extends [Fact<infer T> | null]
    ? MergedFact<T> | null
    : F;

/** An incident's merged facts: the same fields as a notice's, each with its provenance. */
export type IncidentFacts = { [K in Exclude<keyof NoticeFacts, 'lang'>]: Merged<NoticeFacts[K]> };

export interface IncidentSummary {
  id: string;
  slug: string;
  /** A short title, e.g. "サンプル通販の会員情報への不正アクセス" or the organisation's name. */
  title: string;
  organization: OrganizationRef | null;
  services: ServiceRef[];
  /** First public disclosure (earliest notice date). */
  published: IsoDate | null;
  incident_start: IsoDate | null;
  detected: IsoDate | null;
  affected: Affected | null;
  data_classes: DataClass[];
  causes: Cause[];
  measures: Measure[];
  leak_status: LeakStatus | null;
  /** Stage of the latest notice. */
  report_stage: ReportStage | null;
  notice_count: number;
  /** Where this incident's facts came from: 'notice' (extracted) or the name of an imported dataset. */
  source: string;
  source_url: string | null;
  lang: Lang | null;
  created_at: string;
  updated_at: string;
}

export interface NoticeSummary {
  id: string;
  url: string | null;
  title: string | null;
  lang: Lang;
  report_stage: ReportStage | null;
  published: IsoDate | null;
  fetched_at: string;
  content_hash: string;
}

export interface NoticeDetail extends NoticeSummary {
  /** The NFKC-normalised text that evidence offsets refer to. */
  text: string;
  facts: NoticeFacts;
  incident_id: string | null;
}

/** One change of one fact on an incident: set by a notice, changed by a later one, or corrected. */
export interface FactChange {
  id: string;
  incident_id: string;
  field: keyof IncidentFacts;
  /** JSON values; null when the field was empty. */
  from: unknown;
  to: unknown;
  kind: 'set' | 'changed' | 'corrected';
  notice_id: string | null;
  /** For corrections: the editor's user id and reason. */
  by: string | null;
  reason: string | null;
  at: string;
}

export interface IncidentDetail extends IncidentSummary {
  facts: IncidentFacts;
  notices: NoticeSummary[];
  history: FactChange[];
  related: IncidentSummary[];
  contact: Contact | null;
}

export interface SearchHit {
  incident: IncidentSummary;
  /** What matched: an organisation or service name or alias, or a snippet of notice text. */
  matched: string;
  score: number;
}

export interface Suggestion {
  kind: 'organization' | 'service';
  id: string;
  slug: string;
  name: string;
  /** The alias that matched the query (kana, romaji, English, domain …). */
  matched: string;
}

export interface OrganizationDetail extends OrganizationRef {
  aliases: string[];
  services: ServiceRef[];
  incidents: IncidentSummary[];
}

export interface ServiceDetail extends ServiceRef {
  aliases: string[];
  domains: string[];
  organization: OrganizationRef | null;
  incidents: IncidentSummary[];
}

export interface Stats {
  incidents: number;
  notices: number;
  organizations: number;
  /** People affected (unit 'people' only): accounts are not people and are never added in. */
  people_affected: number;
  /** Accounts affected (breach catalogues such as HIBP count accounts), kept apart from people. */
  accounts_affected: number;
  /** Per year: incidents, people, accounts, and the datasets whose incidents fall in that year. */
  by_year: { year: number; incidents: number; affected: number; accounts: number; sources: string[] }[];
  by_cause: { cause: Cause; incidents: number }[];
  by_data_class: { data_class: DataClass; incidents: number }[];
  by_size: { band: string; incidents: number }[];
}

export interface IncidentFilter {
  limit?: number;
  offset?: number;
  organizationId?: string;
  serviceId?: string;
  dataClass?: DataClass;
  cause?: Cause;
  year?: number;
  /** Only incidents updated after this ISO timestamp (feeds). */
  updatedSince?: string;
}

/** What the web, API and CLI read. */
/** @see IncidentReader.incidentStamp */
export interface IncidentStamp {
  id: string;
  updatedAt: string;
  revision: string;
}

export interface IncidentReader {
  listIncidents(filter?: IncidentFilter): Promise<Page<IncidentSummary>>;
  /** Every incident, in id order, a batch at a time (catalogues and exports of the whole store). */
  eachIncident(batch?: number): AsyncIterable<IncidentSummary[]>;
  getIncident(idOrSlug: string): Promise<IncidentDetail | null>;
  /**
   * What a rendered incident page depends on, in one indexed lookup: the incident's id, its
   * `updated_at`, and the newest `updated_at` of any incident (`revision`: related incidents and the
   * response benchmark read other incidents). A cached page is current while both stay the same.
   */
  incidentStamp(idOrSlug: string): Promise<IncidentStamp | null>;
  getNotice(id: string): Promise<NoticeDetail | null>;
  searchIncidents(query: string, opts?: { limit?: number; offset?: number }): Promise<Page<SearchHit>>;
  suggest(query: string, limit?: number): Promise<Suggestion[]>;
  listOrganizations(opts?: { limit?: number; offset?: number }): Promise<Page<OrganizationRef>>;
  getOrganization(idOrSlug: string): Promise<OrganizationDetail | null>;
  listServices(opts?: {
    limit?: number;
    offset?: number;
  }): Promise<Page<ServiceRef & { organization: OrganizationRef | null }>>;
  getService(idOrSlug: string): Promise<ServiceDetail | null>;
  stats(): Promise<Stats>;
}

/** A notice as ingestion hands it to the store. */
export interface NoticeInput {
  text: string;
  url?: string | null;
  title?: string | null;
  /** How the text was obtained: 'file', 'url', 'feed', 'stdin'. */
  via: string;
  fetchedAt?: string;
  lang?: Lang;
  published?: IsoDate;
}

export type IngestOutcome =
  | { status: 'new'; noticeId: string; incidentId: string }
  | { status: 'updated'; noticeId: string; incidentId: string; changed: (keyof IncidentFacts)[] }
  | { status: 'unchanged'; noticeId: string; incidentId: string | null };
