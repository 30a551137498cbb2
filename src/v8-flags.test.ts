import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS } from './v8-flags.js';

const root = new URL('../', import.meta.url);
const scripts = (
  JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('the V8 flags are given at process start', () => {
  it.each(['start', 'dev', 'bench', 'eval'])('npm run %s names them before its program', (name) => {
    const words = scripts[name]!.split(/\s+/);
    for (const flag of V8_FLAGS) {
      expect(words).toContain(flag);
      // A node flag after the script path would reach the program as its own argument.
      expect(words.indexOf(flag)).toBeLessThan(words.findIndex((w) => /\.(?:ts|js)$/.test(w)));
    }
  });

  it('the CLI passes them through its shebang', () => {
    const first = readFileSync(new URL('src/cli/main.ts', root), 'utf8').split('\n')[0]!;
    expect(first).toBe(`#!/usr/bin/env -S node ${V8_FLAGS.join(' ')}`);
  });

  it('vitest starts its forks with them', () => {
    for (const flag of V8_FLAGS) expect(process.execArgv).toContain(flag);
  });
});
