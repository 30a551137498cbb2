/**
 * Test helpers for the report-sequence tests: fictional reports ingested one at a time, in the order
 * they were published, into a fresh in-memory store through the real extractor and pipeline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetReports } from '../store/continuation-candidates.js';
import { type Db, openDatabase } from '../store/db.js';
import { ingestNotices } from './pipeline.js';

/** One fictional report: its text and, when it was read from one, its address. */
export type SequenceReport = { text: string; url?: string };

/** The incident each report ended in, in order; a report that fails to ingest fails the test. */
export async function ingestInOrder(db: Db, reports: readonly SequenceReport[]): Promise<(string | null)[]> {
  const ids: (string | null)[] = [];
  for (const r of reports) {
    const [out] = await ingestNotices(db, [{ text: r.text, via: 'file', ...(r.url ? { url: r.url } : {}) }]);
    if (!out || out.status === 'failed') throw out?.error ?? new Error('no outcome');
    ids.push(out.incidentId);
  }
  return ids;
}

/** A fresh in-memory store for each test of the enclosing describe (the reports cache forgotten). */
export function freshStore(): () => Db {
  let db: Db | undefined;
  beforeEach(async () => {
    forgetReports();
    db = await openDatabase({ sqliteFile: ':memory:' });
  });
  afterEach(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error('freshStore: no store outside a test');
    return db;
  };
}

/**
 * A describe block: each sequence of `oneIncident` must end in one incident, and each of `apart` in
 * as many incidents as it has reports; `more` adds tests that use the same fresh store.
 */
export function sequenceSuite(
  title: string,
  sets: { oneIncident: Record<string, SequenceReport[]>; apart: Record<string, SequenceReport[]> },
  more?: (db: () => Db) => void,
): void {
  describe(title, () => {
    const db = freshStore();
    for (const [name, reports] of Object.entries(sets.oneIncident)) {
      it(`one incident: ${name}`, async () => {
        const ids = await ingestInOrder(db(), reports);
        expect(new Set(ids).size).toBe(1);
      });
    }
    for (const [name, reports] of Object.entries(sets.apart)) {
      it(`apart: ${name}`, async () => {
        const ids = await ingestInOrder(db(), reports);
        expect(new Set(ids).size).toBe(reports.length);
      });
    }
    more?.(db);
  });
}

/** A page of a sequence: its address and its text (read as a file that begins with the address). */
export type SequencePage = { url: string; text: string };

/**
 * A describe block over pages: each sequence of `oneIncident` must end in one incident; in each of
 * `apart`, the last page starts an incident of its own (the ones before it may be one sequence).
 */
export function pageSequenceSuite(
  title: string,
  sets: { oneIncident: Record<string, SequencePage[]>; apart: Record<string, SequencePage[]> },
): void {
  const asFiles = (pages: SequencePage[]) => pages.map((p) => ({ text: `${p.url}\n${p.text}` }));
  describe(title, () => {
    const db = freshStore();
    for (const [name, pages] of Object.entries(sets.oneIncident)) {
      it(`one incident: ${name}`, async () => {
        const ids = await ingestInOrder(db(), asFiles(pages));
        expect(ids[0]).not.toBeNull();
        expect(new Set(ids).size).toBe(1);
      });
    }
    for (const [name, pages] of Object.entries(sets.apart)) {
      it(`apart: ${name}`, async () => {
        const ids = await ingestInOrder(db(), asFiles(pages));
        expect(ids.includes(null)).toBe(false);
        expect(ids.slice(0, -1)).not.toContain(ids.at(-1));
      });
    }
  });
}
