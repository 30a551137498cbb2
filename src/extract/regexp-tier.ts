/**
 * V8 runs a new regular expression in its bytecode interpreter first and compiles it to native code
 * later ("regexp tier-up"). Extraction's patterns — a few thousand, many of them long alternations —
 * are measured faster when compiled to native code at their first use: in a process that has
 * extracted the bench texts four times, one more pass takes 13.5 % fewer instructions (callgrind,
 * TurboFan's own compilation left out; docs/extraction.md, speed, "Session 9, round 2"), the big
 * English lexicons and the English date pattern most of all. Which patterns match, and what, is
 * unchanged (the golden outputs are identical). The flag is process-wide; every pattern used more
 * than once ends up as native code either way, so memory is about the same.
 */
import { setFlagsFromString } from 'node:v8';

let done = false;

/** Turn V8's regexp tier-up off (once per process); patterns compiled after this go native at once. */
export function compileRegExpsNatively(): void {
  if (done) return;
  done = true;
  setFlagsFromString('--no-regexp-tier-up');
}

compileRegExpsNatively();
