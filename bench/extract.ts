/**
 * Extraction speed: extract() over the shared corpus and seed notices (their texts repeated until
 * at least 10,000 documents), on one core, and the process's peak RSS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../scripts/eval/paths.js';
import { extract } from '../src/extract/index.js';

function loadTexts(): string[] {
  const shared = sharedDir();
  const dirs = [
    join(shared, 'seeds'),
    join(shared, 'corpus', 'docs', 'ja'),
    join(shared, 'corpus', 'docs', 'en'),
  ];
  const texts: string[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(d)) if (f.endsWith('.txt')) texts.push(readFileSync(join(d, f), 'utf8'));
  }
  return texts;
}

export async function run(): Promise<Record<string, number>> {
  const texts = loadTexts();
  if (texts.length === 0) throw new Error('no notices found under shared/seeds and shared/corpus/docs');
  // Warm up the JIT and the regex caches.
  for (const t of texts) extract(t);
  const target = 10_000;
  const rounds = Math.ceil(target / texts.length);
  let docs = 0;
  let chars = 0;
  let peak = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      extract(t);
      docs++;
      chars += t.length;
    }
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const maxRssKb = process.resourceUsage().maxRSS;
  // extract() is synchronous and single-threaded, so CPU seconds are seconds on one core; on a
  // shared, loaded machine the wall-clock rate understates it (both are reported).
  return {
    extract_notices_per_s: Math.round(docs / cpuSecs),
    extract_notices_per_s_wall: Math.round(docs / secs),
    extract_chars_per_s: Math.round(chars / cpuSecs),
    extract_documents: docs,
    extract_seconds: Number(secs.toFixed(2)),
    extract_peak_rss_mb: Number((Math.max(peak, maxRssKb * 1024) / 1024 / 1024).toFixed(1)),
  };
}
