/**
 * A process's shutdown: runs once however many signals arrive, exits with the code it returns, and
 * exits with 1 if it has not finished within `deadlineMs` (a stuck connection or worker must not
 * keep a stopping server alive).
 *
 * @example const shutdown = shutdownOnce(10_000, async () => { await server.close(); return 0; });
 *          process.on('SIGTERM', () => shutdown.stop('SIGTERM'));
 */
export function shutdownOnce(
  deadlineMs: number,
  run: (reason: string) => Promise<number>,
): { stop(reason: string): void; readonly started: boolean } {
  let started = false;
  return {
    get started() {
      return started;
    },
    stop(reason) {
      if (started) return;
      started = true;
      setTimeout(() => process.exit(1), deadlineMs).unref();
      run(reason).then(
        (code) => process.exit(code),
        () => process.exit(1),
      );
    },
  };
}
