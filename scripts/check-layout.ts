/**
 * The layout rule, checked by `npm run lint` (and so by .ci/run): every folder of src/ has a layer,
 * and a module imports only from layers below its own — never from a higher one, never from a
 * sibling feature of the same layer. Two folders that import each other are therefore impossible.
 * A feature never imports another folder's pages or routes (only the composition mounts them; the
 * kernel's error page is for everyone).
 * Also: no source file over 600 lines. docs/architecture.md explains the layers.
 *
 * Test files (*.test.ts) and test helpers (testing.ts, testing-*.ts, testing/) may import anything.
 *
 * Usage: tsx scripts/check-layout.ts [--pairs]   (--pairs: only count folder pairs that import each other)
 * @example tsx scripts/check-layout.ts  // => "layout: 31 folders, 0 violations, 0 mutual pairs, largest file src/… (N lines)"
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 600;

/**
 * Layers, lowest first. A module may import its own folder and any folder of a lower layer.
 * Folders in the same layer are independent of each other. `(base)` is the top-level modules every
 * layer may use; `(top)` the ones that compose the program.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['(base)'], // config.ts, errors.ts, ids.ts, log.ts, threads.ts
  ['text'],
  ['extract'],
  ['incidents'],
  ['net', 'datasets'],
  ['store'],
  ['http'],
  ['security'],
  ['auth'],
  ['api'],
  ['feeds', 'peers'],
  ['web', 'exports', 'notice-check', 'exposed-emails', 'watch'],
  ['ingest', 'ops'],
  ['cli', '(top)'], // app.ts, server.ts, cluster.ts
];

const BASE_FILES = new Set(['config', 'errors', 'ids', 'log', 'threads']);

function folderOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts.length > 1) return parts[0]!;
  return BASE_FILES.has(parts[0]!.replace(/\.(js|tsx?)$/, '')) ? '(base)' : '(top)';
}

function isTestFile(file: string): boolean {
  const rel = relative(SRC, file);
  return (
    /\.test\.tsx?$/.test(rel) ||
    /(^|[/\\])testing(-[\w-]+)?\.tsx?$/.test(rel) ||
    /(^|[/\\])testing[/\\]/.test(rel)
  );
}

/** A feature's pages or routes: only the composition (app.ts, features.ts, server.ts) mounts them. */
function isPageOrRoutes(target: string): boolean {
  const rel = relative(SRC, target).replace(/\.(js|tsx?)$/, '');
  return /(^|\/)(routes|pages?|[\w-]+-page)$/.test(rel) || /(^|\/)pages\//.test(rel);
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** Relative imports of a file (static, dynamic and re-exports), resolved to paths under src/. */
function importsOf(file: string): { spec: string; target: string }[] {
  const text = readFileSync(file, 'utf8');
  const out: { spec: string; target: string }[] = [];
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), m[1]!);
    if (target.startsWith(SRC + sep)) out.push({ spec: m[1]!, target });
  }
  return out;
}

export interface LayoutReport {
  violations: string[];
  pairs: [string, string][];
  tooLong: { file: string; lines: number }[];
  largest: { file: string; lines: number };
  folders: number;
}

export function checkLayout(): LayoutReport {
  const rank = new Map<string, number>();
  LAYERS.forEach((layer, i) => {
    for (const f of layer) rank.set(f, i);
  });
  const violations: string[] = [];
  const edges = new Set<string>();
  const tooLong: { file: string; lines: number }[] = [];
  let largest = { file: '', lines: 0 };
  const folders = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    folders.add(from);
    const rel = relative(ROOT, file);
    if (!rank.has(from))
      violations.push(`${rel}: folder src/${from} has no layer in scripts/check-layout.ts`);
    if (isTestFile(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n').length;
    if (lines > largest.lines) largest = { file: rel, lines };
    if (lines > MAX_LINES) tooLong.push({ file: rel, lines });
    for (const { spec, target } of importsOf(file)) {
      const to = folderOf(target);
      if (to === from) continue;
      edges.add(`${from}\0${to}`);
      const a = rank.get(from);
      const b = rank.get(to);
      if (a === undefined || b === undefined) continue;
      if (b >= a) violations.push(`${rel} imports '${spec}': src/${from} may not import src/${to}`);
      else if (from !== '(top)' && to !== 'http' && isPageOrRoutes(target))
        violations.push(`${rel} imports '${spec}': features never import another folder's pages or routes`);
    }
  }
  const pairs: [string, string][] = [];
  for (const e of edges) {
    const [a, b] = e.split('\0') as [string, string];
    if (a < b && edges.has(`${b}\0${a}`)) pairs.push([a, b]);
  }
  return { violations, pairs, tooLong, largest, folders: folders.size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = checkLayout();
  for (const [a, b] of r.pairs) console.error(`mutual imports: src/${a} <-> src/${b}`);
  if (!process.argv.includes('--pairs')) {
    for (const v of r.violations) console.error(v);
    for (const t of r.tooLong) console.error(`${t.file}: ${t.lines} lines (at most ${MAX_LINES})`);
  }
  console.log(
    `layout: ${r.folders} folders, ${r.violations.length} violations, ${r.pairs.length} mutual pairs, ` +
      `${r.tooLong.length} files over ${MAX_LINES} lines; largest ${r.largest.file} (${r.largest.lines} lines)`,
  );
  const failed =
    r.pairs.length + (process.argv.includes('--pairs') ? 0 : r.violations.length + r.tooLong.length);
  process.exitCode = failed > 0 ? 1 : 0;
}
