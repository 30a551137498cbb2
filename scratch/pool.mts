import { extractPool } from '../src/ingest/extract-pool.ts';
import { threadId } from 'node:worker_threads';
const p = extractPool(2);
const r = await p.extract([{ text: '株式会社テスト\n不正アクセスについて\n氏名とメールアドレスが流出しました。', opts: {} }, { text: 'abc', opts: {} }]);
console.log(JSON.stringify(r.map((x) => (x instanceof Error ? x.message : Object.keys(x).length))));
await p.close();
