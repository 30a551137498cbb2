import type { Cause, DataClass, IsoDate, Lang, Measure } from '../extract/types.js';
import type { Placement } from '../peers/placement.js';

/** A text in both UI languages. */
export interface Bilingual {
  ja: string;
  en: string;
}

/** The legal regimes a draft notice is checked against (one per region; see regimes/index.ts). */
export type Regime =
  | 'appi'
  | 'gdpr'
  | 'california'
  | 'new_york'
  | 'texas'
  | 'washington'
  | 'india_dpdp'
  | 'korea_pipa'
  | 'australia_ndb';

/** Where the affected people live: the user's choice of regimes (`--regions jp,eu,ca,…`). */
export type Region = 'jp' | 'eu' | 'ca' | 'ny' | 'tx' | 'wa' | 'in' | 'kr' | 'au';

/**
 * Which version of a regime's rules judged the draft: the one in force on the detection date (or
 * today when it is unknown). `not_yet_in_force`: the regime starts later (India's Rule 7);
 * `earlier_rules_not_modelled`: the date predates the oldest version we hold.
 */
export type RulesStatus = 'in_force' | 'not_yet_in_force' | 'earlier_rules_not_modelled';

/** One required content item of one regime, as found (or not) in the draft. */
export interface ItemResult {
  /** Stable key, e.g. "appi.cause", "gdpr.contact", "ca.heading_what_happened". */
  id: string;
  label: Bilingual;
  /** Where the item comes from in the law ("規則第8条1項4号", "Art. 33(3)(b)", "§1798.82(d)(2)(B)"). */
  article: string;
  /** False for conditional items that do not apply to this draft (e.g. credit-bureau numbers without SSNs). */
  required: boolean;
  present: boolean;
  /** The sentence or line of the draft where the item was found; null when missing. */
  quote: string | null;
  /** 'facts' when the extractor's facts showed it, 'rule' when a heading/keyword rule did. */
  found_by: 'facts' | 'rule' | null;
  /** What to write when missing (or how to improve it). */
  hint: Bilingual;
}

export interface RegimeResult {
  regime: Regime;
  region: Region;
  title: Bilingual;
  /** The legal source of the version applied ("Cal. Civ. Code §1798.82 as amended by SB 446"). */
  source: string;
  /** The day that version took effect; null for the oldest version held when its start is not modelled. */
  effective_from: IsoDate | null;
  /** The date the version was chosen by: the detection date, or today when it is unknown. */
  judged_on: IsoDate;
  rules_status: RulesStatus;
  /** A caveat about this regime's rules (e.g. facts we could not confirm), or null. */
  note: Bilingual | null;
  /** Items owed in the report to the authority (APPI 規則第8条, GDPR Art. 33(3), California §1798.82(d)). */
  items: ItemResult[];
  /** The ids of `items` owed to the individuals themselves (APPI 規則第10条, GDPR Art. 34(2)). */
  individual_item_ids: string[];
  /** Required items present / required items. */
  present: number;
  required: number;
}

/** Why a case must be reported to the PPC under 個人情報保護法施行規則 第7条, as far as the text tells. */
export interface AppiTrigger {
  id: 'sensitive' | 'financial' | 'malicious' | 'over_1000';
  /** 規則第7条第N号. */
  article: string;
  label: Bilingual;
  met: boolean;
  quote: string | null;
}

export interface AppiReportability {
  /** True when at least one trigger is met: report to the PPC and notify the individuals. */
  mandatory: boolean;
  triggers: AppiTrigger[];
}

export type DeadlineStanding = 'open' | 'due_today' | 'overdue';

/** Whether a deadline is owed: its condition (a head-count threshold, an entity type) met, not met or unknown. */
export type DeadlineApplies = 'yes' | 'no' | 'unknown';

export interface Deadline {
  /** Stable key, e.g. "appi_final", "texas_attorney_general", "korea_regulator". */
  id: string;
  regime: Regime;
  label: Bilingual;
  basis: Bilingual;
  /** The last day, `YYYY-MM-DD`; for the APPI preliminary report the outer end of 概ね3〜5日. */
  due: IsoDate;
  /** For the APPI preliminary report: the start of the 3–5 day window. */
  window_start: IsoDate | null;
  /** Days from today to `due` (negative when overdue). */
  days_left: number;
  standing: DeadlineStanding;
  /** 'yes' when unconditional or its condition is met; 'no' below a threshold; 'unknown' when the draft does not tell. */
  applies: DeadlineApplies;
  /** The condition ("at least 250 Texas residents: the draft says 2,480 people in all"), or null. */
  condition: Bilingual | null;
}

export interface MeasureSuggestion {
  measure: Measure;
  label: Bilingual;
  /** Comparable incidents (same cause) that announced this measure, and how many were compared. */
  incidents: number;
  of: number;
  share: number;
  examples: { id: string; slug: string; title: string }[];
}

/**
 * The draft's APPI item count beside those of the real notices in the store (same language, same
 * rules): "your draft covers 7 of 9 items; real notices: median 5 (p25 4, p75 6), n = 61".
 */
export interface AppiPeers {
  /** Items the draft covers, of `of`. */
  draft: number;
  of: number;
  /** Stored notices compared, and their item counts' median and quartiles. */
  n: number;
  median: number;
  p25: number;
  p75: number;
  /** Share of those notices covering fewer items than the draft, and exactly as many. */
  fewer: number;
  same: number;
}

/**
 * The draft's detection → notice days placed among the stored incidents: "disclosed faster than 64 %
 * of incidents caused by ransomware (n = 286)".
 */
export interface DraftTiming {
  detected: IsoDate;
  notice: IsoDate;
  /** 'draft': the notice date the draft gives; 'today': it gives none, so as if published today. */
  notice_from: 'draft' | 'today';
  placement: Placement;
}

export interface NoticeCheckResult {
  lang: Lang;
  /** True when the extractor's facts were used; false when only the checker's own rules ran. */
  extractor: boolean;
  /** The detection date the deadlines count from (given, or read from the draft), if any. */
  detected: IsoDate | null;
  detected_from: 'input' | 'text' | null;
  today: IsoDate;
  /** What the extractor read from the draft, in short. */
  facts: {
    causes: Cause[];
    data_classes: DataClass[];
    measures: Measure[];
    affected: number | null;
    /** The notice's own date, when the draft gives one. */
    published: IsoDate | null;
  };
  /** The regions checked (given, or the default: jp for a Japanese draft, else all). */
  regions: Region[];
  regimes: RegimeResult[];
  appi_reportability: AppiReportability;
  deadlines: Deadline[];
  suggestions: MeasureSuggestion[];
  /** Null without a database, without a Japan check, or with no stored notice in the draft's language. */
  appi_peers: AppiPeers | null;
  /** Null without a database, without a detection date, or with too few incidents to compare. */
  response_timing: DraftTiming | null;
}
