import type { Insertable } from 'kysely';
import { newId } from '../ids.js';
import type { HistoryEntry } from '../incidents/merge.js';
import { prepared } from './prepared.js';
import type { Database } from './schema.js';
import type { Tx } from './tx.js';

/**
 * An incident's fact history as stored: one row per set, change or correction of a fact, in the
 * merge's order (seq). Rewritten by each rebuild (incident-store.ts), appending where it can.
 */

/** The columns of a history row that say what it records (all but its id). */
export const HISTORY_COLUMNS = [
  'field',
  'from_value',
  'to_value',
  'kind',
  'notice_id',
  'from_notice_id',
  'origin',
  'by',
  'reason',
  'seq',
  'at',
] as const;

/**
 * Makes the incident's stored history equal to `rows` (in seq order). A later report mostly appends
 * to the history, so the rows already stored that agree with the new ones (from seq 0 on) are kept
 * and only the rest is replaced. `stored`: the stored rows in seq order (none for a new incident).
 */
export async function writeHistory(
  tx: Tx,
  incidentId: string,
  rows: HistoryRowInput[],
  stored: readonly StoredHistoryRow[],
): Promise<void> {
  let keep = 0;
  const same = (a: StoredHistoryRow, b: HistoryRowInput) =>
    HISTORY_COLUMNS.every((c) => (a[c] ?? null) === (b[c] ?? null));
  while (keep < stored.length && keep < rows.length && same(stored[keep]!, rows[keep]!)) keep++;
  if (keep < stored.length) await deleteHistoryFrom.run(tx, { incident_id: incidentId, seq: keep });
  // Bound parameters per statement (SQLite allows 32,766; 13 columns a row).
  for (let i = keep; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const col = <K extends HistoryColumn>(c: K) => chunk.map((r) => r[c] ?? null) as HistoryRow[K][];
    await insertHistory.run(tx, {
      // Ids only for the rows written (a rebuild mostly keeps its incident's earlier rows).
      id: chunk.map((r) => r.id ?? newId()),
      incident_id: col('incident_id'),
      field: col('field'),
      from_value: col('from_value'),
      to_value: col('to_value'),
      kind: col('kind'),
      notice_id: col('notice_id'),
      from_notice_id: col('from_notice_id'),
      origin: col('origin'),
      by: col('by'),
      reason: col('reason'),
      seq: col('seq'),
      at: col('at'),
    });
  }
}

type HistoryRow = Database['fact_history'];
type HistoryColumn = keyof HistoryRow;
const deleteHistoryFrom = prepared(
  (db, p: { incident_id: string; seq: number }) =>
    db.deleteFrom('fact_history').where('incident_id', '=', p.incident_id).where('seq', '>=', p.seq),
  { deferrable: true },
);
/** History rows, one per element of the (equally long) column lists. */
const insertHistory = prepared(
  (db, p: { [K in HistoryColumn]: HistoryRow[K][] }) =>
    db.insertInto('fact_history').values(
      p.id.map((id, i) => ({
        id,
        incident_id: p.incident_id[i]!,
        field: p.field[i]!,
        from_value: p.from_value[i]!,
        to_value: p.to_value[i]!,
        kind: p.kind[i]!,
        notice_id: p.notice_id[i]!,
        from_notice_id: p.from_notice_id[i]!,
        origin: p.origin[i]!,
        by: p.by[i]!,
        reason: p.reason[i]!,
        seq: p.seq[i]!,
        at: p.at[i]!,
      })),
    ),
  { deferrable: true },
);

/** A stored history row as a rebuild compares it (all but its id and incident). */
export type StoredHistoryRow = Pick<Database['fact_history'], (typeof HISTORY_COLUMNS)[number]>;

/** A history row to write: its id is made when it is inserted unless given. */
export type HistoryRowInput = Omit<Insertable<Database['fact_history']>, 'id'> & { id?: string };

/** One fact-history entry as its row (`seq` keeps the merge's order). */
export function historyRow(
  incidentId: string,
  h: HistoryEntry,
  seq: number,
): Insertable<Database['fact_history']> {
  return { id: newId(), ...historyRowInput(incidentId, h, seq) };
}

/** historyRow without an id (writeHistory makes the ids of the rows it inserts). */
export function historyRowInput(incidentId: string, h: HistoryEntry, seq: number): HistoryRowInput {
  return {
    incident_id: incidentId,
    field: h.field,
    from_value: h.from === null || h.from === undefined ? null : JSON.stringify(h.from),
    to_value: h.to === null || h.to === undefined ? null : JSON.stringify(h.to),
    kind: h.kind,
    notice_id: h.noticeId,
    from_notice_id: h.fromNoticeId,
    origin: h.origin,
    by: h.by,
    reason: h.reason,
    seq,
    at: h.at,
  };
}
