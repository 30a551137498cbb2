import type { Child } from 'hono/jsx';
import { type Lang, switchLangHref } from './i18n.js';
import { siteText } from './messages/index.js';
import { asset } from './static.js';

export interface LayoutProps {
  lang: Lang;
  /** Page title (the site name is appended). */
  title: string;
  description?: string;
  children?: Child;
  /** CSP nonce of this request (c.get('nonce')), put on every script tag. */
  nonce: string;
  /** Current path with its query, e.g. c.req.url's path + search: the language switch keeps it. */
  path: string;
  /** Extra scripts from /static/ (file names, e.g. 'exposure.js'). */
  scripts?: string[];
  /** Text already in the header search box (the search page). */
  query?: string;
  /** Which nav entry is current ('/', '/search', '/exposure', …). */
  current?: string;
  /** Leave the search box out of the header (the home page has its own, larger one). */
  hideHeaderSearch?: boolean;
}

/** `key`: shown on a phone's one-line menu too (what a worried person looks for); the rest sit behind "Menu". */
const NAV: { href: string; key: Parameters<typeof siteText>[1]; phone?: true }[] = [
  { href: '/', key: 'nav_home' },
  { href: '/search', key: 'nav_search', phone: true },
  { href: '/exposure', key: 'nav_exposure', phone: true },
  { href: '/check', key: 'nav_check', phone: true },
  { href: '/watch', key: 'nav_watch' },
  { href: '/stats', key: 'nav_stats' },
  { href: '/benchmarks', key: 'nav_benchmarks' },
  { href: '/notice-check', key: 'nav_notice_check' },
  { href: '/organizations', key: 'nav_organizations' },
  { href: '/services', key: 'nav_services' },
  { href: '/api', key: 'nav_api' },
];

/**
 * The page frame every HTML page uses: skip link, header (site name, search box with suggestions,
 * language switch that keeps the path), navigation, main, footer. Everything it loads comes from
 * /static/; no inline style or script.
 *
 * @example c.html(<Layout lang="ja" title="統計" nonce={c.get('nonce')} path="/stats">…</Layout>)
 */
export function Layout(props: LayoutProps) {
  const { lang } = props;
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const fullTitle = props.title.startsWith(siteText(lang, 'site_name'))
    ? props.title
    : `${props.title} | leakwatch`;
  const current = props.current ?? new URL(props.path, 'http://x').pathname;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={asset('site.css')} />
        <link rel="stylesheet" href={asset('pages.css')} />
        <link rel="icon" href={asset('favicon.svg')} type="image/svg+xml" />
        <link rel="alternate" hreflang={other} href={switchLangHref(props.path, other)} />
        <link rel="alternate" type="application/atom+xml" title="leakwatch" href="/feed.atom" />
        <script src={asset('suggest.js')} nonce={props.nonce} defer />
        {(props.scripts ?? []).map((s) => (
          <script src={asset(s)} nonce={props.nonce} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {siteText(lang, 'skip_to_content')}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="/">
              <Icon name="shield" />
              <span class="brand-name">{siteText(lang, 'site_name')}</span>
              <span class="brand-tagline">{siteText(lang, 'site_tagline')}</span>
            </a>
            <a
              class="lang-switch"
              href={switchLangHref(props.path, other)}
              hreflang={other}
              lang={other}
              aria-label={siteText(lang, 'lang_switch_label')}
            >
              {siteText(lang, 'lang_switch')}
            </a>
          </div>
          {props.hideHeaderSearch ? null : (
            <div class="wrap">
              <SearchBox lang={lang} query={props.query ?? ''} id="site-search" />
            </div>
          )}
          <nav class="site-nav" aria-label={siteText(lang, 'nav_label')}>
            <div class="wrap nav-row">
              <ul class="nav-list">
                {NAV.map((n) => (
                  <li class={n.phone ? undefined : 'nav-wide'}>
                    <NavLink href={n.href} current={current} label={siteText(lang, n.key)} />
                  </li>
                ))}
              </ul>
              {/* On a phone the whole list sits behind one disclosure (works without JavaScript). */}
              <details class="nav-more">
                <summary>{siteText(lang, 'nav_more')}</summary>
                <ul>
                  {NAV.map((n) => (
                    <li>
                      <NavLink href={n.href} current={current} label={siteText(lang, n.key)} />
                    </li>
                  ))}
                </ul>
              </details>
            </div>
          </nav>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{siteText(lang, 'footer_about')}</p>
            <p>{siteText(lang, 'footer_sources')}</p>
            <p>{siteText(lang, 'footer_privacy')}</p>
            <p>
              <a href="/api">{siteText(lang, 'footer_api')}</a> ·{' '}
              <a href="/feed.atom">{siteText(lang, 'footer_feeds')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

function NavLink(props: { href: string; current: string; label: string }) {
  return (
    <a href={props.href} aria-current={props.current === props.href ? 'page' : undefined}>
      {props.label}
    </a>
  );
}

/**
 * The search form: a plain GET form to /search (works without JavaScript) with a <datalist> that
 * /static/suggest.js fills from /suggest?q=.
 */
export function SearchBox(props: { lang: Lang; query: string; id: string; large?: boolean }) {
  const { lang } = props;
  const listId = `${props.id}-list`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for hono's JSX types and older phones
    <form class={props.large ? 'search search-large' : 'search'} action="/search" method="get" role="search">
      <label for={props.id} class={props.large ? 'search-label' : 'visually-hidden'}>
        {siteText(lang, 'search_label')}
      </label>
      <div class="search-row">
        <input
          id={props.id}
          type="search"
          name="q"
          value={props.query}
          list={listId}
          autocomplete="off"
          placeholder={siteText(lang, 'search_placeholder')}
          data-suggest={listId}
          maxlength={200}
        />
        <datalist id={listId} />
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{siteText(lang, 'search_button')}</button>
      </div>
    </form>
  );
}

/** An icon from /static/icons.svg; decorative (aria-hidden) — the label always sits next to it. */
export function Icon(props: { name: string; class?: string }) {
  return (
    <svg class={props.class ? `icon ${props.class}` : 'icon'} aria-hidden="true" focusable="false">
      <use href={`${asset('icons.svg')}#i-${props.name}`} />
    </svg>
  );
}
