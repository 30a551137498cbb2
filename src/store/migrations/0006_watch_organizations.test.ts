import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, type DialectName, migrateToLatest, openDatabase } from '../db.js';
import { PG_URL, pgUnavailableReason } from '../testing.js';
import { migrations } from './index.js';

const pgReason = await pgUnavailableReason();

/** A database at the schema before 0006 (every earlier migration, recorded as Kysely records them). */
async function openBefore0006(dialect: DialectName): Promise<{ db: Db; drop(): Promise<void> }> {
  const schema = `lw_t_${randomBytes(6).toString('hex')}`;
  const db =
    dialect === 'sqlite'
      ? await openDatabase({ sqliteFile: ':memory:', migrate: false })
      : await openDatabase({ databaseUrl: PG_URL, pgSchema: schema, poolSize: 2, migrate: false });
  const earlier = migrations.slice(
    0,
    migrations.findIndex((m) => m.name === '0006_watch_organizations'),
  );
  await db.kysely.schema
    .createTable('kysely_migration')
    .addColumn('name', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('timestamp', 'varchar(255)', (c) => c.notNull())
    .execute();
  for (const m of earlier) {
    await m.up(db.kysely, dialect);
    await db.kysely
      .insertInto('kysely_migration' as never)
      .values({ name: m.name, timestamp: new Date().toISOString() } as never)
      .execute();
  }
  return {
    db,
    async drop() {
      await db.close();
      if (dialect === 'postgres') {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    },
  };
}

describe('migration 0006: watchlists may follow an organisation', () => {
  let open: { db: Db; drop(): Promise<void> } | undefined;
  afterEach(async () => {
    await open?.drop();
    open = undefined;
  });

  for (const dialect of ['sqlite', 'postgres'] as const) {
    it.skipIf(dialect === 'postgres' && pgReason !== null)(
      `[${dialect}] keeps the targets it finds, takes organisations, still refuses other kinds`,
      async () => {
        open = await openBefore0006(dialect);
        const { db } = open;
        const ts = new Date().toISOString();
        await db.kysely
          .insertInto('watchlists')
          .values({ id: 'w1', token_hash: 'h1', lang: 'ja', created_at: ts })
          .execute();
        await db.kysely
          .insertInto('watch_targets')
          .values([
            { watch_id: 'w1', kind: 'service', value: 's1' },
            { watch_id: 'w1', kind: 'data_class', value: 'Passwords' },
          ])
          .execute();
        const refused = db.kysely
          .insertInto('watch_targets')
          .values({ watch_id: 'w1', kind: 'organization', value: 'o1' })
          .execute();
        await expect(refused).rejects.toThrow(/check|constraint/i);

        await migrateToLatest(db);
        await migrateToLatest(db); // a second run is a no-op
        await db.kysely
          .insertInto('watch_targets')
          .values({ watch_id: 'w1', kind: 'organization', value: 'o1' })
          .execute();
        const rows = await db.kysely
          .selectFrom('watch_targets')
          .select(['kind', 'value'])
          .where('watch_id', '=', 'w1')
          .orderBy('kind')
          .execute();
        expect(rows).toEqual([
          { kind: 'data_class', value: 'Passwords' },
          { kind: 'organization', value: 'o1' },
          { kind: 'service', value: 's1' },
        ]);
        await expect(
          db.kysely
            .insertInto('watch_targets')
            .values({ watch_id: 'w1', kind: 'incident' as 'service', value: 'x' })
            .execute(),
        ).rejects.toThrow(/check|constraint/i);
        // Still tied to its watchlist: deleting the watchlist deletes its targets.
        await db.kysely.deleteFrom('watchlists').where('id', '=', 'w1').execute();
        expect(await db.kysely.selectFrom('watch_targets').select('value').execute()).toEqual([]);
      },
    );
  }
});
