import { benchSet } from '../peers/benchmark.js';
import { daysBetween } from '../peers/durations.js';
import { placeDuration } from '../peers/placement.js';
import type { Db } from '../store/db.js';
import type { DraftTiming, NoticeCheckResult } from './types.js';

/**
 * Where the draft's detection → notice days fall among the stored incidents (same cause, else all;
 * placeDuration): the notice date the draft gives, else today — "published today, you would have
 * disclosed faster than 64 % of …". Null without a detection date, with a notice before it, or with
 * fewer than 20 incidents to compare.
 *
 * @example await draftTiming(db, result) // => { detected: '2025-04-01', notice: '2025-04-10', notice_from: 'draft', placement: { longer: 0.81, … } }
 */
export async function draftTiming(
  db: Db,
  r: Pick<NoticeCheckResult, 'detected' | 'today' | 'facts'>,
): Promise<DraftTiming | null> {
  if (!r.detected) return null;
  const notice = r.facts.published ?? r.today;
  const days = daysBetween(r.detected, notice);
  if (days === null || days < 0) return null;
  const { list, durations } = await benchSet(db);
  const placement = placeDuration(
    'detection_to_notice',
    days,
    { causes: r.facts.causes, sector: null },
    list,
    durations,
  );
  if (!placement) return null;
  return {
    detected: r.detected,
    notice,
    notice_from: r.facts.published ? 'draft' : 'today',
    placement,
  };
}
