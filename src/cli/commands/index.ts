import type { Command } from 'commander';
import { register as accounts } from './accounts.js';
import { register as audit } from './audit.js';
import { register as backup } from './backup.js';
import { register as checkNotice } from './check-notice.js';
import { register as exportData } from './export.js';
import { register as extract } from './extract.js';
import { register as importData } from './import.js';
import { register as ingest } from './ingest.js';
import { register as poll } from './poll.js';
import { register as restore } from './restore.js';
import { register as search } from './search.js';
import { register as show } from './show.js';
import { register as sources } from './sources.js';
import { register as user } from './user.js';
import { register as watch } from './watch.js';

/**
 * Every CLI command. A command lives in its own file in this folder and exports
 * `register(program)`, which adds it with a description, options and examples for --help.
 * Keep the action's heavy imports inside the action so that `leakwatch --help` starts fast.
 */
export type Register = (program: Command) => void;

export const commands: Register[] = [
  accounts,
  watch,
  ingest,
  sources,
  poll,
  user,
  audit,
  backup,
  restore,
  search,
  show,
  importData,
  extract,
  checkNotice,
  exportData,
];
