import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { type RunningServer, startServer } from '../../server.js';
import { openDatabase } from '../../store/db.js';
import { seedWebFixture, type WebFixture } from '../testing.js';

/**
 * The incident page in a real browser at a phone's and a desktop's width, in Japanese and English:
 * nothing wider than the screen, and a fact's quote readable by a tap (no hover). Skipped where no
 * Chromium is installed.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const WIDTHS = [390, 1280] as const;

describe.skipIf(!haveBrowser)('incident page in a browser', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let fx: WebFixture;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lw-incident-e2e-'));
    const db = await openDatabase({ dataDir });
    fx = await seedWebFixture(db);
    await db.close();
    server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', LEAKWATCH_DATA_DIR: dataDir, LEAKWATCH_SEED: 'never' }),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  for (const lang of ['ja', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`${lang} at ${width} px: no horizontal overflow; a tap opens a fact's quote`, async () => {
        const ctx = await browser.newContext({ viewport: { width, height: 900 }, hasTouch: width < 600 });
        const page = await ctx.newPage();
        const csp: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
        });
        await page.goto(`${server.url}/incidents/${fx.sampleIncidentId}?lang=${lang}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        const quote = page.locator('details.evidence-quote blockquote').first();
        expect(await quote.isVisible()).toBe(false);
        const summary = page.locator('details.evidence-quote > summary').first();
        if (width < 600) await summary.tap();
        else await summary.click();
        expect(await quote.isVisible()).toBe(true);
        expect((await quote.textContent())?.length).toBeGreaterThan(0);
        // Opening every quote must not make the page wider than the screen either.
        await page.evaluate(() => {
          document.querySelectorAll('details').forEach((d) => {
            d.open = true;
          });
        });
        const after = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(after).toBeLessThanOrEqual(0);
        expect(await page.locator('#advice-h').isVisible()).toBe(true);
        expect(await page.locator('a[href="/exposure"]').count()).toBeGreaterThan(0);
        expect(csp).toEqual([]);
        await ctx.close();
      });
    }
  }
});
