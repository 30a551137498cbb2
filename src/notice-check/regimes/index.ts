import type { IsoDate, Lang } from '../../extract/types.js';
import { addDays, daysBetween } from '../../peers/durations.js';
import { type CheckContext, evaluate } from '../items.js';
import type { Bilingual, Deadline, DeadlineApplies, RegimeResult, Region } from '../types.js';
import { APPI_SPEC } from './appi.js';
import { AUSTRALIA_SPEC, INDIA_SPEC, KOREA_SPEC } from './asia-pacific.js';
import { CALIFORNIA_SPEC } from './california.js';
import { GDPR_SPEC } from './gdpr.js';
import type { DeadlineContext, DeadlineRule, RegimeSpec, RuleVersion } from './types.js';
import { NEW_YORK_SPEC, TEXAS_SPEC, WASHINGTON_SPEC } from './us-states.js';

/** Every regime, in the order results are shown; one per region. */
export const REGIME_SPECS: readonly RegimeSpec[] = [
  APPI_SPEC,
  GDPR_SPEC,
  CALIFORNIA_SPEC,
  NEW_YORK_SPEC,
  TEXAS_SPEC,
  WASHINGTON_SPEC,
  INDIA_SPEC,
  KOREA_SPEC,
  AUSTRALIA_SPEC,
];

export const REGIONS: readonly Region[] = REGIME_SPECS.map((s) => s.region);

/** The regions' names for the form's checkboxes and the CLI's help. */
export const REGION_LABELS: Record<Region, Bilingual> = {
  jp: { ja: '日本', en: 'Japan' },
  eu: { ja: 'EU', en: 'EU' },
  ca: { ja: 'カリフォルニア州', en: 'California' },
  ny: { ja: 'ニューヨーク州', en: 'New York' },
  tx: { ja: 'テキサス州', en: 'Texas' },
  wa: { ja: 'ワシントン州', en: 'Washington' },
  in: { ja: 'インド', en: 'India' },
  kr: { ja: '韓国', en: 'Korea' },
  au: { ja: 'オーストラリア', en: 'Australia' },
};

export function isRegion(v: string): v is Region {
  return (REGIONS as readonly string[]).includes(v);
}

/**
 * The regions checked when the user names none: Japan for a Japanese draft, else every region.
 *
 * @example defaultRegions('ja') // => ['jp']
 */
export function defaultRegions(lang: Lang): Region[] {
  return lang === 'ja' ? ['jp'] : [...REGIONS];
}

/**
 * The version of a regime in force on `date`: the latest whose start is on or before it. A version
 * without a start stands for "before the next one". Null when the date predates every version.
 *
 * @example versionOn(CALIFORNIA_SPEC, '2020-05-01')?.from // => null (before SB 446)
 */
export function versionOn(spec: RegimeSpec, date: IsoDate): RuleVersion | null {
  let found: RuleVersion | null = null;
  for (const v of spec.versions) if (v.from === null || v.from <= date) found = v;
  return found;
}

/**
 * Checks a draft against one regime's items, using the version in force on `judgedOn`. Before the
 * first version the first one's items are still shown (to prepare), marked as not in force.
 */
export function checkRegimeOn(spec: RegimeSpec, ctx: CheckContext, judgedOn: IsoDate): RegimeResult {
  const version = versionOn(spec, judgedOn);
  const shown = version ?? spec.versions[0]!;
  const items = shown.items.map((d) => evaluate(d, ctx));
  const req = items.filter((i) => i.required);
  return {
    regime: spec.regime,
    region: spec.region,
    title: spec.title,
    source: shown.source,
    effective_from: shown.from,
    judged_on: judgedOn,
    rules_status: version ? 'in_force' : spec.beforeFirst,
    note: shown.note ?? null,
    items,
    individual_item_ids: [...shown.individual],
    present: req.filter((i) => i.present).length,
    required: req.length,
  };
}

function standing(daysLeft: number): Deadline['standing'] {
  return daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'due_today' : 'open';
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Whether a deadline's threshold is met by what the draft tells, and the condition's words. */
function thresholdStatus(
  rule: DeadlineRule,
  c: DeadlineContext,
): { applies: DeadlineApplies; condition: Bilingual | null } {
  if (rule.entityCondition) return { applies: 'unknown', condition: rule.entityCondition };
  const t = rule.threshold;
  if (!t) return { applies: 'yes', condition: null };
  const op = t.inclusive ? { ja: '以上', en: 'at least' } : { ja: 'を超える', en: 'more than' };
  const base: Bilingual = {
    ja: `${t.who.ja}${fmt(t.count)}人${op.ja}`,
    en: `${op.en} ${fmt(t.count)} ${t.who.en}`,
  };
  const orText: Bilingual = t.orWhen
    ? { ja: `、または${t.orWhen.label.ja}`, en: `, or ${t.orWhen.label.en}` }
    : { ja: '', en: '' };
  const countMet = c.affected !== null && (t.inclusive ? c.affected >= t.count : c.affected > t.count);
  if (!countMet && t.orWhen?.test(c)) {
    return {
      applies: 'yes',
      condition: {
        ja: `${base.ja}${orText.ja} — 該当: ${t.orWhen.label.ja}`,
        en: `${base.en}${orText.en} — met: ${t.orWhen.label.en}`,
      },
    };
  }
  if (c.affected === null) {
    return {
      applies: 'unknown',
      condition: {
        ja: `${base.ja}${orText.ja} — 文面から人数が分かりません`,
        en: `${base.en}${orText.en} — the draft does not give the number`,
      },
    };
  }
  const said: Bilingual = {
    ja: `文面の人数は全体で${fmt(c.affected)}人`,
    en: `the draft says ${fmt(c.affected)} people in all`,
  };
  if (!countMet) {
    return {
      applies: 'no',
      condition: { ja: `${base.ja}${orText.ja} — ${said.ja}`, en: `${base.en}${orText.en} — ${said.en}` },
    };
  }
  return {
    applies: 'yes',
    condition: t.residentsOnly
      ? {
          ja: `${base.ja} — ${said.ja} (うち${t.who.ja}の数を確認してください)`,
          en: `${base.en} — ${said.en} (check how many are ${t.who.en})`,
        }
      : { ja: `${base.ja} — ${said.ja}`, en: `${base.en} — ${said.en}` },
  };
}

/**
 * The deadlines of the version in force on the detection date, counted from it (or from another
 * deadline's due date), with whether each applies. None when the regime was not in force.
 *
 * @example deadlinesOn(CALIFORNIA_SPEC, '2026-03-02', ctx, '2026-03-05').map((d) => d.due)
 *   // => ['2026-04-01', '2026-04-16']
 */
export function deadlinesOn(
  spec: RegimeSpec,
  detected: IsoDate,
  c: DeadlineContext,
  today: IsoDate,
): Deadline[] {
  const version = versionOn(spec, detected);
  if (!version) return [];
  const due = new Map<string, IsoDate>();
  const out: Deadline[] = [];
  for (const rule of version.deadlines) {
    const days = typeof rule.days === 'function' ? rule.days(c) : rule.days;
    const start = rule.after ? due.get(rule.after) : detected;
    if (!start) throw new Error(`deadline ${rule.id} counts from unknown ${rule.after}`);
    const d = addDays(start, days);
    due.set(rule.id, d);
    const left = daysBetween(today, d) ?? 0;
    out.push({
      id: rule.id,
      regime: spec.regime,
      label: rule.label,
      basis: typeof rule.basis === 'function' ? rule.basis(c) : rule.basis,
      due: d,
      window_start: rule.windowStartDays === undefined ? null : addDays(detected, rule.windowStartDays),
      days_left: left,
      standing: standing(left),
      ...thresholdStatus(rule, c),
    });
  }
  return out;
}
