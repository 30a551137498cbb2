import { AppError } from '../errors.js';

/**
 * Reads a password for the CLI without echoing it and without it ever being a command-line argument
 * (arguments are visible to every user through `ps` and end up in shell history).
 * `--password-stdin` reads the first line of standard input (for scripts: `printf '%s\n' "$PW" | …`);
 * otherwise the terminal is put in raw mode and asked twice.
 */
export async function readPassword(opts: {
  stdin: boolean;
  confirm: boolean;
  label?: string;
}): Promise<string> {
  if (opts.stdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const first = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
    if (!first) throw new AppError('validation_failed', 'No password on standard input');
    return first;
  }
  if (!process.stdin.isTTY) {
    throw new AppError('bad_request', 'No terminal to ask for a password: use --password-stdin');
  }
  const pw = await promptHidden(opts.label ?? 'Password: ');
  if (opts.confirm) {
    const again = await promptHidden('Repeat password: ');
    if (again !== pw)
      throw new AppError('validation_failed', 'パスワードが一致しません / Passwords do not match');
  }
  return pw;
}

function promptHidden(label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(label);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new AppError('bad_request', 'Cancelled'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
