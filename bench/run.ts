/**
 * `npm run bench [-- PART...]`: run the named benchmark parts (all listed in bench/parts.ts when
 * none is named), print each part's table, and as the LAST line one JSON object merging every
 * part's figures.
 */
import { useCliLogging } from '../src/log.js';
import { parts } from './parts.js';

// A person reads this output: warnings and errors only, as the CLI logs (no migration lines).
useCliLogging();

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !parts.some((p) => p.name === w));
if (unknown.length > 0) {
  process.stderr.write(
    `bench: unknown part(s): ${unknown.join(', ')} (known: ${parts.map((p) => p.name).join(', ')})\n`,
  );
  process.exit(2);
}
const selected = wanted.length > 0 ? parts.filter((p) => wanted.includes(p.name)) : parts;
const merged: Record<string, number> = {};
let failed = false;
for (const part of selected) {
  console.log(`\n## ${part.name} — ${part.description}`);
  try {
    const mod = await part.load();
    const figures = await mod.run();
    for (const [k, v] of Object.entries(figures)) {
      console.log(`  ${k.padEnd(36)} ${Number.isInteger(v) ? v : v.toFixed(2)}`);
      merged[k] = v;
    }
  } catch (err) {
    failed = true;
    console.log(`  FAILED: ${(err as Error).message}`);
  }
}
console.log(JSON.stringify(merged));
if (failed) process.exitCode = 1;
