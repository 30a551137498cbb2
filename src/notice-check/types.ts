import type { Cause, DataClass, IsoDate, Lang, Measure } from '../extract/types.js';

/** A text in both UI languages. */
export interface Bilingual {
  ja: string;
  en: string;
}

/** The legal regimes a draft notice is checked against. */
export type Regime = 'appi' | 'gdpr' | 'california';

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
  title: Bilingual;
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

export interface Deadline {
  id: 'appi_preliminary' | 'appi_final' | 'gdpr_authority' | 'california_individuals';
  label: Bilingual;
  basis: Bilingual;
  /** The last day, `YYYY-MM-DD`; for the APPI preliminary report the outer end of 概ね3〜5日. */
  due: IsoDate;
  /** For the APPI preliminary report: the start of the 3–5 day window. */
  window_start: IsoDate | null;
  /** Days from today to `due` (negative when overdue). */
  days_left: number;
  standing: DeadlineStanding;
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
  };
  regimes: RegimeResult[];
  appi_reportability: AppiReportability;
  deadlines: Deadline[];
  suggestions: MeasureSuggestion[];
}
