import type { Command } from 'commander';
import { withDb } from './open-db.js';

/** `leakwatch sources add|list|remove`: the feeds and listing pages that `poll` watches. */
export function register(program: Command): void {
  const sources = program
    .command('sources')
    .description('Manage the feeds (Atom, RSS 2.0, RSS 1.0) and listing pages that `leakwatch poll` watches')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch sources add https://www.example.co.jp/news/rss.xml --name "Example news"
  leakwatch sources add https://www.example.co.jp/important/ --kind listing
  leakwatch sources list
  leakwatch sources remove 019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d`,
    );

  sources
    .command('add')
    .description('Register a feed or a listing page whose links are notices')
    .argument('<url>', 'http(s) URL of an Atom/RSS feed or a listing page')
    .option('--name <name>', 'a name to show (default: the host name)')
    .option('--kind <kind>', 'feed, listing or auto (detected on the first poll)', 'auto')
    .option('--json', 'print the new source as JSON')
    .addHelpText(
      'after',
      `
Examples:
  leakwatch sources add https://www.example.co.jp/news/rss.xml --name "Example news"
  leakwatch sources add https://www.example.co.jp/important/ --kind listing`,
    )
    .action(async (url: string, opts: { name?: string; kind: string; json?: boolean }) => {
      const { addSource } = await import('../../store/sources.js');
      const { AppError } = await import('../../errors.js');
      if (!['auto', 'feed', 'listing'].includes(opts.kind)) {
        throw new AppError('bad_request', `--kind must be feed, listing or auto (got ${opts.kind})`);
      }
      await withDb(async (db) => {
        const s = await addSource(db, {
          url,
          kind: opts.kind as 'auto' | 'feed' | 'listing',
          ...(opts.name ? { name: opts.name } : {}),
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
        else process.stdout.write(`Added source ${s.id}  ${s.name}  ${s.url}\n`);
      });
    });

  sources
    .command('list')
    .description('List registered sources with their last poll')
    .option('--json', 'print the sources as JSON')
    .addHelpText('after', '\nExamples:\n  leakwatch sources list\n  leakwatch sources list --json')
    .action(async (opts: { json?: boolean }) => {
      const { listSources } = await import('../../store/sources.js');
      await withDb(async (db) => {
        const list = await listSources(db);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        if (list.length === 0) {
          process.stdout.write('No sources yet. Add one with: leakwatch sources add FEED_URL\n');
          return;
        }
        for (const s of list) {
          const polled = s.lastPolledAt ? `last polled ${s.lastPolledAt}` : 'never polled';
          process.stdout.write(
            `${s.id}  ${s.kind.padEnd(7)}  ${s.name}\n  ${s.url}\n  ${polled}, ${s.seen} entries seen${s.lastError ? `, last error: ${s.lastError}` : ''}\n`,
          );
        }
      });
    });

  sources
    .command('remove')
    .description('Remove a source (by id or URL) and forget its seen entries')
    .argument('<id>', 'the source id (from `sources list`) or its URL')
    .addHelpText('after', '\nExamples:\n  leakwatch sources remove 019b0c2e-8f3a-7c41-9d2e-5b7f0a1c3e4d')
    .action(async (id: string) => {
      const { removeSource } = await import('../../store/sources.js');
      await withDb(async (db) => {
        const s = await removeSource(db, id);
        process.stdout.write(`Removed source ${s.id}  ${s.url}\n`);
      });
    });
}
