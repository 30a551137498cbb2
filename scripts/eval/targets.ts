/**
 * The project's extraction targets (issue 2) and the floors --check enforces where a target is not
 * reached yet (a regression guard set from the figures measured when the floor was introduced).
 */
export interface Target {
  key: string;
  label: string;
  target: number;
  /** Enforced instead of `target` while the target is not met; null when the target is met. */
  floor: number | null;
}

export const TARGETS: Target[] = [
  { key: 'corpus.data_classes.f1', label: 'data_classes F1', target: 0.85, floor: null },
  { key: 'corpus.affected.count.accuracy', label: 'affected.count exact', target: 0.9, floor: null },
  { key: 'corpus.published.accuracy', label: 'published exact', target: 0.85, floor: null },
  { key: 'corpus.incident_start.accuracy', label: 'incident_start exact', target: 0.85, floor: null },
  { key: 'corpus.incident_end.accuracy', label: 'incident_end exact', target: 0.85, floor: null },
  { key: 'corpus.detected.accuracy', label: 'detected exact', target: 0.85, floor: null },
  { key: 'corpus.causes.f1', label: 'causes F1', target: 0.8, floor: null },
  { key: 'corpus.measures.f1', label: 'measures F1', target: 0.75, floor: null },
  { key: 'corpus.report_stage.accuracy', label: 'report_stage exact', target: 0.85, floor: null },
  { key: 'corpus.leak_status.accuracy', label: 'leak_status exact', target: 0.85, floor: null },
  { key: 'hibp.data_classes.f1', label: 'HIBP DataClasses F1', target: 0.8, floor: null },
  // Unreachable as stated: only 3 of 875 descriptions state the exact PwnCount ("almost 15 million"
  // for 14,936,670), so the exact ceiling is 0.003. The floor guards that ceiling; the figure that
  // measures the extractor is agreement at the stated precision, guarded below.
  { key: 'hibp.pwncount.exact', label: 'HIBP PwnCount exact', target: 0.8, floor: 0.003 },
  { key: 'hibp.pwncount.at_stated_precision', label: 'HIBP PwnCount ~stated', target: 0.85, floor: null },
  // Successive reports (issue 12): pairwise F1 over corpus/merge-groups.json, and no wrong joins.
  { key: 'merge.f1', label: 'merge pairwise F1', target: 0.9, floor: null },
  { key: 'merge.precision', label: 'merge precision', target: 1, floor: null },
];
