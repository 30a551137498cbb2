import pg from 'pg';
const stats = new Map<string, { n: number; ms: number }>();
const orig = (pg.Client.prototype as any).query;
(pg.Client.prototype as any).query = function (q: any, ...rest: any[]) {
  const text = typeof q === 'string' ? q : q?.text ?? '';
  const t = performance.now();
  const r = orig.call(this, q, ...rest);
  if (r && typeof r.then === 'function') r.then(() => { const k = text.replace(/\s+/g, ' ').slice(0, 130); const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s); }, () => {});
  return r;
};
process.on('exit', () => {
  let tot = 0; for (const s of stats.values()) tot += s.ms;
  console.log('total query ms', tot.toFixed(0));
  for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 22)) console.log(s.ms.toFixed(0).padStart(7), String(s.n).padStart(6), k);
});
