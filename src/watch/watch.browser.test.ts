import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { type RunningServer, startServer } from '../server.js';
import { openDatabase } from '../store/db.js';
import { seedWebFixture } from '../web/testing.js';

/**
 * /watch in a real browser: a person types part of a service's name, picks it from the suggestions,
 * and signs up; the page has no serious accessibility issue. Skipped where no Chromium is installed.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const AXE = join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');

describe.skipIf(!haveBrowser)('/watch in a browser', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lw-watch-e2e-'));
    const db = await openDatabase({ dataDir });
    await seedWebFixture(db);
    await db.close();
    // No SMTP: this server cannot send mail, so the feed is the way (ticked and open).
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

  it('suggests services as a person types, signs up with the one picked, and passes axe', async () => {
    const ctx = await browser.newContext({ locale: 'ja-JP' });
    const page = await ctx.newPage();
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
    });
    await page.goto(`${server.url}/watch`);
    expect(await page.textContent('h1')).toBe('使っているサービスの漏えいをメールで知らせる');
    // The rare kinds of data are folded away.
    expect(await page.isVisible('#watch-class-Astrological-signs')).toBe(false);
    expect(await page.isVisible('#watch-class-Passwords')).toBe(true);

    await page.type('#watch-service-1', 'ガジェット');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('#watch-service-list option')).some(
        (o) => (o as HTMLOptionElement).value === 'Gadget Club',
      ),
    );
    // Suggestions say which names are services and which are companies.
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('#watch-service-list option')).some(
        (o) =>
          (o as HTMLOptionElement).value === 'Gadget Club' && o.getAttribute('label')?.includes('サービス'),
      ),
    );
    await page.fill('#watch-service-2', '');
    await page.type('#watch-service-2', 'Example Gadg');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('#watch-service-list option')).some(
        (o) =>
          (o as HTMLOptionElement).value === 'Example Gadgets Ltd' &&
          o.getAttribute('label')?.includes('会社・団体'),
      ),
    );
    await page.fill('#watch-service-2', '');
    await page.fill('#watch-service-1', 'Gadget Club');

    await page.evaluate(readFileSync(AXE, 'utf8'));
    const serious = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      const r = await axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);

    await page.click('#watch-submit');
    await page.waitForSelector('#watch-feed-url');
    expect(await page.textContent('main')).toContain('お知らせの対象: Gadget Club');
    expect(await page.isVisible('#watch-feed-url')).toBe(true);
    expect(csp).toEqual([]);
    await ctx.close();
  });
});
