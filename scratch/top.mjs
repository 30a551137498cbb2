import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const f = readdirSync(dir).find((x) => x.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; let total = 0;
const cnt = new Map();
p.samples.forEach((s, i) => { cnt.set(s, (cnt.get(s) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; });
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*wt-ingest\//, '')}:${n.callFrame.lineNumber + 1}`;
const incl = new Map();
for (const [id, t] of cnt) {
  const n = byId.get(id); self.set(key(n), (self.get(key(n)) ?? 0) + t);
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const k = key(byId.get(cur)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } cur = parent.get(cur); }
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([k2, t]) => `${(t / total * 100).toFixed(1).padStart(5)}% ${k2}`).join('\n');
console.log('total ms', (total / 1000).toFixed(0));
console.log('--- self'); console.log(top(self, 25));
console.log('--- inclusive'); console.log(top(incl, 50));
