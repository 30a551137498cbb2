import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWebFixture, type WebFixture } from '../testing.js';
import { type BrowserSite, cspComplaints, haveBrowser, startBrowserSite } from '../testing-browser.js';

/**
 * The incident page in a real browser at a phone's and a desktop's width, in Japanese and English:
 * nothing wider than the screen, and a fact's quote readable by a tap (no hover). Skipped where no
 * Chromium is installed.
 */
const WIDTHS = [390, 1280] as const;

describe.skipIf(!haveBrowser)('incident page in a browser', { timeout: 120_000 }, () => {
  let site: BrowserSite;
  let fx: WebFixture;

  beforeAll(async () => {
    site = await startBrowserSite('lw-incident-e2e-', async (db) => {
      fx = await seedWebFixture(db);
    });
  });

  afterAll(async () => {
    await site?.close();
  });

  for (const lang of ['ja', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`${lang} at ${width} px: no horizontal overflow; a tap opens a fact's quote`, async () => {
        const ctx = await site.browser.newContext({
          viewport: { width, height: 900 },
          hasTouch: width < 600,
        });
        const page = await ctx.newPage();
        const csp = cspComplaints(page);
        await page.goto(`${site.url}/incidents/${fx.sampleIncidentId}?lang=${lang}`);
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
