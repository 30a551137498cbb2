import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWebFixture, type WebFixture } from '../web/testing.js';
import { type Db, openDatabase } from './db.js';
import { createReader } from './reader.js';

let dir: string;
let db: Db;
let fx: WebFixture;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lw-stamp-'));
  db = await openDatabase({ dataDir: dir }); // a file: the stamp is read on the read connection
  fx = await seedWebFixture(db);
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('incidentStamp', () => {
  it('finds by id or slug, and follows committed writes to this and other incidents', async () => {
    expect(db.hotRead).toBeDefined();
    const reader = createReader(db);
    const a = await reader.incidentStamp(fx.sampleIncidentId);
    expect(a?.id).toBe(fx.sampleIncidentId);
    const slug = (await reader.getIncident(fx.sampleIncidentId))!.slug;
    expect(await reader.incidentStamp(slug)).toEqual(a);
    expect(await reader.incidentStamp('no-such-incident')).toBeNull();
    const later = new Date(Date.parse(a!.revision) + 60_000).toISOString();
    await db.kysely
      .updateTable('incidents')
      .set({ updated_at: later })
      .where('id', '=', fx.widgetsIncidentId)
      .execute();
    const b = await reader.incidentStamp(fx.sampleIncidentId);
    expect(b?.updatedAt).toBe(a?.updatedAt);
    expect(b?.revision).toBe(later);
  });
});
