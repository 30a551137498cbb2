import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { V8_FLAGS } from '../src/v8-flags.js';

/** A leakwatch server running in a child process (so load generation does not share its event loop). */
export interface ChildServer {
  url: string;
  bareUrl: string;
  pid: number;
  /** Resident memory of the child in MB (VmRSS from /proc), or null where /proc is not available. */
  rssMb(): Promise<number | null>;
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

/**
 * Node options that make a server child write a V8 CPU profile into BENCH_PROFILE_DIR when it exits
 * (open it in Chrome DevTools or with any .cpuprofile viewer); none when that variable is unset.
 */
export function profileArgs(): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/**
 * Starts bench/server-child.ts under tsx and waits (at most `timeoutMs`) for its ready line.
 * `childScript` runs another checkout's server child instead (bench/web-cpu.ts's A/B).
 */
export async function spawnServer(
  env: Record<string, string> = {},
  timeoutMs = 120_000,
  childScript = CHILD,
): Promise<ChildServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...V8_FLAGS, ...profileArgs(), '--import', 'tsx', childScript],
    {
      env: { ...process.env, ...env },
      // tsx reads the tsconfig (JSX settings) of the directory it starts in: the child's checkout.
      cwd: resolve(dirname(childScript), '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const ready = await new Promise<{ url: string; bareUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server child did not start in time')), timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{"ready"')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as { url: string; bareUrl: string });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server child exited with code ${code}`));
    });
  });
  const pid = child.pid!;
  return {
    ...ready,
    pid,
    rssMb: () => rssOf(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** VmRSS of a process in MB, from /proc/<pid>/status (Linux); null elsewhere. */
export async function rssOf(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m?.[1] ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
