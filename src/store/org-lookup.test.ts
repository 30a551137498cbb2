import { expect, it } from 'vitest';
import { familyLookup } from './continuation-candidates.js';
import { createIncident } from './incident-store.js';
import { addAlias, findOrCreateOrganization, organizationLookup, writeNameDocs } from './names.js';
import { describeEachDialect } from './testing.js';

// organizationLookup is PostgreSQL's (the pipeline reads claims and family apart on SQLite).
describeEachDialect('organization lookup', (getDb, dialect) => {
  it.skipIf(dialect === 'sqlite')('reads claims, family and aliases in one statement', async () => {
    const db = getDb();
    const own = await findOrCreateOrganization(db.kysely, '株式会社みほん計器', ['Mihon Keiki']);
    const sibling = await findOrCreateOrganization(db.kysely, '株式会社みほん計器販売');
    const family = familyLookup('株式会社みほん計器')!;
    const r = await organizationLookup(db.kysely, '株式会社みほん計器', family.pattern, family.limit);
    expect(new Set(r.claims.map((c) => c.id))).toEqual(new Set([own.id]));
    expect(r.claims.find((c) => c.alias === '株式会社みほん計器')?.name).toBe('株式会社みほん計器');
    expect(r.family.map((f) => f.id)).toContain(own.id);
    // The LIKE prefix finds the longer name too; which of them is the family is the caller's check.
    expect(r.family.map((f) => f.id)).toContain(sibling.id);
  });

  it.skipIf(dialect === 'sqlite')(
    "writes name documents from the lookup's aliases, and from the store once an alias is added",
    async () => {
      const db = getDb();
      const org = await findOrCreateOrganization(db.kysely, '株式会社ためし測器', ['Tameshi Sokki']);
      const docsOf = async (incidentId: string) =>
        (
          await db.kysely
            .selectFrom('search_docs')
            .select('body')
            .where('incident_id', '=', incidentId)
            .execute()
        ).map((d) => d.body);
      const { a, b } = await db.kysely.transaction().execute(async (tx) => {
        const family = familyLookup('株式会社ためし測器')!;
        await organizationLookup(tx, '株式会社ためし測器', family.pattern, family.limit);
        const ids = [];
        for (const title of ['お知らせ一', 'お知らせ二']) {
          const id = await createIncident(tx, {
            organizationId: org.id,
            slugName: 'tameshi',
            year: null,
            source: 'notice',
            title,
          });
          ids.push(id);
        }
        await writeNameDocs(tx, ids[0]!, org.id, [], 'お知らせ一', { existing: [] });
        // A new alias in the same transaction: the kept aliases are forgotten, the next read sees it.
        await addAlias(tx, 'organization', org.id, 'TSK Holdings');
        await writeNameDocs(tx, ids[1]!, org.id, [], 'お知らせ二', { existing: [] });
        return { a: ids[0]!, b: ids[1]! };
      });
      expect(await docsOf(a)).toContain('tameshisokki');
      expect(await docsOf(a)).not.toContain('tskholdings');
      expect(await docsOf(b)).toContain('tskholdings');
    },
  );
});
