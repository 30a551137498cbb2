import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { type Db, openDatabase } from '../store/db.js';

/**
 * What the *.browser.test.ts files share: the Chromium they drive (tests skip where none is
 * installed), a real server over a temporary data dir, the page's CSP complaints and axe-core.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveBrowser = existsSync(CHROMIUM);
const AXE = join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');

export interface BrowserSite {
  /** Where the server answers, e.g. http://127.0.0.1:40123. */
  url: string;
  browser: Browser;
  /** Closes the browser and the server, then removes the data dir. */
  close(): Promise<void>;
}

/**
 * A data dir (named from `prefix`) filled by `seed`, the server on a free local port over it (no
 * starter dataset), and a headless Chromium.
 */
export async function startBrowserSite(
  prefix: string,
  seed: (db: Db) => Promise<void>,
): Promise<BrowserSite> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const db = await openDatabase({ dataDir });
  await seed(db);
  await db.close();
  const server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', LEAKWATCH_DATA_DIR: dataDir, LEAKWATCH_SEED: 'never' }),
  );
  const browser = await chromium
    .launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    })
    .catch(async (e: unknown) => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      throw e;
    });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The page's Content Security Policy complaints, as they come (the test expects none). */
export function cspComplaints(page: Page): string[] {
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  return csp;
}

/** Runs axe-core in the page; the ids of its serious and critical violations. */
export async function axeSerious(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
    ).axe;
    return (await axe.run()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  });
}
