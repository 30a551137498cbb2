/**
 * V8 flags that every leakwatch process starts with (`node --no-regexp-tier-up … dist/server.js`).
 *
 * `--no-regexp-tier-up`: V8 runs a new regular expression in its bytecode interpreter first and
 * compiles it to native code later ("tier-up"). Extraction's patterns — a few thousand, many of them
 * long alternations — run faster compiled natively from their first use: `npm run bench -- extract`
 * +15 to +20 % notices per CPU-second, outputs identical (docs/extraction.md, speed, session 10).
 *
 * `--max-inlined-bytecode-size-cumulative=100` (V8's default 920): TurboFan inlines less into each
 * function it optimises. A `leakwatch ingest` of 2,000 files spent ≈ 1.5–2 ms of CPU a notice on V8's
 * background threads, 85 % of it TurboFan compiling (`perf`; jobs of 2–2.5 s of wall time at load 8
 * for scoreContinuation, extractDates, organizationJa, their callees inlined); with less inlining
 * those threads spend ≈ 0.45 ms less a notice and warm extraction is no slower (docs/ingestion.md,
 * session 14). `--no-turbo-inlining` saves as much compiling but slows warm extraction.
 *
 * V8 flags are process-wide (worker threads share them) and only safe when given at start: Node
 * documents changing them later (v8.setFlagsFromString) as able to crash the process, and it did (a
 * vitest fork, session 9). NODE_OPTIONS does not admit them either. So each entry point names them
 * on its command line: `npm start`, `npm run dev`, the CLI's shebang (`env -S node …`), the
 * `bench` and `eval` scripts (tsx passes node flags on), the children the benchmarks spawn
 * (`spawn(process.execPath, [...V8_FLAGS, …])`) and vitest's forks (vitest.config.ts `execArgv`).
 * A missing flag changes speed only, never results; src/v8-flags.test.ts checks each place.
 */
export const V8_FLAGS: readonly string[] = [
  '--no-regexp-tier-up',
  '--max-inlined-bytecode-size-cumulative=100',
];
