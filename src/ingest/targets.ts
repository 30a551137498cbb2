import { lstat, opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AppError } from '../errors.js';
import { NOTICE_EXTENSIONS } from '../text/document.js';

/** One thing to ingest: a file on disk or a URL. */
export type Target = { kind: 'file'; path: string } | { kind: 'url'; url: string };

export interface ExpandedTargets {
  targets: Target[];
  /** Files skipped in directories because their extension is not a notice's, by extension. */
  skipped: Record<string, number>;
  /** Arguments that could not be read at all (missing path …), with the reason. */
  missing: { target: string; code: string; message: string }[];
}

/** Directory names never descended into. */
const SKIP_DIRS = new Set(['node_modules']);

/**
 * Turns command-line arguments into a list of files and URLs. Directories are walked recursively
 * (skipping hidden entries, node_modules, symlinked directories and non-notice extensions, which
 * are counted); a file named explicitly is always tried, whatever its extension.
 *
 * @example await expandTargets(['notices/', 'https://example.jp/news/1.html'])
 * // => { targets: [{ kind: 'file', path: 'notices/a.txt' }, { kind: 'url', url: 'https://…' }], skipped: { '.jpg': 2 }, missing: [] }
 */
export async function expandTargets(args: readonly string[]): Promise<ExpandedTargets> {
  const out: ExpandedTargets = { targets: [], skipped: {}, missing: [] };
  const seen = new Set<string>();
  const add = (t: Target) => {
    const key = t.kind === 'file' ? `f:${t.path}` : `u:${t.url}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.targets.push(t);
    }
  };
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      add({ kind: 'url', url: arg });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      out.missing.push({
        target: arg,
        code: 'fetch_refused',
        message: 'only http and https URLs can be ingested',
      });
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.missing.push({
        target: arg,
        code: 'not_found',
        message: code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? 'error'})`,
      });
      continue;
    }
    if (st.isDirectory()) await walk(arg, out, add);
    else if (st.isFile()) add({ kind: 'file', path: arg });
    else out.missing.push({ target: arg, code: 'bad_request', message: 'not a regular file or directory' });
  }
  return out;
}

async function walk(root: string, out: ExpandedTargets, add: (t: Target) => void): Promise<void> {
  // Iterative, sorted walk: deterministic order, and no recursion depth to worry about.
  const dirs = [root];
  while (dirs.length > 0) {
    const dir = dirs.shift()!;
    const entries: { name: string; isDir: boolean; isFile: boolean; isLink: boolean }[] = [];
    try {
      for await (const e of await opendir(dir)) {
        entries.push({
          name: e.name,
          isDir: e.isDirectory(),
          isFile: e.isFile(),
          isLink: e.isSymbolicLink(),
        });
      }
    } catch (err) {
      out.missing.push({
        target: dir,
        code: 'bad_request',
        message: `cannot list directory (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      let isFile = e.isFile;
      if (e.isLink) {
        // Follow links to files; never links to directories (they can loop).
        const target = await stat(path).catch(() => null);
        if (!target?.isFile()) continue;
        isFile = true;
      }
      if (e.isDir) {
        if (!SKIP_DIRS.has(e.name)) subdirs.push(path);
        continue;
      }
      if (!isFile) continue;
      const ext = extname(e.name).toLowerCase();
      if (!NOTICE_EXTENSIONS.has(ext)) {
        const key = ext || '(none)';
        out.skipped[key] = (out.skipped[key] ?? 0) + 1;
        continue;
      }
      add({ kind: 'file', path });
    }
    dirs.unshift(...subdirs);
  }
}

/** Checks a file's size before reading it. */
export async function assertFileSize(path: string, maxBytes: number): Promise<void> {
  const st = await lstat(path);
  if (st.size > maxBytes) throw new AppError('payload_too_large', `file is larger than ${maxBytes} bytes`);
}
