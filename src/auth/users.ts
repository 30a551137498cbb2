import { z } from 'zod';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import type { Db } from '../store/db.js';
import type { Role } from '../store/schema-auth.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';

export interface UserSummary {
  id: string;
  name: string;
  role: Role;
  disabled: boolean;
  created_at: string;
  password_changed_at: string;
}

export const UserName = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, . _ - only');
export const RoleSchema = z.enum(['editor', 'admin']);

/** The comparison key of a login name: NFKC (full-width → ASCII) and lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/**
 * Creates an account. Refuses a weak password and a name that is taken (case- and width-insensitive).
 *
 * @example await createUser(db, { name: 'aiko', role: 'editor', password: 'a long passphrase here' })
 */
export async function createUser(
  db: Db,
  input: { name: string; role: Role; password: string },
): Promise<UserSummary> {
  const name = parseName(input.name);
  const role = RoleSchema.parse(input.role);
  checkPasswordPolicy(input.password, name);
  const password_hash = await hashPassword(input.password);
  const now = new Date().toISOString();
  const row = {
    id: newId(),
    name,
    name_key: nameKey(name),
    role,
    password_hash,
    disabled_at: null,
    password_changed_at: now,
    created_at: now,
    updated_at: now,
  };
  const res = await db.kysely
    .insertInto('users')
    .values(row)
    .onConflict((oc) => oc.column('name_key').doNothing())
    .executeTakeFirst();
  if (Number(res.numInsertedOrUpdatedRows ?? 0n) !== 1) {
    throw new AppError('conflict', `アカウント名は使用済みです / Account name already exists: ${name}`);
  }
  return toSummary(row);
}

/** Every account, oldest first. */
export async function listUsers(db: Db): Promise<UserSummary[]> {
  const rows = await db.kysely.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toSummary);
}

/** The full row (with the password hash) for a login name, or null. */
export function findUserByName(db: Db, name: string) {
  return db.kysely.selectFrom('users').selectAll().where('name_key', '=', nameKey(name)).executeTakeFirst();
}

/** Disables an account and ends all its sessions (in one transaction). */
/** An account by its id (for admin actions addressed by id), or undefined. */
export function findUserById(db: Db, id: string): Promise<{ id: string; name: string } | undefined> {
  return db.kysely.selectFrom('users').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function disableUser(db: Db, name: string): Promise<UserSummary> {
  return db.kysely.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .selectAll()
      .where('name_key', '=', nameKey(name))
      .executeTakeFirst();
    if (!user) throw new AppError('not_found', `アカウントがありません / No such account: ${name}`);
    const now = new Date().toISOString();
    await trx
      .updateTable('users')
      .set({ disabled_at: user.disabled_at ?? now, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    return toSummary({ ...user, disabled_at: user.disabled_at ?? now });
  });
}

/** Sets a new password (policy-checked) and ends all the account's sessions. */
export async function resetPassword(db: Db, name: string, password: string): Promise<UserSummary> {
  const user = await findUserByName(db, name);
  if (!user) throw new AppError('not_found', `アカウントがありません / No such account: ${name}`);
  checkPasswordPolicy(password, user.name);
  const password_hash = await hashPassword(password);
  const now = new Date().toISOString();
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash, password_changed_at: now, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  });
  return toSummary({ ...user, password_changed_at: now });
}

function parseName(name: string): string {
  const r = UserName.safeParse(name);
  if (!r.success) {
    throw new AppError(
      'validation_failed',
      'アカウント名は英数字と . _ - で64文字まで / Account name: up to 64 letters, digits, . _ -',
    );
  }
  return r.data;
}

function toSummary(u: {
  id: string;
  name: string;
  role: Role;
  disabled_at: string | null;
  created_at: string;
  password_changed_at: string;
}): UserSummary {
  return {
    id: u.id,
    name: u.name,
    role: u.role,
    disabled: u.disabled_at !== null,
    created_at: u.created_at,
    password_changed_at: u.password_changed_at,
  };
}
