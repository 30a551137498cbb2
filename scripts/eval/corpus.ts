import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import { type PlainFacts, toPlain } from '../../src/extract/plain.js';
import type { NoticeFacts } from '../../src/extract/types.js';
import { docKey, type Rec } from './score.js';

export interface CorpusRun {
  gold: Map<string, Rec>;
  pred: Map<string, Rec>;
  facts: Map<string, NoticeFacts>;
  texts: Map<string, string>;
  ms: number;
}

/** Run the extractor over every labelled notice of the shared corpus (skipping not_a_notice). */
export function runCorpus(shared: string): CorpusRun {
  const gold = new Map<string, Rec>();
  const pred = new Map<string, Rec>();
  const facts = new Map<string, NoticeFacts>();
  const texts = new Map<string, string>();
  const lines = readFileSync(join(shared, 'corpus', 'gold.jsonl'), 'utf8').split('\n');
  const t0 = performance.now();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const g = JSON.parse(line) as Rec;
    if (g.not_a_notice) continue;
    const doc = String(g.doc ?? g.file ?? g.path);
    const key = docKey(doc);
    gold.set(key, g);
    const raw = readFileSync(join(shared, doc), 'utf8');
    const f = extract(raw, g.lang === 'ja' || g.lang === 'en' ? {} : {});
    const plain: PlainFacts & { doc: string } = { doc, ...toPlain(f) };
    pred.set(key, plain as unknown as Rec);
    facts.set(key, f);
    texts.set(key, raw);
  }
  return { gold, pred, facts, texts, ms: performance.now() - t0 };
}
