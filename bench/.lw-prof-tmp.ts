import { apiTestApp } from '/work/main/src/api/test-app.js';
import { openDatabase } from '/work/main/src/store/db.js';
import { formatRange } from '/work/main/src/accounts/padding.js';
import { lookupRange } from '/work/main/src/accounts/store.js';
const db = await openDatabase({ sqliteFile: ':memory:' });
const { app } = apiTestApp(db);
async function time(label: string, fn: (i: number) => Promise<unknown>, n = 2000) {
  for (let i = 0; i < 200; i++) await fn(i);
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const dt = performance.now() - t;
  console.log(label, ((dt / n) * 1000).toFixed(0), 'us/op');
}
const p = (i: number) => (i * 7919 % 1048576).toString(16).padStart(5, '0');
await time('formatRange', async () => formatRange([]));
await time('lookupRange', async (i) => lookupRange(db, p(i)));
await time('app range', async (i) => (await app.request(`/api/v1/range/${p(i)}`)).text());
await time('app data-classes', async () => (await app.request(`/api/v1/data-classes`)).text());
await time('app static', async () => (await app.request(`/static/check.js`)).text());
