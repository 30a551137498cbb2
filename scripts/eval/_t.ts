import { extract } from '/work/main/src/extract/index.js';
import { EN_NOTICE } from '/work/main/src/extract/fixtures.test-data.js';
const f = extract(EN_NOTICE);
for (const k of ['data_classes','measures','causes'] as const) for (const x of f[k]) console.log(k, x.value, '|', x.evidence.quote.slice(0,100));
