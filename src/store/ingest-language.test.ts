import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { ingestNotice, ingestNotices } from '../ingest/pipeline.js';
import { ingestPaths } from '../ingest/run.js';
import { describeEachDialect } from './testing.js';

// Written for these tests: fictional notices in Korean, Chinese and kanji-heavy Japanese.
const KOREAN =
  '개인정보 유출 사고에 관한 안내\n당사 쇼핑몰 서버가 외부로부터 공격을 받아 고객님의 이름과 연락처가 유출되었습니다.';
const CHINESE = '关于我们系统遭到网络攻击的说明\n我们发现部分用户的个人信息可能已经泄露,对此深表歉意。';
const KANJI_JA =
  '关于个人信息泄露的说明\n個人情報漏洩事案発生報告\n株式会社サンプル工業において、顧客名簿約三百件が外部に出た可能性があると分かりました。';

describeEachDialect('ingest refuses languages it cannot read', (getDb) => {
  it('refuses Korean and Chinese notices with unsupported_language and stores nothing', async () => {
    const db = getDb();
    for (const text of [KOREAN, CHINESE]) {
      const err = await ingestNotice(db, { text, via: 'api' }).catch((e: unknown) => e);
      expect(isAppError(err, 'unsupported_language')).toBe(true);
    }
    const n = await db.kysely
      .selectFrom('notices')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });

  it('reports the refusal per file in a batch and stores the Japanese notice beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-lang-'));
    try {
      writeFileSync(join(dir, 'ko.txt'), KOREAN);
      writeFileSync(join(dir, 'ja.txt'), KANJI_JA);
      const summary = await ingestPaths([join(dir, 'ja.txt'), join(dir, 'ko.txt')], {
        db: getDb(),
        concurrency: 1,
        ingest: (db, inputs, o) => ingestNotices(db, inputs, o),
      });
      expect(summary.counts.new).toBe(1);
      expect(summary.failures).toEqual([
        expect.objectContaining({ code: 'unsupported_language', message: expect.stringContaining('韓国語') }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
