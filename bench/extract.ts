/**
 * Extraction speed on one core, CPU time of the process (extract() is synchronous; the process's CPU
 * includes V8's compiling and GC threads). Real notices are each seen once, so the first figures
 * are first-sight ones: every text extracted once.
 *
 * The texts: every distinct text of the shared corpus, seeds, JP notice excerpts and CA AG abstracts
 * (about 2,400), split alternately into a warm-up half W and a measured half D.
 * - `extract_first_sight_notices_per_s`: D, each text once, in a process warmed up on W (two passes):
 *   a long-running process meeting new notices.
 * - `extract_first_sight_cold_notices_per_s`: D, each text once, in a fresh process (a child): what a
 *   short `leakwatch ingest` pays, V8's warm-up (native regexp compiling, JIT) included.
 * - `extract_repeated_notices_per_s`: D again, three more passes: the same texts repeated (the gap to
 *   the first-sight figure is what a text being seen before saves).
 * - `extract_repeated_bench_texts_notices_per_s`: the 127 corpus and seed notices repeated until at
 *   least 10,000 documents (this bench's figure before session 17, kept for comparison; its texts
 *   are longer than D's on average).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../scripts/eval/paths.js';
import { extract } from '../src/extract/index.js';
import { V8_FLAGS } from '../src/v8-flags.js';

function benchTexts(shared: string): string[] {
  const dirs = [
    join(shared, 'seeds'),
    join(shared, 'corpus', 'docs', 'ja'),
    join(shared, 'corpus', 'docs', 'en'),
  ];
  const texts: string[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(d).sort())
      if (f.endsWith('.txt')) texts.push(readFileSync(join(d, f), 'utf8'));
  }
  return texts;
}

function jsonlField(path: string, read: (row: Record<string, unknown>) => string | null): string[] {
  let body: string;
  try {
    body = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const line of body.split('\n')) {
    if (line.trim() === '') continue;
    const t = read(JSON.parse(line) as Record<string, unknown>);
    if (t) out.push(t);
  }
  return out;
}

/** The first-sight halves: every distinct text, alternately into W (warm-up) and D (measured). */
export function firstSightSets(shared = sharedDir()): { w: string[]; d: string[] } {
  const all = [
    ...benchTexts(shared),
    ...jsonlField(join(shared, 'datasets', 'jp_notice_excerpts.jsonl'), (r) =>
      typeof r.text === 'string' ? (typeof r.url === 'string' ? `${r.url}\n\n${r.text}` : r.text) : null,
    ),
    ...jsonlField(join(shared, 'datasets', 'ca_ag_notice_abstracts.jsonl'), (r) =>
      typeof r.abstract === 'string' ? r.abstract : null,
    ),
  ];
  const distinct = [...new Set(all)].filter((t) => t.trim() !== '');
  return { w: distinct.filter((_, i) => i % 2 === 0), d: distinct.filter((_, i) => i % 2 === 1) };
}

/** CPU seconds of the process for one pass of extract() over `texts`. */
function cpuPass(texts: string[]): number {
  const cpu0 = process.cpuUsage();
  for (const t of texts) extract(t);
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1e6;
}

/** In a fresh process: D, each text once, from cold (prints the CPU seconds as JSON). */
function coldChild(): void {
  const { d } = firstSightSets();
  process.stdout.write(`${JSON.stringify({ docs: d.length, cpu: cpuPass(d) })}\n`);
}

function coldFigure(): number | null {
  const r = spawnSync(
    process.execPath,
    [...V8_FLAGS, '--import', 'tsx', fileURLToPath(import.meta.url), '--cold'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const line = r.stdout?.trim().split('\n').pop();
  if (r.status !== 0 || !line) return null;
  const { docs, cpu } = JSON.parse(line) as { docs: number; cpu: number };
  return Math.round(docs / cpu);
}

export async function run(): Promise<Record<string, number>> {
  const shared = sharedDir();
  const texts = benchTexts(shared);
  const { w, d } = firstSightSets(shared);
  if (texts.length === 0 || d.length === 0)
    throw new Error('no notices found under shared/seeds, shared/corpus/docs and shared/datasets');
  const cold = coldFigure();

  // First sight in a warm process, then the same texts repeated.
  for (let i = 0; i < 2; i++) cpuPass(w);
  const firstSight = d.length / cpuPass(d);
  let repCpu = 0;
  for (let i = 0; i < 3; i++) repCpu += cpuPass(d);
  const repeated = (3 * d.length) / repCpu;

  // The bench texts repeated (the earlier figure).
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
  // On a shared, loaded machine the wall-clock rate understates the CPU one (both are reported).
  return {
    extract_first_sight_notices_per_s: Math.round(firstSight),
    ...(cold !== null ? { extract_first_sight_cold_notices_per_s: cold } : {}),
    extract_first_sight_documents: d.length,
    extract_repeated_notices_per_s: Math.round(repeated),
    extract_repeated_bench_texts_notices_per_s: Math.round(docs / cpuSecs),
    extract_repeated_bench_texts_notices_per_s_wall: Math.round(docs / secs),
    extract_repeated_bench_texts_chars_per_s: Math.round(chars / cpuSecs),
    extract_repeated_bench_texts_documents: docs,
    extract_seconds: Number(secs.toFixed(2)),
    extract_peak_rss_mb: Number((Math.max(peak, maxRssKb * 1024) / 1024 / 1024).toFixed(1)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--cold')) coldChild();
