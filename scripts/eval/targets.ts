/**
 * What `npm run eval -- --check` enforces.
 *
 * - Targets (issue 2) apply to batch 1, the development set the rules were written on. Where a
 *   target is not met, its `floor` is enforced instead (a regression guard).
 * - Batch 2 and the whole corpus have floors only: the figures measured when the floor was last set,
 *   minus a small margin (FLOOR_MARGIN). They guard against regressions; they are not goals — the
 *   goals of issue 12 are judged on a hidden set and printed beside them for reference.
 * - HIBP's catalogue: DataClasses F1 and PwnCount (see scripts/eval/hibp.ts).
 */
export interface Target {
  key: string;
  label: string;
  /** A goal that --check enforces; null for a floor-only regression guard. */
  target: number | null;
  /** Enforced instead of `target` while the target is not met (or alone when target is null). */
  floor: number | null;
  /** Shown for reference, never enforced (issue 12's goals on the hidden set). */
  goal?: number;
}

/** Margin below the measured figure at which the batch-2 and whole-corpus floors were set. */
export const FLOOR_MARGIN = 0.02;

const BATCH1: Target[] = [
  { key: 'batch1.data_classes.f1', label: 'data_classes F1', target: 0.85, floor: null },
  { key: 'batch1.affected.count.accuracy', label: 'affected.count exact', target: 0.9, floor: null },
  { key: 'batch1.published.accuracy', label: 'published exact', target: 0.85, floor: null },
  { key: 'batch1.incident_start.accuracy', label: 'incident_start exact', target: 0.85, floor: null },
  { key: 'batch1.incident_end.accuracy', label: 'incident_end exact', target: 0.85, floor: null },
  { key: 'batch1.detected.accuracy', label: 'detected exact', target: 0.85, floor: null },
  { key: 'batch1.causes.f1', label: 'causes F1', target: 0.8, floor: null },
  { key: 'batch1.measures.f1', label: 'measures F1', target: 0.75, floor: null },
  { key: 'batch1.report_stage.accuracy', label: 'report_stage exact', target: 0.85, floor: null },
  { key: 'batch1.leak_status.accuracy', label: 'leak_status exact', target: 0.85, floor: null },
];

/** Issue 12's goals (judged on a hidden set), shown beside the floors. */
const GOALS: Record<string, number> = {
  'organization.accuracy': 0.85,
  'report_stage.accuracy': 0.8,
  'published.accuracy': 0.8,
  'incident_start.accuracy': 0.8,
  'incident_end.accuracy': 0.8,
  'detected.accuracy': 0.8,
  'affected.count.accuracy': 0.9,
  'leak_status.accuracy': 0.8,
  'data_classes.f1': 0.88,
  'causes.f1': 0.85,
  'measures.f1': 0.8,
};

/**
 * Floors: measured figure − FLOOR_MARGIN, written down when last set (2026-12-05, after issue 12's
 * second day: structure, dates, counts, measures; the labelled excerpt sets A (dev) and B (held out)
 * guard too — B's floor only keeps a regression from landing unseen, it is never tuned against; see docs/extraction.md, "What --check checks"). Raise
 * them when a change raises the figure; never lower one to make a change pass without saying why in
 * the commit.
 */
const FLOORS: Record<
  | 'batch2'
  | 'corpus'
  | 'excerptsA'
  | 'excerptsB'
  | 'excerptsC'
  | 'excerptsD'
  | 'excerptsE'
  | 'excerptsF'
  | 'excerptsG'
  | 'excerptsH'
  | 'excerptsI'
  | 'excerptsJ'
  | 'excerptsK'
  | 'excerptsL'
  | 'excerptsM'
  | 'excerptsN',
  Record<string, number>
> = {
  batch2: {
    'organization.accuracy': 0.98,
    'report_stage.accuracy': 0.889,
    'published.accuracy': 0.953,
    'incident_start.accuracy': 0.951,
    'incident_end.accuracy': 0.88,
    'detected.accuracy': 0.952,
    'affected.count.accuracy': 0.98,
    'leak_status.accuracy': 0.965,
    'data_classes.f1': 0.953,
    'causes.f1': 0.908,
    'measures.f1': 0.936,
  },
  corpus: {
    'organization.accuracy': 0.951,
    'report_stage.accuracy': 0.906,
    'published.accuracy': 0.957,
    'incident_start.accuracy': 0.963,
    'incident_end.accuracy': 0.924,
    'detected.accuracy': 0.965,
    'affected.count.accuracy': 0.98,
    'leak_status.accuracy': 0.963,
    'data_classes.f1': 0.962,
    'causes.f1': 0.938,
    'measures.f1': 0.945,
  },
  excerptsA: {
    'organization.accuracy': 0.98,
    'report_stage.accuracy': 0.98,
    'published.accuracy': 0.9,
    'incident_start.accuracy': 0.828,
    'incident_end.accuracy': 0.897,
    'detected.accuracy': 0.952,
    'affected.count.accuracy': 0.98,
    'leak_status.accuracy': 0.937,
    'data_classes.f1': 0.94,
    'causes.f1': 0.888,
    'measures.f1': 0.947,
  },
  // Held out: a regression guard only, never tuned against.
  excerptsB: {
    // 0.809 → 0.785: an office-rule commit (c0d37db) cost one B notice and gained 2 on C and 1 on G.
    'organization.accuracy': 0.98,
    'report_stage.accuracy': 0.98,
    'published.accuracy': 0.897,
    'incident_start.accuracy': 0.98,
    'incident_end.accuracy': 0.903,
    'detected.accuracy': 0.98,
    'affected.count.accuracy': 0.98,
    'leak_status.accuracy': 0.88,
    'data_classes.f1': 0.939,
    'causes.f1': 0.921,
    'measures.f1': 0.91,
  },
  excerptsC: {
    'organization.accuracy': 0.767,
    'report_stage.accuracy': 0.313,
    'published.accuracy': 0.915,
    'incident_start.accuracy': 0.772,
    'incident_end.accuracy': 0.71,
    'detected.accuracy': 0.68,
    'affected.count.accuracy': 0.861,
    'leak_status.accuracy': 0.91,
    'data_classes.f1': 0.878,
    'causes.f1': 0.833,
    'measures.f1': 0.837,
  },
  excerptsD: {
    'organization.accuracy': 0.933,
    'published.accuracy': 0.951,
    'incident_start.accuracy': 0.855,
    'incident_end.accuracy': 0.927,
    'detected.accuracy': 0.938,
    'affected.count.accuracy': 0.98,
    'leak_status.accuracy': 0.953,
    'data_classes.f1': 0.952,
    'causes.f1': 0.897,
    'measures.f1': 0.924,
  },
  excerptsE: {
    'organization.accuracy': 0.932,
    'incident_start.accuracy': 0.98,
    'incident_end.accuracy': 0.88,
    'detected.accuracy': 0.98,
    'leak_status.accuracy': 0.98,
    'data_classes.f1': 0.937,
    'causes.f1': 0.933,
    'measures.f1': 0.98,
  },
  excerptsF: {
    'organization.accuracy': 0.909,
    'incident_start.accuracy': 0.938,
    'incident_end.accuracy': 0.913,
    'detected.accuracy': 0.98,
    'leak_status.accuracy': 0.98,
    'data_classes.f1': 0.936,
    'causes.f1': 0.889,
    'measures.f1': 0.955,
  },
  // Sets G (JA, held out), H (EN, development) and I (EN, held out), labelled 2026-12-05 session 5
  // without running the extractor; floors from the figures after that session's merges − 0.02.
  excerptsG: {
    'organization.accuracy': 0.664,
    'published.accuracy': 0.892,
    'incident_start.accuracy': 0.758,
    'incident_end.accuracy': 0.647,
    'detected.accuracy': 0.707,
    'affected.count.accuracy': 0.721,
    'leak_status.accuracy': 0.837,
    'data_classes.f1': 0.836,
    'causes.f1': 0.862,
    'measures.f1': 0.755,
  },
  excerptsH: {
    'organization.accuracy': 0.98,
    'incident_start.accuracy': 0.98,
    'incident_end.accuracy': 0.98,
    'detected.accuracy': 0.98,
    'leak_status.accuracy': 0.98,
    'data_classes.f1': 0.933,
    'causes.f1': 0.917,
    'measures.f1': 0.923,
  },
  excerptsI: {
    'organization.accuracy': 0.48,
    'incident_start.accuracy': 0.721,
    'incident_end.accuracy': 0.798,
    'detected.accuracy': 0.804,
    'leak_status.accuracy': 0.734,
    'data_classes.f1': 0.828,
    'causes.f1': 0.783,
    'measures.f1': 0.691,
  },
  // Held out (labelled session 6): a regression guard only, never tuned against.
  excerptsJ: {
    'organization.accuracy': 0.774,
    // Lowered in session 14 (0.859 → 0.828): h/endates6's English date forms (5fa30fb) turn one J start
    // from right to wrong (J 29 → 28 right; found by totals only, J unread); kept because on the unread
    // halves of the day's fresh sets they gained (E5 half 2 detected +1, incident_end +1; E6 half 2 one
    // spurious start and one spurious end fewer; K detected precision up) (docs/extraction.md, session 14).
    'incident_start.accuracy': 0.828,
    // Lowered in session 8 (0.906 → 0.869): the English "found that/evidence/suspicious …" discovery cue
    // moves one J date from incident_end to detected (J detected 0.897 → 0.931 with it); kept because 60
    // self-labelled abstracts gained detected 0.774 → 0.871 with it (docs/extraction.md, session 8).
    'incident_end.accuracy': 0.869,
    'detected.accuracy': 0.946,
    'leak_status.accuracy': 0.72,
    'data_classes.f1': 0.871,
    'causes.f1': 0.793,
    'measures.f1': 0.871,
  },
  // Held out (labelled session 7): a regression guard only, never tuned against.
  excerptsK: {
    'organization.accuracy': 0.694,
    'incident_start.accuracy': 0.826,
    'incident_end.accuracy': 0.855,
    'detected.accuracy': 0.819,
    'leak_status.accuracy': 0.739,
    'data_classes.f1': 0.911,
    'causes.f1': 0.767,
    'measures.f1': 0.749,
  },
  // Held out (labelled session 8): a regression guard only, never tuned against.
  excerptsL: {
    'organization.accuracy': 0.76,
    'incident_start.accuracy': 0.758,
    'incident_end.accuracy': 0.758,
    'detected.accuracy': 0.875,
    'leak_status.accuracy': 0.744,
    'data_classes.f1': 0.788,
    'causes.f1': 0.709,
    'measures.f1': 0.812,
  },
  excerptsM: {
    'organization.accuracy': 0.826,
    'incident_start.accuracy': 0.786,
    'incident_end.accuracy': 0.837,
    'detected.accuracy': 0.907,
    'leak_status.accuracy': 0.85,
    'data_classes.f1': 0.884,
    'causes.f1': 0.798,
    'measures.f1': 0.846,
  },
  excerptsN: {
    'organization.accuracy': 0.899,
    'incident_start.accuracy': 0.98,
    'incident_end.accuracy': 0.921,
    'detected.accuracy': 0.949,
    'leak_status.accuracy': 0.944,
    'data_classes.f1': 0.945,
    'causes.f1': 0.917,
    'measures.f1': 0.911,
  },
};

const GUARDS: Target[] = (
  [
    'batch2',
    'corpus',
    'excerptsA',
    'excerptsB',
    'excerptsC',
    'excerptsD',
    'excerptsE',
    'excerptsF',
    'excerptsG',
    'excerptsH',
    'excerptsI',
    'excerptsJ',
    'excerptsK',
    'excerptsL',
    'excerptsM',
    'excerptsN',
  ] as const
).flatMap((set) =>
  Object.entries(FLOORS[set]).map(([field, floor]) => ({
    key: `${set}.${field}`,
    label: `${set} ${field.replace(/\.(accuracy|f1)$/, (_, m: string) => (m === 'f1' ? ' F1' : ''))}`,
    target: null,
    floor,
    goal: GOALS[field],
  })),
);

export const TARGETS: Target[] = [
  ...BATCH1.map((t) => ({ ...t, label: `batch1 ${t.label}` })),
  ...GUARDS,
  { key: 'hibp.data_classes.f1', label: 'HIBP DataClasses F1', target: 0.8, floor: null },
  // Issue 12: the headline count (`affected`, what users see) within 10 % of PwnCount. With a stated
  // e-mail count preferred (HIBP's convention) the figure is higher; it is printed, not checked.
  { key: 'hibp.pwncount.within10', label: 'HIBP PwnCount ±10 % (headline)', target: 0.8, floor: null },
  // Unreachable as stated: only 3 of 875 descriptions state the exact PwnCount ("almost 15 million"
  // for 14,936,670), so the exact ceiling is 0.003. The floor guards that ceiling; the figures that
  // measure the extractor are ±10 % above and agreement at the stated precision below.
  { key: 'hibp.pwncount.exact', label: 'HIBP PwnCount exact', target: 0.8, floor: 0.003 },
  { key: 'hibp.pwncount.at_stated_precision', label: 'HIBP PwnCount ~stated', target: 0.85, floor: null },
  // Held-out English text for causes (recall only): a regression guard.
  { key: 'ca_ag.causes.recall', label: 'CA AG cause recall', target: null, floor: 0.666 },
  // Successive reports (issue 12): pairwise F1 over corpus/merge-groups.json, and no wrong joins.
  { key: 'merge.f1', label: 'merge pairwise F1', target: 0.9, floor: null },
  { key: 'merge.precision', label: 'merge precision', target: 1, floor: null },
  // The same on excerpts outside the corpus and the held-out sets (data/eval/excerpt-merge-groups.json):
  // no wrong joins. Its F1 is printed once groups are labelled there (none in that part today).
  { key: 'merge_excerpts.precision', label: 'merge (excerpts) precision', target: 1, floor: null },
  // Real English letters of organisations listed more than once (data/eval/ca-ag-merge-groups.json):
  // no wrong joins; recall is what this check measures, a floor guards it.
  { key: 'merge_ca_ag.precision', label: 'merge (CA AG letters) precision', target: 1, floor: null },
  { key: 'merge_ca_ag.f1', label: 'merge (CA AG letters) F1', target: 0.9, floor: 0.707 },
];
