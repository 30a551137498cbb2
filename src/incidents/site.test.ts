import { describe, expect, it } from 'vitest';
import {
  addressDay,
  hostNamesOrganization,
  isOwnSite,
  noticeSite,
  registrableDomain,
  runSite,
  siteOf,
  thirdPartyHost,
} from './site.js';

describe('the site a notice was published on', () => {
  it('reads hosts, dropping www. and unwrapping archive copies', () => {
    expect(siteOf('http://www.city.example.lg.jp/news/1.html')).toBe('city.example.lg.jp');
    expect(siteOf('https://megalodon.jp/ref/2021-0612-0501-12/https://shop.example.jp:443/news/10')).toBe(
      'shop.example.jp',
    );
    expect(siteOf('https://web.archive.org/web/20200101000000/https://www.example.co.jp/info')).toBe(
      'example.co.jp',
    );
    expect(siteOf('not an address')).toBeNull();
    // A search engine's cache writes the copied host's dots as dashes.
    expect(siteOf('https://www-pref-example-jp.cache.yimg.jp/page/1.html')).toBe('pref.example.jp');
  });

  it('does not take republishers or reposts for the publisher', () => {
    expect(isOwnSite('oag.ca.gov')).toBe(false);
    expect(isOwnSite('blog.example.net')).toBe(false);
    expect(isOwnSite('example-hospital.or.jp')).toBe(true);
    // Document-sharing sites carry many bodies' press releases.
    expect(isOwnSite('expydoc.com')).toBe(false);
    // Every listed company's filings, and any page a scanning service captured.
    expect(isOwnSite('sec.gov')).toBe(false);
    expect(isOwnSite('urlscan.io')).toBe(false);
    // A PDF served from a CDN or a shared bucket says nothing about who published it.
    expect(isOwnSite('cdn.example-files.net')).toBe(false);
    expect(isOwnSite('d111111abcdef8.cloudfront.net')).toBe(false);
    expect(isOwnSite('cdn.example.co.jp')).toBe(true);
    expect(noticeSite('https://www.example.ac.jp/news/1\n\n本学における個人情報の漏えいについて', null)).toBe(
      'example.ac.jp',
    );
    expect(
      noticeSite(
        '【セキュリティ事件簿#2024-001】サンプル株式会社 不正アクセス',
        'https://www.example.co.jp/a',
      ),
    ).toBeNull();
    expect(noticeSite('本文のみ', 'https://www.example.co.jp/a')).toBe('example.co.jp');
    expect(noticeSite('本文のみ', null)).toBeNull();
  });

  it('takes a copy that names the address it copied for that page', () => {
    const copy =
      'Incident report: staff accounts misused\n\nsource link: https://www.example-freight.test/blog/staff-accounts\n\nOn May 2 …';
    expect(noticeSite(copy, 'https://aggregator.example-news.test/dig/123')).toBe('example-freight.test');
    expect(noticeSite('出典：https://www.example.co.jp/news/0509.html\n不正アクセスについて', null)).toBe(
      'example.co.jp',
    );
    // A copy of a page on a republisher says nothing about who published it.
    expect(
      noticeSite('Source: https://www.prnewswire.com/news/1\nNotice', 'https://a.example.test/x'),
    ).toBeNull();
  });

  it('takes an address alone on one of the first lines of a repost for the page it copied', () => {
    const repost =
      'サンプル株式会社 不正アクセスに関する最終報告(転載)\nexample-soft.co.jp/news/0927-final…\n当社は…';
    expect(noticeSite(repost, 'https://blog.example-digest.hatenablog.com/entry/1')).toBe(
      'example-soft.co.jp',
    );
    expect(noticeSite(repost, null)).toBe('example-soft.co.jp');
    expect(noticeSite(`【セキュリティ事件簿#2024-001】${repost}`, null)).toBe('example-soft.co.jp');
    // The notice's own address wins; an address further down is a link in the text.
    expect(noticeSite(repost, 'https://www.example.co.jp/a')).toBe('example.co.jp');
    expect(noticeSite('お知らせ\n本文\n本文\nexample-soft.co.jp/news/1', null)).toBeNull();
  });

  it('reads the site a notice says its body runs', () => {
    expect(
      runSite(
        'このたび、当社が運営する「サンプルストア(https://www.example-store.jp/)」に不正アクセスがありました。',
      ),
    ).toBe('example-store.jp');
    // A site someone else runs, or one on a platform many shops share, says nothing of the speaker.
    expect(runSite('委託先が運営する「サンプルストア(https://www.example-store.jp/)」で…')).toBeNull();
    expect(runSite('当社が運営する「サンプル日記(https://sample.hatenablog.com/)」で…')).toBeNull();
  });

  it('finds the registered domain', () => {
    expect(registrableDomain('ir.example.co.jp')).toBe('example.co.jp');
    expect(registrableDomain('city.example.lg.jp')).toBe('city.example.lg.jp');
    expect(registrableDomain('news.example.com')).toBe('example.com');
    expect(registrableDomain('shop.example.co.uk')).toBe('example.co.uk');
    // Two wards under a prefecture's geographic domain are two publishers.
    expect(registrableDomain('city.north.tokyo.jp')).toBe('city.north.tokyo.jp');
    expect(registrableDomain('db.pref.example.jp')).toBe('pref.example.jp');
    // A platform customer's host is its own domain; a US school district's or locality's too.
    expect(registrableDomain('fenwick-readers.wordpress.com')).toBe('fenwick-readers.wordpress.com');
    expect(registrableDomain('help.fenwick.zendesk.com')).toBe('fenwick.zendesk.com');
    expect(registrableDomain('news.fenwick.k12.ca.us')).toBe('fenwick.k12.ca.us');
  });

  it("takes an institution's news host and a platform customer's host for its own site", () => {
    expect(isOwnSite('news.fenwick.edu')).toBe(true);
    expect(isOwnSite('blog.fenwick.ac.uk')).toBe(true);
    expect(isOwnSite('news.fenwick.example')).toBe(false);
    expect(isOwnSite('fenwick-readers.wordpress.com')).toBe(true);
    // The platform's own address holds every customer's posts.
    expect(isOwnSite('medium.com')).toBe(false);
    expect(isOwnSite('wordpress.com')).toBe(false);
  });

  it("reads the day in a blog post's address", () => {
    expect(addressDay('Update\n', 'https://fenwick.wordpress.com/2031/05/09/update/')).toBe('2031-05-09');
    expect(addressDay('https://news.fenwick.edu/2031/5/9/notice\nUpdate', null)).toBe('2031-05-09');
    expect(addressDay('Update\n', 'https://fenwick.example/news/2031/05/')).toBeNull();
  });
});

describe("hosts that bear an organisation's name", () => {
  it('finds a distinctive word of the name in the host, not a common one', () => {
    expect(hostNamesOrganization('bramblewickhealth.example', 'Bramblewick Health System, Inc.')).toBe(true);
    expect(hostNamesOrganization('blog.bramblewick.example', 'Bramblewick Health')).toBe(true);
    expect(hostNamesOrganization('healthwire.example', 'Bramblewick Health')).toBe(false);
  });

  it('tells a third party host of one organisation from two publishers', () => {
    expect(thirdPartyHost('securitywire.example', ['bramblewick.example'], 'Bramblewick Health')).toBe(true);
    expect(thirdPartyHost('bramblewick.example', ['securitywire.example'], 'Bramblewick Health')).toBe(true);
    // Two hosts that both bear the name, or neither: nothing said.
    expect(thirdPartyHost('bramblewick.example', ['bramblewick-care.example'], 'Bramblewick Health')).toBe(
      false,
    );
    expect(thirdPartyHost('city.north.example.jp', ['city.south.example.jp'], 'ノース市')).toBe(false);
  });
});
