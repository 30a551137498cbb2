import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWebFixture } from '../web/testing.js';
import {
  axeSerious,
  type BrowserSite,
  cspComplaints,
  haveBrowser,
  startBrowserSite,
} from '../web/testing-browser.js';

/**
 * /watch in a real browser: a person types part of a service's name, picks it from the suggestions,
 * and signs up; the page has no serious accessibility issue. Skipped where no Chromium is installed.
 */

describe.skipIf(!haveBrowser)('/watch in a browser', { timeout: 120_000 }, () => {
  let site: BrowserSite;

  beforeAll(async () => {
    // No SMTP: this server cannot send mail, so the feed is the way (ticked and open).
    site = await startBrowserSite('lw-watch-e2e-', async (db) => {
      await seedWebFixture(db);
    });
  });

  afterAll(async () => {
    await site?.close();
  });

  it('suggests services as a person types, signs up with the one picked, and passes axe', async () => {
    const ctx = await site.browser.newContext({ locale: 'ja-JP' });
    const page = await ctx.newPage();
    const csp = cspComplaints(page);
    await page.goto(`${site.url}/watch`);
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

    const serious = await axeSerious(page);
    expect(serious).toEqual([]);

    await page.click('#watch-submit');
    await page.waitForSelector('#watch-feed-url');
    expect(await page.textContent('main')).toContain('お知らせの対象: Gadget Club');
    expect(await page.isVisible('#watch-feed-url')).toBe(true);
    expect(csp).toEqual([]);
    await ctx.close();
  });
});
