import type { AuthTables } from './schema-auth.js';
import type { CoreTables } from './schema-core.js';
import type { AccountTables } from './schema-exposed-emails.js';

/**
 * The whole database as Kysely sees it. Each feature declares its own tables in its folder; this
 * interface joins them so that one Kysely instance types every query.
 */
export interface Database extends CoreTables, AuthTables, AccountTables {}
