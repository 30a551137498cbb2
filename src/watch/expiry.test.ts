import { expect, it } from 'vitest';
import { describeEachDialect } from '../store/testing.js';
import {
  addChannel,
  confirmChannel,
  createWatchlist,
  purgeUnconfirmedChannels,
  UNCONFIRMED_TTL_DAYS,
} from './store.js';

describeEachDialect('unconfirmed watch addresses expire (issue 18)', (getDb) => {
  it(`forgets an address left unconfirmed for more than ${UNCONFIRMED_TTL_DAYS} days, and its link stops working`, async () => {
    const db = getDb();
    const w = await createWatchlist(db, { serviceIds: [], dataClasses: ['Passwords'], lang: 'ja' });
    const stale = await addChannel(db, w.id, { kind: 'email', address: 'stale@example.jp' });
    const confirmed = await addChannel(db, w.id, { kind: 'email', address: 'kept@example.jp' });
    const fresh = await addChannel(db, w.id, { kind: 'email', address: 'fresh@example.jp' });
    expect(await confirmChannel(db, confirmed.confirmToken!)).not.toBeNull();
    const old = new Date(Date.now() - (UNCONFIRMED_TTL_DAYS + 1) * 86_400_000).toISOString();
    await db.kysely
      .updateTable('watch_channels')
      .set({ created_at: old })
      .where('id', 'in', [stale.channel.id, confirmed.channel.id])
      .execute();

    expect(await confirmChannel(db, stale.confirmToken!)).toBeNull();
    expect(await purgeUnconfirmedChannels(db)).toBe(1);
    const left = await db.kysely
      .selectFrom('watch_channels')
      .select('target')
      .where('watch_id', '=', w.id)
      .orderBy('target')
      .execute();
    expect(left.map((r) => r.target)).toEqual(['fresh@example.jp', 'kept@example.jp']);
    expect(await confirmChannel(db, fresh.confirmToken!)).not.toBeNull();
  });
});
