import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { type RunningServer, startServer } from '../server.js';
import { openDatabase } from '../store/db.js';
import { seedWebFixture, type WebFixture } from '../web/testing.js';
import { hashEmail } from './normalize.js';
import { importAccountHashes } from './store.js';

/**
 * /check in a real browser: the address is hashed by check.js, only a 5-hex prefix goes to the
 * server, the match happens in the page. Skipped where no Chromium is installed.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const AXE = join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');

describe.skipIf(!haveBrowser)('/check in a browser', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  let fx: WebFixture;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lw-check-e2e-'));
    const db = await openDatabase({ dataDir });
    fx = await seedWebFixture(db);
    await importAccountHashes(db, fx.sampleIncidentId, [
      'affected.person@example.jp',
      'plus.user@example.jp',
    ]);
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

  it('finds a listed address, sending only its 5-hex prefix', async () => {
    const ctx = await browser.newContext({ locale: 'en-GB' });
    const page = await ctx.newPage();
    const sent: string[] = [];
    const csp: string[] = [];
    page.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
    });
    await page.goto(`${server.url}/check?lang=en`);
    // Full-width input and upper case: normalised in the page exactly as on import.
    await page.fill('#check-email', ' ＡＦＦＥＣＴＥＤ.Person@example.jp ');
    await page.click('#check-button');
    await page.waitForSelector('#check-result ul a');
    const text = await page.textContent('#check-result');
    expect(text).toContain('This address is in the list of affected accounts of:');
    const href = await page.getAttribute('#check-result ul a', 'href');
    expect(href).toMatch(/^\/incidents\//);

    const hash = hashEmail('affected.person@example.jp');
    const range = sent.filter((s) => s.includes('/api/v1/range/'));
    expect(range).toEqual([`GET ${server.url}/api/v1/range/${hash.slice(0, 5)} `]);
    for (const s of sent) {
      expect(s.toLowerCase()).not.toContain('affected');
      expect(s).not.toContain(hash.slice(5, 15));
    }
    expect(csp).toEqual([]);

    // An address with +tag is also checked without it.
    await page.fill('#check-email', 'plus.user+shop@example.jp');
    await page.click('#check-button');
    await page.waitForSelector('#check-result ul a');
    // And an address in no list.
    await page.fill('#check-email', 'nobody@example.jp');
    await page.click('#check-button');
    await page.waitForFunction(() =>
      document.querySelector('#check-result')?.textContent?.includes('Not found'),
    );
    await page.fill('#check-email', 'not-an-address');
    await page.click('#check-button');
    await page.waitForFunction(() =>
      document.querySelector('#check-result')?.textContent?.includes('not an email'),
    );

    await page.evaluate(readFileSync(AXE, 'utf8'));
    const serious = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      return (await axe.run()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await ctx.close();
  });

  it('without JavaScript explains why and sends nothing', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/check`);
    expect(await page.textContent('main')).toContain('この確認には JavaScript が必要です');
    const sent: string[] = [];
    page.on('request', (r) => sent.push(r.url()));
    await page.fill('#check-email', 'affected.person@example.jp');
    await page.click('#check-button');
    await page.waitForTimeout(300);
    for (const s of sent) expect(s).not.toContain('affected');
    await ctx.close();
  });
});
