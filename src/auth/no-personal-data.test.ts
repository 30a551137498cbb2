import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('logins, a lock-out and a correction log no account name, password, email or reason', async () => {
  const probe = fileURLToPath(new URL('./testing-log-probe.ts', import.meta.url));
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', probe], {
    env: { ...process.env, LEAKWATCH_LOG_LEVEL: 'debug', NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const { PROBE } = await import('./testing-log-probe-data.js');
  // The run did what it should: 4 failures, 2 lock-outs, a failure, a login, a correction.
  expect(stderr).toContain('probe statuses 401,401,401,401,429,429,401,303,303');
  const logged = `${stdout}\n${stderr}`;
  // Logging was on and the events themselves were logged (as ids and actions).
  const actions = logged
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { module?: string; action?: string })
    .filter((l) => l.module === 'audit')
    .map((l) => l.action);
  expect(actions).toEqual(
    expect.arrayContaining(['login.failure', 'login.locked', 'login.success', 'correction.add']),
  );
  for (const secret of [
    PROBE.editor,
    PROBE.editorPassword,
    PROBE.emailTried,
    PROBE.passwordTried,
    'example.jp',
    PROBE.reason,
  ]) {
    expect(logged, secret).not.toContain(secret);
  }
}, 60_000);
