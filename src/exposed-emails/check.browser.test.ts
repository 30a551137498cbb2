import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWebFixture, type WebFixture } from '../web/testing.js';
import {
  axeSerious,
  type BrowserSite,
  cspComplaints,
  haveBrowser,
  startBrowserSite,
} from '../web/testing-browser.js';
import { hashEmail } from './normalize.js';
import { importAccountHashes } from './store.js';

/**
 * /check in a real browser: the address is hashed by check.js, only a 5-hex prefix goes to the
 * server, the match happens in the page. Skipped where no Chromium is installed.
 */

describe.skipIf(!haveBrowser)('/check in a browser', { timeout: 120_000 }, () => {
  let site: BrowserSite;
  let fx: WebFixture;

  beforeAll(async () => {
    site = await startBrowserSite('lw-check-e2e-', async (db) => {
      fx = await seedWebFixture(db);
      await importAccountHashes(db, fx.sampleIncidentId, [
        'affected.person@example.jp',
        'plus.user@example.jp',
      ]);
    });
  });

  afterAll(async () => {
    await site?.close();
  });

  it('finds a listed address, sending only its 5-hex prefix', async () => {
    const ctx = await site.browser.newContext({ locale: 'en-GB' });
    const page = await ctx.newPage();
    const sent: string[] = [];
    const csp = cspComplaints(page);
    page.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await page.goto(`${site.url}/check?lang=en`);
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
    expect(range).toEqual([`GET ${site.url}/api/v1/range/${hash.slice(0, 5)} `]);
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

    const serious = await axeSerious(page);
    expect(serious).toEqual([]);
    await ctx.close();
  });

  it('without JavaScript explains why and sends nothing', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/check`);
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
