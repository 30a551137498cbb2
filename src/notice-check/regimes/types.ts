import type { IsoDate } from '../../extract/types.js';
import type { ItemDef } from '../items.js';
import type { Bilingual, Regime, Region } from '../types.js';

/** What a deadline's condition may look at: read from the draft (and the extractor's facts). */
export interface DeadlineContext {
  /** People affected, as the draft tells (the largest count found); null when it does not. */
  affected: number | null;
  /** 規則第7条第3号 (APPI's improper-purpose case) as judged for the detection date. */
  malicious: boolean;
  /** Sensitive data (health, beliefs …) involved. */
  sensitive: boolean;
  /** Unique identifiers (resident registration, passport, licence numbers) involved. */
  uniqueId: boolean;
  /** Unauthorised access from outside (hacking) described. */
  hacking: boolean;
}

/** A head count the deadline depends on ("at least 250 residents of this state"). */
export interface Threshold {
  /** The count that triggers the duty. */
  count: number;
  /** True for "at least" (≥), false for "more than" (>). */
  inclusive: boolean;
  /** Whom the count is of, for the condition's text. */
  who: Bilingual;
  /** True when the count is of one state's residents: the draft's total is only an upper bound. */
  residentsOnly: boolean;
  /** Other conditions that trigger the duty whatever the count (Korea: sensitive data, hacking). */
  orWhen?: { test: (c: DeadlineContext) => boolean; label: Bilingual };
}

/**
 * One deadline of one version of a regime, counted in days from the day the organisation learned
 * of the breach (detected), or from the end of another deadline (`after`).
 */
export interface DeadlineRule {
  id: string;
  label: Bilingual;
  basis: Bilingual | ((c: DeadlineContext) => Bilingual);
  days: number | ((c: DeadlineContext) => number);
  /** The start of a window ending at `days` (APPI 速報: 概ね3〜5日). */
  windowStartDays?: number;
  /** Counted from the due date of this other deadline (California: the AG 15 days after the individuals). */
  after?: string;
  threshold?: Threshold;
  /** A condition the draft cannot tell (NYDFS: covered entities only): the deadline applies 'unknown'. */
  entityCondition?: Bilingual;
}

/** One version of a regime's rules: what it requires from the day it took effect. */
export interface RuleVersion {
  /** The day it took effect; null for the oldest version held when its start is not modelled. */
  from: IsoDate | null;
  /** The legal source of this version. */
  source: string;
  items: readonly ItemDef[];
  /** Ids of `items` owed to the individuals themselves. */
  individual: readonly string[];
  deadlines: readonly DeadlineRule[];
  /** A caveat shown with the result (facts we could not confirm, deadlines that are benchmarks). */
  note?: Bilingual;
}

/** A regime as data: its region, its title and its versions, oldest first. */
export interface RegimeSpec {
  regime: Regime;
  region: Region;
  title: Bilingual;
  /** What a date before the first version means: the regime had not started, or we hold no older rules. */
  beforeFirst: 'not_yet_in_force' | 'earlier_rules_not_modelled';
  versions: readonly RuleVersion[];
}
