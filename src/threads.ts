import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module at `url`. Run from TypeScript sources (tsx, vitest, the
 * benchmarks, `npm run dev`), the worker registers tsx's loader itself first — loader hooks are not
 * inherited by worker threads; the build runs the compiled .js directly.
 *
 * @example startModuleWorker(new URL('./pdf-worker.js', import.meta.url), { resourceLimits })
 */
export function startModuleWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
