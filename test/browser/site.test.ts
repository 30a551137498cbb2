import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStarterDataset } from '../../src/store/starter.js';
import { seedWebFixture, type WebFixture } from '../../src/web/testing.js';
import {
  axeSerious,
  type BrowserSite,
  CHROMIUM,
  cspComplaints,
  haveBrowser,
  startBrowserSite,
  VIEWPORTS,
} from '../../src/web/testing-browser.js';

/**
 * End-to-end: the real server (SQLite in a temp dir, starter dataset + fictional notices) driven by
 * Chromium. Screenshots go to artifacts/screenshots/ at phone and desktop widths; axe-core checks
 * each page; CSP violations fail the test.
 */
if (!haveBrowser)
  console.warn(`[leakwatch browser tests] no Chromium at ${CHROMIUM} (set CHROMIUM_PATH): skipped.`);

const SHOTS = join(process.cwd(), 'artifacts', 'screenshots');

let site: BrowserSite;
let ctx: BrowserContext;
let fx: WebFixture;
let cspErrors: string[] = [];

async function shoot(page: Page, name: string): Promise<void> {
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.phone);
}

describe.skipIf(!haveBrowser)('site in a browser', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    site = await startBrowserSite('lw-web-e2e-', async (db) => {
      await loadStarterDataset(db);
      fx = await seedWebFixture(db);
    });
    // One context for the three tests: the exposure page's selection is kept in its localStorage.
    ctx = await site.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'ja-JP' });
    ctx.setDefaultTimeout(10_000);
    cspErrors = cspComplaints(ctx);
  });

  afterAll(async () => {
    await ctx?.close();
    await site?.close();
  });

  it('Japanese: search → incident → evidence → exposure report', async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    // Suggestions arrive in the datalist as the reader types (romaji finds the service).
    await page.fill('#home-search', 'gajetto');
    await page.waitForFunction(() => document.querySelectorAll('#home-search-list option').length > 0);
    expect(await page.locator('#home-search-list option').first().getAttribute('value')).toBe('Gadget Club');
    expect(await axeSerious(page)).toEqual([]);
    await shoot(page, 'home-ja');

    await page.fill('#home-search', 'サンプル通販');
    await page.press('#home-search', 'Enter');
    await page.waitForURL(/\/search\?q=/);
    expect(await page.textContent('main')).toContain('1件の事案が見つかりました');
    expect(await axeSerious(page)).toEqual([]);
    await shoot(page, 'search-ja');

    await page.click('.card-title a');
    await page.waitForURL(/\/incidents\//);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('株式会社サンプル商事は2026年3月2日');
    expect(main).toContain('件数: 約8,000人 → 12,345人');
    expect(await axeSerious(page)).toEqual([]);
    await shoot(page, 'incident-ja');

    // A fact's quote opens by a tap; its link leads to the passage in the notice.
    await page.locator('details.evidence-quote > summary').first().click();
    await page.locator('details.evidence-quote[open] .evidence-body a').first().click();
    await page.waitForURL(/\/notices\/.+hl=/);
    expect(await page.locator('mark#hl').count()).toBe(1);
    expect(await axeSerious(page)).toEqual([]);
    await shoot(page, 'notice-ja');

    await page.goto(`${site.url}/exposure`);
    await page.fill('#exposure-paste', 'サンプル通販\nガジェットクラブ');
    await page.locator('button[name="action"][value="report"]').first().click();
    await page.waitForSelector('#results');
    const report = (await page.textContent('#results')) ?? '';
    expect(report).toContain('どの情報がどこで漏れたか');
    expect(report).toContain('カード裏面');
    expect(report).toContain('188');
    expect(await axeSerious(page)).toEqual([]);
    await shoot(page, 'exposure-ja');

    // Answering the scope question "no" marks the incident as likely not affecting the reader.
    await page.check(`input[name="scope_${fx.sampleIncidentId}"][value="no"]`);
    await page.locator('button[name="action"][value="report"]').last().click();
    await page.waitForSelector('#results');
    expect(await page.textContent('#results')).toContain('おそらく影響なし');

    // The selection is remembered in this browser only: a fresh visit restores it from localStorage.
    await page.goto(`${site.url}/exposure`);
    await expect.poll(() => page.locator('#exposure-selected input:checked').count()).toBe(2);
    await page.close();
  });

  it('English: search → incident → notice → exposure report', async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.url}/?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toContain('Has your data leaked?');
    await page.fill('#home-search', 'Widget Store');
    await page.press('#home-search', 'Enter');
    await page.waitForURL(/\/search\?q=/);
    expect(await page.textContent('main')).toContain('1 incident found');
    await shoot(page, 'search-en');
    await page.click('.card-title a');
    await page.waitForURL(/\/incidents\//);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('Example Widgets Inc. disclosed that');
    expect(main).toContain('up to 2,500 people');
    await shoot(page, 'incident-en');
    // The notice's markup is shown as text, never run.
    // A fact's quote opens by a tap; its link leads to the passage in the notice.
    await page.locator('details.evidence-quote > summary').first().click();
    await page.locator('details.evidence-quote[open] .evidence-body a').first().click();
    await page.waitForURL(/\/notices\//);
    expect(await page.textContent('pre.notice-text')).toContain('<script>alert(1)</script>');
    expect(await page.locator('pre.notice-text img, pre.notice-text script').count()).toBe(0);
    await shoot(page, 'notice-en');

    await page.goto(`${site.url}/exposure`);
    await page.locator('button[name="action"][value="clear"]').click();
    await page.fill('#exposure-find', 'Widget');
    await page.click('button[value="find"]');
    await page.locator('fieldset input[name="s"]:not(:checked)').first().check();
    await page.locator('button[name="action"][value="report"]').first().click();
    await page.waitForSelector('#results');
    const report = (await page.textContent('#results')) ?? '';
    expect(report).toContain('What leaked where');
    expect(report).toContain('phishing');
    expect(await axeSerious(page)).toEqual([]);
    await shoot(page, 'exposure-en');
    await page.close();
  });

  it('stats and organisation pages render without CSP violations and pass axe', async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.url}/stats?lang=ja`);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(4);
    expect(await axeSerious(page)).toEqual([]);
    await shoot(page, 'stats-ja');
    await page.goto(`${site.url}/incidents/${fx.sampleIncidentId}`);
    await page.click('dl.facts a[href^="/organizations/"]');
    await page.waitForURL(/\/organizations\/.+/);
    expect(await axeSerious(page)).toEqual([]);
    await shoot(page, 'organization-ja');
    await page.goto(`${site.url}/incidents/no-such-thing?lang=ja`);
    expect(await page.textContent('h1')).toContain('ページが見つかりません');
    expect(cspErrors).toEqual([]);
    // The detector works and the policy bites: an injected inline script is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.title = "inline ran"';
      document.body.append(s);
    });
    await expect.poll(() => cspErrors.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('inline ran');
    await page.close();
  });
});
