/**
 * `npx tsx scripts/cv-status-en.ts [--errors]` — an honest estimate of English leak status:
 * leave-one-set-out over the English development folds (excerpt sets E, F, H, N and the corpus's
 * English notices). For each fold X the statistical reader (status-model.ts) is refitted on the other
 * folds and scored on X, alone and filling the notices where the rules (status.ts) find nothing. The
 * rules cannot be refitted — they were written while reading all four sets — so for them the harness
 * reports which rule decided each notice and how often it was right, per fold. `--errors` lists every
 * error of the rules + refitted reader with its quote (development sets only; held-out sets never
 * enter). Counts as the eval scores them: right / wrong (another value) / missed (none) / spurious
 * (a value where the gold has none).
 */
import { extract, normalizeText } from '../src/extract/index.js';
import { splitLines, splitSentences } from '../src/extract/segment.js';
import { extractLeakStatus } from '../src/extract/status.js';
import * as EN from '../src/extract/status-en.js';
import { STATUS_CLASSES } from '../src/extract/status-model.js';
import { readStructure } from '../src/extract/structure.js';
import { sharedDir } from './eval/paths.js';
import { count, type Tally, tally } from './eval/score.js';
import {
  type FittedModel,
  fitStatusModel,
  MIN_DOCS,
  probabilitiesOf,
  statusDocs,
} from './eval/status-fit.js';

const FOLDS = ['E', 'F', 'H', 'N', 'corpus'];
const showErrors = process.argv.includes('--errors');

const show = (t: Tally): string => {
  const n = t.right + t.wrong + t.missed;
  return `${(n ? t.right / n : 1).toFixed(3)} (${t.right}/${n}; wrong ${t.wrong}, missed ${t.missed}, spurious ${t.spurious})`;
};

// The patterns of status-en.ts, to name what a rule's quote holds.
const PATTERNS = Object.entries(EN).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

const shared = sharedDir();
const docs = statusDocs(shared).filter((d) => d.lang === 'en');
const configs = ['rules', 'rules+model(prod)', 'rules+model(cv)', 'model(cv) alone'] as const;
const totals = new Map<string, Tally>(configs.map((c) => [c, tally()]));
const ruleStats = new Map<string, Map<string, Tally>>();
const confusion = new Map<string, number>();

for (const fold of FOLDS) {
  const train = docs.filter((d) => d.fold !== fold);
  const model: FittedModel = fitStatusModel(train, MIN_DOCS.en);
  const mine = docs.filter((d) => d.fold === fold);
  const t = new Map<string, Tally>(configs.map((c) => [c, tally()]));
  for (const d of mine) {
    const facts = extract(d.text);
    const norm = normalizeText(d.text);
    const segments = splitSentences(norm);
    const structure = readStructure(splitLines(norm), 'en');
    const causes = facts.causes.map((f) => f.value);
    const rule = extractLeakStatus(segments, causes, structure);
    const modelOff = segments.length === 0 || causes.includes('loss_or_theft');
    const p = probabilitiesOf(model, d.features);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    const cv = modelOff ? null : STATUS_CLASSES[best]!;
    const prod = facts.leak_status?.value ?? null;
    const combined = rule?.value ?? cv;
    count(t.get('rules')!, d.gold, rule?.value ?? null);
    count(t.get('rules+model(prod)')!, d.gold, prod);
    count(t.get('rules+model(cv)')!, d.gold, combined);
    count(t.get('model(cv) alone')!, d.gold, cv);
    confusion.set(`${d.gold} → ${combined}`, (confusion.get(`${d.gold} → ${combined}`) ?? 0) + 1);
    // Which rule decided: its value and confidence, and the status-en patterns its quote holds.
    const quote = rule?.evidence.quote ?? '';
    const names = PATTERNS.filter(([, re]) => new RegExp(re.source, re.flags).test(quote)).map(([n]) => n);
    const key = rule
      ? `${rule.value}@${rule.confidence} ${names.join('+') || '(status.ts)'}`
      : `none → model ${cv}`;
    const byKey = ruleStats.get(key) ?? new Map<string, Tally>();
    const ft = byKey.get(fold) ?? tally();
    count(ft, d.gold, rule?.value ?? cv);
    byKey.set(fold, ft);
    ruleStats.set(key, byKey);
    if (showErrors && d.gold !== combined) {
      const src = rule ? key : `model ${cv} p=${p.map((x) => x.toFixed(2)).join('/')}`;
      console.log(`${fold} ${d.doc}: gold ${d.gold} pred ${combined} [${src}]\n    «${quote.slice(0, 300)}»`);
    }
  }
  console.log(`\n${fold} (n=${mine.length})`);
  for (const c of configs) {
    console.log(`  ${c.padEnd(18)} ${show(t.get(c)!)}`);
    const all = totals.get(c)!;
    for (const k of ['right', 'wrong', 'missed', 'spurious'] as const) all[k] += t.get(c)![k];
  }
}
console.log('\nall folds');
for (const c of configs) console.log(`  ${c.padEnd(18)} ${show(totals.get(c)!)}`);
console.log('\nconfusion (gold → rules+model(cv))');
for (const [k, n] of [...confusion].sort()) console.log(`  ${k}: ${n}`);
console.log('\nwhat decided, per fold: right/decided');
for (const [key, byFold] of [...ruleStats].sort()) {
  const cells = FOLDS.map((f) => {
    const x = byFold.get(f);
    return x ? `${f} ${x.right}/${x.right + x.wrong + x.missed + x.spurious}` : '';
  }).filter(Boolean);
  console.log(`  ${key}: ${cells.join(', ')}`);
}
