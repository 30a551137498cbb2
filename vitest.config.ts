import { defineConfig } from 'vitest/config';
import { V8_FLAGS } from './src/v8-flags.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // V8 flags at the forks' start (src/v8-flags.ts); never set at run time.
    execArgv: [...V8_FLAGS],
    env: { LEAKWATCH_LOG_LEVEL: 'silent' },
  },
});
