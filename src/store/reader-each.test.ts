import { expect, it } from 'vitest';
import { importRecords } from './import.js';
import { createReader } from './reader.js';
import { describeEachDialect } from './testing.js';

describeEachDialect('reader.eachIncident', (getDb) => {
  it('yields every incident once, in id order, a batch at a time', async () => {
    const db = getDb();
    await importRecords(
      db,
      Array.from({ length: 7 }, (_, i) => ({
        key: `test:each-${i}`,
        source: 'test',
        title: `Fictional shop ${i} breach`,
        organization: { name: `Fictional Shop ${i}` },
        published: `2020-01-0${i + 1}`,
      })),
    );
    const reader = createReader(db);
    const sizes: number[] = [];
    const ids: string[] = [];
    for await (const batch of reader.eachIncident(3)) {
      sizes.push(batch.length);
      ids.push(...batch.map((s) => s.id));
    }
    const total = (await reader.listIncidents({ limit: 1 })).total;
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(sizes.every((n) => n <= 3)).toBe(true);
  });
});
