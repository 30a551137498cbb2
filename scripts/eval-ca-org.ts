/**
 * `npx tsx scripts/eval-ca-org.ts [--list] [--wrong]` — the CA AG organisation check alone (see
 * scripts/eval/ca-ag.ts): agreement on both halves, and with --list every development error
 * (--wrong: only wrong names) with the whole abstract. Held-out rows are never listed.
 */
import { runCaAgOrg } from './eval/ca-ag.js';
import { sharedDir } from './eval/paths.js';

const args = new Set(process.argv.slice(2));
const r = runCaAgOrg(sharedDir());
if (args.has('--list'))
  for (const e of r.devErrors) {
    if (args.has('--wrong') && e.pred === null) continue;
    console.log(
      `ca_ag/${e.index}  gold=${e.gold}  pred=${e.pred ?? '∅'}\n  ${e.abstract.replace(/\s+/g, ' ')}\n`,
    );
  }
for (const [label, h] of [
  ['development', r.dev],
  ['held out', r.held],
] as const)
  console.log(
    `${label}: ${(h.right / h.n).toFixed(3)} (n=${h.n}: ${h.right} right, ${h.wrong} wrong, ${h.none} none)`,
  );
console.log(`${Math.round(r.ms)} ms`);
