// Per-SQL timing: patch better-sqlite3 Statement methods.
import Database from 'better-sqlite3';
const proto = (Database.prototype as any);
const origPrepare = proto.prepare;
const stats = new Map<string, { n: number; ms: number }>();
proto.prepare = function (sql: string) {
  const st = origPrepare.call(this, sql);
  for (const m of ['all', 'run', 'get', 'iterate']) {
    const o = st[m].bind(st);
    st[m] = (...a: unknown[]) => { const t = performance.now(); try { return o(...a); } finally { const k = sql.replace(/\s+/g, ' ').slice(0, 140); const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s); } };
  }
  return st;
};
process.on('exit', () => {
  const top = [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
  for (const [k, s] of top) console.log(s.ms.toFixed(0).padStart(7), 'ms', String(s.n).padStart(6), k);
});
