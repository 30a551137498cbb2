import pg from 'pg';

/**
 * Deferred writes on a PostgreSQL connection (issue 17: a bulk ingest into PostgreSQL is bound by
 * round trips, and node-postgres sends one statement at a time). In a transaction that asks for it
 * (`deferWrites`, tx.ts), a write whose result no caller reads (a prepared query marked
 * `deferrable`) is not sent when it is run: it is queued, and the queue goes to the server in front
 * of the next statement, in one simple-protocol message (`EXECUTE lw_…('…'); …; <that statement>`),
 * so the writes cost no round trip of their own. They run in the order they were issued and before
 * anything that could read them; the named statements keep their plans (EXECUTE of the statement
 * node-postgres prepared). A queued write's error surfaces at the statement that carried it: the
 * caller must treat any failure in such a transaction as the transaction's (the pipeline then
 * writes the batch again without deferring, see writeBatch). The queue is dropped at ROLLBACK and
 * at ROLLBACK TO SAVEPOINT (every write queued came after the last statement sent), and deferring
 * ends at COMMIT or ROLLBACK.
 */

/** The statement that turns deferring on for the rest of the transaction (never sent). */
export const DEFER_WRITES_SQL = "select 'lw:defer-writes'";

type Queued = { name: string; values: readonly unknown[] };
type Query = (...args: unknown[]) => Promise<pg.QueryResult>;
/** The connection's statements parsed so far, by name (node-postgres keeps them: not public API). */
type WithParsed = { connection?: { parsedStatements?: Record<string, string> } };

/** A value as an SQL literal: the text node-postgres would bind for it, quoted (NULL for null). */
function literal(v: unknown): string {
  const p = (pg as unknown as { utils: { prepareValue(v: unknown): unknown } }).utils.prepareValue(v);
  if (p === null || p === undefined) return 'NULL';
  if (Buffer.isBuffer(p)) return `'\\x${p.toString('hex')}'::bytea`;
  return pg.escapeLiteral(String(p));
}

function executeSql(q: Queued): string {
  return q.values.length === 0
    ? `EXECUTE ${q.name}`
    : `EXECUTE ${q.name}(${q.values.map(literal).join(', ')})`;
}

/** The last result of a multi-statement simple query (node-postgres answers those with an array). */
function last(r: pg.QueryResult | pg.QueryResult[]): pg.QueryResult {
  return Array.isArray(r) ? r[r.length - 1]! : r;
}

/**
 * Wraps a client's `query(text, values)` as Kysely calls it. `named(text)`: the statement's name when
 * it runs as a named statement (db.ts), else null; `deferrable(text)`: a write whose result is unread.
 */
export function deferringQuery(
  client: pg.PoolClient,
  query: Query,
  named: (text: string) => string | null,
  deferrable: (text: string) => boolean,
): Query {
  let on = false;
  let queue: Queued[] = [];
  const parsed = (name: string) =>
    (client as unknown as WithParsed).connection?.parsedStatements?.[name] !== undefined;
  const send = (text: string, values: unknown[]) => {
    const name = named(text);
    return name ? query({ name, text, values }) : query(text, values);
  };
  return async (...args: unknown[]) => {
    const [text, values] = args;
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values)) return query(...args);
    if (text === DEFER_WRITES_SQL) {
      on = true;
      return { command: 'SELECT', rowCount: 0, rows: [], fields: [], oid: 0 } as unknown as pg.QueryResult;
    }
    const verb = text.trimStart().slice(0, 8).toLowerCase();
    if (verb === 'rollback' || verb === 'commit') on = on && /^rollback to /i.test(text.trimStart());
    if (verb === 'rollback') {
      queue = [];
      return send(text, values);
    }
    const name = named(text);
    if (on && name && parsed(name) && deferrable(text)) {
      queue.push({ name, values });
      return { command: null, rowCount: null, rows: [], fields: [], oid: 0 } as unknown as pg.QueryResult;
    }
    if (queue.length === 0) return send(text, values);
    const pending = queue.map(executeSql);
    queue = [];
    // The carrier joins the message when it can be written as text: a parsed named statement, or
    // one without parameters (COMMIT); otherwise the queue goes alone, then the statement.
    const message =
      name && parsed(name)
        ? [...pending, executeSql({ name, values })]
        : values.length === 0
          ? [...pending, text]
          : pending;
    try {
      const r = last(await query(message.join(';\n')));
      if (message.length > pending.length) return r;
    } catch (err) {
      throw markCarried(err);
    }
    return send(text, values);
  };
}

const carried = new WeakSet<object>();

function markCarried(err: unknown): unknown {
  if (typeof err === 'object' && err !== null) carried.add(err);
  return err;
}

/**
 * Whether an error came from a message that carried deferred writes: it may be any of those
 * writes' (issued earlier, perhaps for another notice), not the statement that saw it.
 */
export function isCarriedError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && carried.has(err);
}
