import { realNoticeTexts } from '../bench/ingest-corpus.ts';
import { noticeSite, registrableDomain } from '../src/incidents/site.ts';
const t = await realNoticeTexts();
const m = new Map<string, number>();
for (const x of t) { const s = noticeSite(x, null); const k = s ? registrableDomain(s) : 'null'; m.set(k, (m.get(k) ?? 0) + 1); }
console.log([...m].sort((a, b) => b[1] - a[1]).slice(0, 10));
