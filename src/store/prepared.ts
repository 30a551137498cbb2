import { type Compilable, CompiledQuery } from 'kysely';
import type { Tx } from './tx.js';

/**
 * Queries built and compiled once, run many times (issue 17). Ingesting a notice runs a dozen or more
 * statements, and building and compiling each with Kysely cost about as much as SQLite running it
 * (measured: 14 % of an ingest's main thread). A prepared query is written with the same Kysely
 * builder, typed by the same schema, and compiled on its first run for each dialect (and each length
 * of its list parameters); later runs only bind the values. On SQLite the driver keeps the statement
 * itself prepared by its SQL text (db.ts).
 *
 * The builder receives stand-ins for the parameters and must only pass them into the query (never
 * branch on them): the stand-ins are found again among the compiled query's parameters (any other
 * parameter is a constant of the query). A query whose shape depends on a value (`is null` versus
 * `= ?`) is two prepared queries.
 *
 * @example
 * const incidentById = prepared((db, p: { id: string }) => db.selectFrom('incidents').selectAll().where('id', '=', p.id));
 * const [row] = await incidentById.rows(tx, { id }); // select * from "incidents" where "id" = ?
 */
export interface Prepared<P, O> {
  /** The rows of a select (or an insert … returning). */
  rows(tx: Tx, params: P): Promise<O[]>;
  /** Runs a write; resolves to the number of rows it changed. */
  run(tx: Tx, params: P): Promise<number>;
}

/**
 * The SQL of every prepared query compiled so far: the store's hot statements, which PostgreSQL
 * keeps parsed per connection (see db.ts namedStatements). Bounded by the prepared queries and the
 * lengths of their lists.
 */
const preparedSql = new Set<string>();

/** Whether `sql` is a prepared query's. */
export function isPreparedSql(sql: string): boolean {
  return preparedSql.has(sql);
}

/** The SQL of prepared writes marked `deferrable` (see pg-deferred.ts). */
const deferrableSql = new Set<string>();

/** Whether `sql` is a prepared write whose result no caller reads (PostgreSQL may send it later). */
export function isDeferrableSql(sql: string): boolean {
  return deferrableSql.has(sql);
}

/** A parameter's stand-in: text no stored value contains. */
const MARK = '\u0000lw-param\u0000';

/** A compiled parameter: one of the given ones (an element of a list one when index ≥ 0), or a constant of the query. */
type Slot = { key: string; index: number } | { constant: unknown };
type Compiled = { sql: string; slots: Slot[] };

export function prepared<P extends Record<string, unknown>, O>(
  build: (db: Tx, params: P) => Compilable<O>,
  /**
   * `deferrable`: a write whose result (rows, count) no caller reads: in a transaction that defers
   * writes (tx.ts deferWrites, PostgreSQL) it is sent with the next statement, not on its own.
   */
  opts: { deferrable?: boolean } = {},
): Prepared<P, O> {
  // By dialect (the compiler's class) and the lengths of the list parameters.
  const compiled = new Map<unknown, Map<string, Compiled>>();

  const compile = (tx: Tx, params: P): Compiled => {
    const adapter = tx.getExecutor().adapter.constructor;
    let byShape = compiled.get(adapter);
    if (!byShape) {
      byShape = new Map();
      compiled.set(adapter, byShape);
    }
    let shape = '';
    for (const k in params) {
      const v = params[k];
      if (Array.isArray(v)) shape += `${k}:${v.length};`;
    }
    let c = byShape.get(shape);
    if (c) return c;
    const stand = {} as Record<string, unknown>;
    for (const k in params) {
      const v = params[k];
      stand[k] = Array.isArray(v) ? v.map((_, i) => `${MARK}${k}\u0000${i}`) : `${MARK}${k}\u0000-1`;
    }
    const q = build(tx, stand as P).compile();
    const slots = q.parameters.map((p): Slot => {
      if (typeof p !== 'string' || !p.startsWith(MARK)) return { constant: p };
      const [key, index] = p.slice(MARK.length).split('\u0000') as [string, string];
      return { key, index: Number(index) };
    });
    c = { sql: q.sql, slots };
    byShape.set(shape, c);
    preparedSql.add(q.sql);
    if (opts.deferrable) deferrableSql.add(q.sql);
    return c;
  };

  const execute = (tx: Tx, params: P) => {
    const c = compile(tx, params);
    const values = c.slots.map((slot) => {
      if ('constant' in slot) return slot.constant;
      const { key, index } = slot;
      const v = index < 0 ? params[key] : (params[key] as unknown[])[index];
      // Kysely leaves an undefined value out of an insert; a compiled statement cannot.
      if (v === undefined) throw new Error(`prepared query: parameter ${key} is undefined (${c.sql})`);
      return v;
    });
    return tx.executeQuery<O>(CompiledQuery.raw(c.sql, values) as CompiledQuery<O>);
  };

  return {
    async rows(tx, params) {
      return (await execute(tx, params)).rows;
    },
    async run(tx, params) {
      return Number((await execute(tx, params)).numAffectedRows ?? 0);
    },
  };
}
