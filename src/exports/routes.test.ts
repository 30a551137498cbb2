import { beforeAll, expect, it } from 'vitest';
import { apiTestApp } from '../api/testing.js';
import { sampleRecords } from '../peers/testing.js';
import { importRecords } from '../store/import.js';
import { describeEachDialect } from '../store/testing.js';

describeEachDialect('export route', (getDb) => {
  beforeAll(async () => {
    await importRecords(getDb(), sampleRecords());
  });

  it('streams CSV with a BOM and JSON/VERIS arrays', async () => {
    const { app } = apiTestApp(getDb());
    const csv = await app.request('/api/v1/export?format=csv&bom=1&cause=ransomware');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const buf = new Uint8Array(await csv.arrayBuffer());
    expect([...buf.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(buf).split('\r\n')).toHaveLength(3);
    const json = (await (await app.request('/api/v1/export')).json()) as unknown[];
    expect(json).toHaveLength(7);
    const veris = (await (await app.request('/api/v1/export?format=veris&year=2023')).json()) as {
      action: unknown;
    }[];
    expect(veris).toHaveLength(1);
    expect(veris[0]!.action).toEqual({ Malware: { variety: ['Ransomware'], vector: ['Unknown'] } });
    expect((await app.request('/api/v1/export?format=xml')).status).toBe(400);
    expect((await app.request('/api/v1/export?organization=nobody')).status).toBe(404);
  });
});
