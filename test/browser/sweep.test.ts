import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStarterDataset } from '../../src/store/starter.js';
import { seedWebFixture, type WebFixture } from '../../src/web/testing.js';
import {
  axeSerious,
  type BrowserSite,
  CHROMIUM,
  haveBrowser,
  startBrowserSite,
  VIEWPORTS,
} from '../../src/web/testing-browser.js';
import { type LayoutProbe, PROBE_SCRIPT } from './layout-probe.js';

/**
 * Every main page, as a worried reader on a phone would meet it and as a desktop shows it: 390 px and
 * 1280 px, Japanese and English, on a fresh install's starter data plus the fictional notices. Each
 * page must fit the window (no sideways scrolling of the page; tables scroll in their own box), no table
 * cell may spill, no text may be squeezed to a letter or two a line, no snake_case vocabulary key may
 * show, the phone menu takes at most two lines, the console stays free of errors, and axe finds nothing
 * serious. Full-page screenshots land in artifacts/screenshots/sweep/ for a person to look at.
 */
if (!haveBrowser)
  console.warn(`[leakwatch browser sweep] no Chromium at ${CHROMIUM} (set CHROMIUM_PATH): skipped.`);

const SHOTS = join(process.cwd(), 'artifacts', 'screenshots', 'sweep');
type Lang = 'ja' | 'en';

/** Drafts written for this test (fictional company, invented figures). */
const DRAFT: Record<Lang, string> = {
  ja: [
    '2026年4月1日',
    '会員の皆様へ',
    '株式会社例示システムズ',
    '3月28日、当社の会員向けサイトのサーバーに外から不正に入られた形跡を見つけ、その日のうちにサーバーを止めました。',
    '会員の氏名とメールアドレス、最大1,200件が見られた可能性があります。',
    '個人情報保護委員会には報告しました。該当する会員様には一人ずつメールでお知らせします。',
    '念のためパスワードを変えてください。問い合わせ先: help@example.com(平日10時から17時)',
  ].join('\n'),
  en: [
    'Example Systems Ltd, 1 April 2026',
    'On 28 March 2026 we noticed that someone had broken into the server behind our members site; we took it offline that day.',
    'The names and email addresses of up to 1,200 members may have been seen.',
    'We have told the regulator and will write to each member concerned. Please change your password.',
    'Questions: help@example.com',
  ].join('\n'),
};

interface SweepPage {
  name: string;
  path: (fx: WebFixture, lang: Lang) => string;
  /** Brings the page to the state to judge (a form sent, a result shown). */
  act?: (page: Page, lang: Lang) => Promise<void>;
}

const PAGES: SweepPage[] = [
  { name: 'home', path: () => '/' },
  {
    name: 'search',
    path: (_, l) => `/search?q=${encodeURIComponent(l === 'ja' ? 'サンプル通販' : 'Widget Store')}`,
  },
  { name: 'search-none', path: () => '/search?q=zzqx-nothing-matches' },
  {
    name: 'incident',
    path: (fx, l) => `/incidents/${l === 'ja' ? fx.sampleIncidentId : fx.widgetsIncidentId}`,
  },
  { name: 'notice', path: (fx, l) => `/notices/${l === 'ja' ? fx.sample1NoticeId : fx.widgetsNoticeId}` },
  {
    name: 'exposure',
    path: () => '/exposure',
    act: async (page) => {
      // Several services with long names: the matrix must stay readable on a phone.
      await page.fill(
        '#exposure-paste',
        'サンプル通販\nガジェットクラブ\nWidget Store\nSansan\nNewsPicks\nブックオフ',
      );
      await page.locator('button[name="action"][value="report"]').first().click();
      await page.waitForSelector('#results');
    },
  },
  { name: 'check', path: () => '/check' },
  { name: 'stats', path: () => '/stats' },
  { name: 'benchmarks', path: () => '/benchmarks' },
  {
    name: 'notice-check',
    path: () => '/notice-check',
    act: async (page, lang) => {
      await page.fill('#nc-text', DRAFT[lang]);
      await page.locator('form[action="/notice-check"] button[type="submit"]').click();
      await page.waitForSelector('#nc-result');
    },
  },
  { name: 'api-docs', path: () => '/api/docs' },
  { name: 'watch', path: () => '/watch' },
  { name: 'organizations', path: () => '/organizations' },
  {
    name: 'organization',
    path: () => '/organizations',
    act: async (page) => {
      await page.locator('main a[href^="/organizations/"]').first().click();
      await page.waitForURL(/\/organizations\/.+/);
    },
  },
  { name: 'services', path: () => '/services' },
];

function withLang(path: string, lang: Lang): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

describe.skipIf(!haveBrowser)(
  'every main page at 390 px and 1280 px, JA and EN',
  { timeout: 180_000 },
  () => {
    let site: BrowserSite;
    let fx: WebFixture;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      site = await startBrowserSite('lw-sweep-', async (db) => {
        await loadStarterDataset(db);
        fx = await seedWebFixture(db);
      });
    }, 240_000); // the starter (10,000+ incidents) loads slowly on a busy 2-core machine

    afterAll(async () => {
      await site?.close();
    });

    for (const lang of ['ja', 'en'] as const) {
      for (const sp of PAGES) {
        it(`${sp.name} (${lang})`, async () => {
          const ctx = await site.browser.newContext({
            locale: lang === 'ja' ? 'ja-JP' : 'en-GB',
            viewport: VIEWPORTS.phone,
          });
          const page = await ctx.newPage();
          const errors: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error') errors.push(m.text());
          });
          page.on('pageerror', (e) => errors.push(e.message));
          const res = await page.goto(`${site.url}${withLang(sp.path(fx, lang), lang)}`);
          expect(res?.status(), sp.name).toBeLessThan(400);
          await sp.act?.(page, lang);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);

          for (const [vp, size] of Object.entries(VIEWPORTS)) {
            await page.setViewportSize(size);
            const where = `${sp.name} ${lang} ${vp}`;
            await page.screenshot({ path: join(SHOTS, `${sp.name}-${lang}-${vp}.png`), fullPage: true });
            const p = (await page.evaluate(PROBE_SCRIPT)) as LayoutProbe;
            expect(p.docWidth, `${where}: page wider than the window`).toBeLessThanOrEqual(p.winWidth);
            expect(p.sticksOut, `${where}: sticks out of the window`).toEqual([]);
            expect(p.overflowingCells, `${where}: cell content spills`).toEqual([]);
            expect(p.brokenText, `${where}: text squeezed a letter a line`).toEqual([]);
            expect(p.rawCodes, `${where}: vocabulary keys shown raw`).toEqual([]);
            if (vp === 'phone') expect(p.navRows, `${where}: phone menu lines`).toBeLessThanOrEqual(2);
            expect(await axeSerious(page), `${where}: axe`).toEqual([]);
          }
          expect(errors, `${sp.name} ${lang}: console errors`).toEqual([]);
          await ctx.close();
        });
      }
    }
  },
);
