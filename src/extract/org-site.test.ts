import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { nameLabels, siteNameOf } from './org-site.js';
import { splitLines } from './segment.js';

const org = (t: string) => extract(t).organization?.value ?? null;

describe('nameLabels', () => {
  it('keeps the labels of a host that may spell a name', () => {
    expect(nameLabels('www.mihon-radio.co.jp')).toEqual(['mihonradio']);
    expect(nameLabels('press.kasora.example.com')).toEqual(['kasora', 'example']);
    expect(nameLabels(null)).toEqual([]);
  });
});

describe('siteNameOf', () => {
  it('reads the site half of a page title, the last word of a long one', () => {
    const short = splitLines('https://kasora.example.org/n/1\nメール誤送信のお詫び | 架空フレンズ\n本文');
    expect(siteNameOf(short)?.name).toBe('架空フレンズ');
    const long = splitLines(
      'https://kasora.example.org/n/1\n個人情報の漏えいについて : 森と海をつなぐ市民団体 カソラ・ネット KASORA NET\n本文',
    );
    expect(siteNameOf(long)?.name).toBe('カソラ・ネット');
  });
  it('reads nothing from a title without a heading half', () => {
    expect(siteNameOf(splitLines('https://a.example.org/\n見本労働局 - 見本省\n本文'))).toBeNull();
    expect(siteNameOf(splitLines('https://a.example.org/\nメール誤送信のお詫び\n本文'))).toBeNull();
  });
});

describe('the issuer read from the page’s own site', () => {
  it('takes the site name on a page that speaks for itself', () => {
    const t =
      'https://www.kasora.example.org/news/12/\nメール誤送信についてのお詫び | 架空フレンズ\n当団体から会員の皆さまへ送ったメールで、宛先欄に他の会員のアドレスが見える状態になっていました。';
    expect(org(t)).toBe('架空フレンズ');
  });
  it('does not take a romanised place from a public host', () => {
    const t =
      'https://www.city.mihon.lg.jp/a/1.html\n文書の誤送付について\nMihon Cityの案内文書を誤って送付しました。';
    expect(org(t)).not.toBe('Mihon City');
  });
});
