import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { type Db, openDatabase } from '../store/db.js';

/**
 * What the browser tests (*.browser.test.ts, test/browser/) share: the Chromium they drive (tests
 * skip where none is installed), a real server over a temporary data dir, the page's CSP
 * complaints and axe-core.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveBrowser = existsSync(CHROMIUM);
/** The two widths every page is judged and photographed at: a phone's and a desktop's. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;
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

/**
 * The Content Security Policy complaints of a page, or of every page of a browser context, as they
 * come (the test expects none).
 */
export function cspComplaints(target: Page | BrowserContext): string[] {
  const csp: string[] = [];
  const listen = (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  };
  if ('goto' in target) target.on('console', listen);
  else target.on('console', listen);
  return csp;
}

let axeSource: string | undefined;

/**
 * Runs axe-core in the page (page.evaluate is not subject to the page's CSP); its serious and
 * critical violations, each as its id and up to three of the places it was found.
 * @example await axeSerious(page) // => ['color-contrast .tag, footer a']
 */
export async function axeSerious(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(AXE, 'utf8');
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    type Violation = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Violation[] }> } })
      .axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ${v.targets.join(', ')}`);
}
