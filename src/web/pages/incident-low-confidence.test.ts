import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { defaultEngine, type IngestEngine } from '../../extract/engine.js';
import { ingestNotice } from '../../ingest/pipeline.js';
import type { Db } from '../../store/db.js';
import { openDatabase } from '../../store/db.js';
import { createReader } from '../../store/reader.js';

// A fictional notice; its leak status is given a weak confidence, as the statistical reader's are.
const NOTICE = `Notice of Data Security Incident
Bluefinch Garden Supply
On June 3, 2025, Bluefinch Garden Supply learned that an outside party had entered its order system.
Names and email addresses of some customers were in the system.`;

const weak: IngestEngine = {
  normalize: defaultEngine.normalize,
  extract(text, opts) {
    const facts = defaultEngine.extract(text, opts);
    const quote = 'an outside party had entered its order system';
    const start = text.indexOf(quote);
    return {
      ...facts,
      leak_status: {
        value: 'possible',
        evidence: { quote, start, end: start + quote.length },
        confidence: 0.45,
      },
    };
  },
};

let db: Db;
let app: ReturnType<typeof createApp>;
let incidentId: string;

beforeAll(async () => {
  db = await openDatabase({ sqliteFile: ':memory:' });
  const out = await ingestNotice(db, { text: NOTICE, via: 'file' }, { engine: weak });
  if (!out.incidentId) throw new Error('fixture: ingest failed');
  incidentId = out.incidentId;
  app = createApp({ config: loadConfig({}), db, reader: createReader(db) });
});
afterAll(async () => {
  await db?.close();
});

describe('incident page: a weak leak status says so', () => {
  it('marks a low-confidence status in both languages, with its quote', async () => {
    const en = await (
      await app.request(`/incidents/${incidentId}?lang=en`, { headers: { accept: 'text/html' } })
    ).text();
    expect(en).toContain('low confidence: check the quoted passage');
    expect(en).toContain('an outside party had entered its order system');
    const ja = await (
      await app.request(`/incidents/${incidentId}?lang=ja`, { headers: { accept: 'text/html' } })
    ).text();
    expect(ja).toContain('確度は低め');
  });
});
