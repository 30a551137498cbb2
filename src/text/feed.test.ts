import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { feedDate, linksFromListingPage, parseFeed } from './feed.js';

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>株式会社サンプル商事 お知らせ</title>
  <entry>
    <title>不正アクセスに関するお知らせ（第二報）</title>
    <link rel="alternate" href="/news/2031/0420.html"/>
    <link rel="enclosure" href="/files/0420.pdf"/>
    <id>tag:example.jp,2031:0420</id>
    <published>2031-04-20T09:00:00+09:00</published>
  </entry>
  <entry>
    <title type="html">Example &lt;b&gt;Widgets&lt;/b&gt; &amp;amp; Co. notice</title>
    <link href="https://www.example.jp/news/2031/0412.html"/>
    <updated>2031-04-12T01:00:00Z</updated>
  </entry>
  <entry><title>no link</title></entry>
</feed>`;

const RSS1 = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://www.example.jp/">
    <title>サンプル商事 重要なお知らせ</title>
    <link>https://www.example.jp/</link>
  </channel>
  <item rdf:about="https://www.example.jp/important/0001.html">
    <title>個人情報流出の可能性に関するお詫びとお知らせ</title>
    <link>https://www.example.jp/important/0001.html</link>
    <dc:date>2031-05-01T08:00:00+09:00</dc:date>
  </item>
  <item rdf:about="https://www.example.jp/important/0002.html">
    <title>システム障害の復旧について</title>
    <dc:date>2031-05-02</dc:date>
  </item>
</rdf:RDF>`;

const RSS2 = `<rss version="2.0"><channel><title>Example Widgets newsroom</title>
  <item><title>Notice of Data Security Incident</title><link>https://news.example.com/2031/incident</link>
    <pubDate>Tue, 06 May 2031 23:30:00 -0700</pubDate></item>
  <item><title>Second</title><guid isPermaLink="true">https://news.example.com/2031/second</guid></item>
  <item><title>Bad link</title><link>javascript:alert(1)</link></item>
</channel></rss>`;

describe('parseFeed', () => {
  it('reads Atom: alternate links, relative URLs, html titles, dates as written', () => {
    const f = parseFeed(ATOM, 'https://www.example.jp/feed.xml');
    expect(f.title).toBe('株式会社サンプル商事 お知らせ');
    expect(f.items).toEqual([
      {
        url: 'https://www.example.jp/news/2031/0420.html',
        title: '不正アクセスに関するお知らせ（第二報）',
        published: '2031-04-20',
      },
      {
        url: 'https://www.example.jp/news/2031/0412.html',
        title: 'Example Widgets & Co. notice',
        published: '2031-04-12',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF), common on Japanese sites', () => {
    const f = parseFeed(RSS1, 'https://www.example.jp/index.rdf');
    expect(f.title).toBe('サンプル商事 重要なお知らせ');
    expect(f.items).toEqual([
      {
        url: 'https://www.example.jp/important/0001.html',
        title: '個人情報流出の可能性に関するお詫びとお知らせ',
        published: '2031-05-01',
      },
      {
        url: 'https://www.example.jp/important/0002.html',
        title: 'システム障害の復旧について',
        published: '2031-05-02',
      },
    ]);
  });

  it('reads RSS 2.0 with pubDate and permalink guids, dropping non-http links', () => {
    const f = parseFeed(RSS2, 'https://news.example.com/rss');
    expect(f.items).toEqual([
      {
        url: 'https://news.example.com/2031/incident',
        title: 'Notice of Data Security Incident',
        published: '2031-05-06',
      },
      { url: 'https://news.example.com/2031/second', title: 'Second' },
    ]);
  });

  it('never expands external entities (XXE)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss><channel><title>&xxe;</title><item><title>t</title><link>https://example.com/a</link></item></channel></rss>`;
    const f = parseFeed(xxe, 'https://example.com/');
    expect(f.title).toBe('&xxe;');
    expect(JSON.stringify(f)).not.toContain('root:');
  });

  it('never expands nested entities (billion laughs) and stays fast', () => {
    const defs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join(
      '',
    );
    const bomb = `<?xml version="1.0"?><!DOCTYPE b [<!ENTITY l0 "lol">${defs}]><feed><title>&l9;</title></feed>`;
    const t0 = performance.now();
    const f = parseFeed(bomb, 'https://example.com/');
    expect(f.title).toBe('&l9;');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('says clearly when the document is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://example.com/')).toThrow(/Not a feed/);
    expect(() => parseFeed('<rss><channel><title>x</title></chan', 'https://example.com/')).toThrow(AppError);
  });

  it('never throws anything but AppError on random and hostile input', () => {
    const parts = fc.constantFrom(
      '<feed>',
      '</feed>',
      '<entry>',
      '</entry>',
      '<link href="',
      '"/>',
      '<rss>',
      '<channel>',
      '<item>',
      '<rdf:RDF>',
      '<!DOCTYPE x [',
      ']>',
      '<!ENTITY a "&a;">',
      '&a;',
      '<![CDATA[',
      ']]>',
      '<__proto__>',
      '<constructor>',
      '<title>',
      '</title>',
    );
    const input = fc
      .array(fc.oneof(parts, fc.string({ maxLength: 15 })), { maxLength: 40 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(input, (xml) => {
        try {
          parseFeed(xml, 'https://example.com/');
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('feedDate', () => {
  it.each([
    ['2031-04-20T09:00:00+09:00', '2031-04-20'],
    ['Tue, 06 May 2031 23:30:00 -0700', '2031-05-06'],
    ['6 Jun 2031', '2031-06-06'],
    ['2031-02-30', null],
    ['yesterday', null],
  ])('%s → %s', (input, want) => {
    expect(feedDate(input)).toBe(want);
  });
});

describe('linksFromListingPage', () => {
  const page = `<html><body>
    <nav><a href="/">トップ</a><a href="/company/">会社概要</a></nav>
    <ul class="news">
      <li><a href="/news/2031/0412.html">不正アクセスによる個人情報流出の可能性に関するお知らせ</a></li>
      <li><a href="/news/2031/0301.html">新製品発売のご案内</a></li>
      <li><a href="https://ir.example.jp/pdf/incident-0420.pdf">第二報（PDF）</a></li>
      <li><a href="https://other.example.com/breach.html">Breach elsewhere</a></li>
      <li><a href="/news/security-notice.html">Update</a></li>
      <li><a href="mailto:support@example.jp">お知らせメール</a></li>
      <li><a href="/news/2031/0412.html#top">不正アクセス（再掲）</a></li>
    </ul></body></html>`;

  it('keeps same-site links whose text or URL looks like a notice', () => {
    expect(linksFromListingPage(page, 'https://www.example.jp/news/')).toEqual([
      {
        url: 'https://www.example.jp/news/2031/0412.html',
        title: '不正アクセスによる個人情報流出の可能性に関するお知らせ',
      },
      { url: 'https://www.example.jp/news/security-notice.html', title: 'Update' },
    ]);
  });

  it('treats subdomains of the page host as the same site', () => {
    const urls = linksFromListingPage(page, 'https://example.jp/news/').map((i) => i.url);
    expect(urls).toContain('https://ir.example.jp/pdf/incident-0420.pdf');
    expect(urls).not.toContain('https://other.example.com/breach.html');
  });
});
