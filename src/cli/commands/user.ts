import type { Command } from 'commander';

/**
 * `leakwatch user add|list|disable|reset-password`: editor and admin accounts. Passwords are asked
 * for without echo or read with --password-stdin; never taken as an argument.
 */
export function register(program: Command): void {
  const user = program
    .command('user')
    .description('Manage editor and admin accounts / 編集者・管理者アカウントの管理')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch user add aiko --role editor             # asks for the password twice (no echo)
  printf '%s\\n' "$PW" | leakwatch user add ops --role admin --password-stdin
  leakwatch user list --json
  leakwatch user disable aiko                       # also ends the account's sessions
  leakwatch user reset-password aiko`,
    );

  user
    .command('add')
    .description('Create an account (password: at least 12 characters, not a common one)')
    .argument('<name>', 'account name (letters, digits, . _ -)')
    .requiredOption(
      '--role <role>',
      'editor (corrects facts) or admin (also manages accounts, reads the audit log)',
    )
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--json', 'print the account as JSON')
    .action(async (name: string, opts: { role: string; passwordStdin?: boolean; json?: boolean }) => {
      const { RoleSchema, createUser } = await import('../../auth/users.js');
      const role = RoleSchema.safeParse(opts.role);
      if (!role.success)
        throw new (await import('../../errors.js')).AppError(
          'validation_failed',
          '--role must be editor or admin',
        );
      const { readPassword } = await import('../../auth/prompt.js');
      const password = await readPassword({ stdin: Boolean(opts.passwordStdin), confirm: true });
      await withDb(async (db, config) => {
        const created = await createUser(db, { name, role: role.data, password });
        await cliAudit(db, config, 'user.add', created.id, { role: created.role });
        print(opts.json, created, `Created ${created.role} account ${created.name} (${created.id})`);
      });
    });

  user
    .command('list')
    .description('List accounts')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const { listUsers } = await import('../../auth/users.js');
      await withDb(async (db) => {
        const users = await listUsers(db);
        if (opts.json) return void process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        if (users.length === 0)
          return void process.stdout.write('No accounts. Add one: leakwatch user add NAME --role admin\n');
        for (const u of users) {
          process.stdout.write(
            `${u.name.padEnd(24)} ${u.role.padEnd(7)} ${u.disabled ? 'disabled' : 'active  '} ${u.id}\n`,
          );
        }
      });
    });

  user
    .command('disable')
    .description('Disable an account and end its sessions')
    .argument('<name>', 'account name')
    .option('--json', 'print JSON')
    .action(async (name: string, opts: { json?: boolean }) => {
      const { disableUser } = await import('../../auth/users.js');
      await withDb(async (db, config) => {
        const u = await disableUser(db, name);
        await cliAudit(db, config, 'user.disable', u.id, {});
        print(opts.json, u, `Disabled ${u.name}; its sessions are ended`);
      });
    });

  user
    .command('reset-password')
    .description('Set a new password and end the account’s sessions')
    .argument('<name>', 'account name')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--json', 'print JSON')
    .action(async (name: string, opts: { passwordStdin?: boolean; json?: boolean }) => {
      const { resetPassword } = await import('../../auth/users.js');
      const { readPassword } = await import('../../auth/prompt.js');
      const password = await readPassword({
        stdin: Boolean(opts.passwordStdin),
        confirm: true,
        label: 'New password: ',
      });
      await withDb(async (db, config) => {
        const u = await resetPassword(db, name, password);
        await cliAudit(db, config, 'user.reset_password', u.id, {});
        print(opts.json, u, `New password set for ${u.name}; its sessions are ended`);
      });
    });
}

function print(json: boolean | undefined, value: unknown, line: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${line}\n`);
}

type DbT = import('../../store/db.js').Db;
type ConfigT = import('../../config.js').Config;

/** Opens the configured database for one command and closes it afterwards. */
export async function withDb(fn: (db: DbT, config: ConfigT) => Promise<void>): Promise<void> {
  const { loadConfig } = await import('../../config.js');
  const { openDatabase } = await import('../../store/db.js');
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await fn(db, config);
  } finally {
    await db.close();
  }
}

/** Audit entry for a command-line action (actor 'cli'; no IP). */
export async function cliAudit(
  db: DbT,
  config: ConfigT,
  action: import('../../auth/audit.js').AuditAction,
  target: string | null,
  details: import('../../auth/audit.js').AuditDetails,
): Promise<void> {
  const { audit } = await import('../../auth/audit.js');
  await audit(db, config, { actor: 'cli', action, target, details });
}
