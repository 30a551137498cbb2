import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The ingest benchmark's realistic set: the real notices of ../shared (corpus documents, seeds and
 * the texts of the JP excerpt dataset), written one file each into a folder, plus variants of them
 * until `n` files: variant k of a notice is the notice with a line saying it was posted again (k),
 * so each is a distinct text that, like a re-post or a later report, continues the original's
 * incident. Nothing of the texts is copied into the repository: they are read from ../shared.
 */
export const SHARED = resolve(process.env.LEAKWATCH_SHARED_DIR ?? '../shared');

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (/\.(txt|md|html?)$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** The real notice texts under ../shared, in a fixed order (empty when ../shared is missing). */
export async function realNoticeTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const f of [
    ...(await filesUnder(join(SHARED, 'corpus', 'docs'))),
    ...(await filesUnder(join(SHARED, 'seeds'))),
  ])
    texts.push(await readFile(f, 'utf8'));
  try {
    const lines = (await readFile(join(SHARED, 'datasets', 'jp_notice_excerpts.jsonl'), 'utf8')).split('\n');
    for (const line of lines) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: string; url?: string };
      if (row.text) texts.push(row.url ? `${row.url}\n\n${row.text}` : row.text);
    }
  } catch {
    // no dataset: the corpus documents alone
  }
  return texts.filter((t) => t.trim().length > 0);
}

/**
 * Writes `n` notice files into `dir` (the real texts first, then their variants); returns how many
 * real texts there were.
 */
export async function writeRealisticSet(dir: string, n: number): Promise<{ real: number; files: number }> {
  const texts = await realNoticeTexts();
  if (texts.length === 0) throw new Error(`no notices under ${SHARED} (set LEAKWATCH_SHARED_DIR)`);
  for (let i = 0; i < n; i++) {
    const base = texts[i % texts.length]!;
    const k = Math.floor(i / texts.length);
    const text = k === 0 ? base : `${base}\n\n(再掲 ${k})\n`;
    await writeFile(join(dir, `${String(i).padStart(7, '0')}.txt`), text);
  }
  return { real: texts.length, files: n };
}
