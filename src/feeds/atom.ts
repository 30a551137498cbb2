import { DATA_CLASS_JA } from '../extract/data-class-labels.js';
import { incidentParagraph } from '../http/describe.js';
import type { IncidentSummary } from '../incidents/types.js';

/**
 * Atom 1.0 (RFC 4287) documents for incident lists. Ids are tag: URIs (RFC 4151) minted from the
 * site's host, so they stay the same when the feed is fetched again or from another path.
 */

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[<>&"']/g, (ch) =>
      ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : ch === '"' ? '&quot;' : '&apos;',
    )
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export interface FeedOptions {
  /** Public base URL of the site, e.g. "https://leakwatch.example". */
  baseUrl: string;
  /** Path of this feed, e.g. "/services/sample-mall/feed.atom" (the rel=self link). */
  selfPath: string;
  /** Page the feed corresponds to (rel=alternate), e.g. "/services/sample-mall". */
  alternatePath: string;
  /** Stable part of the feed's id, e.g. "service:sample-mall". */
  key: string;
  title: string;
  lang: 'ja' | 'en';
  incidents: IncidentSummary[];
}

/** tag:<host>,2026:<specific> — the authority is the site's host name. */
export function tagUri(baseUrl: string, specific: string): string {
  const host = new URL(baseUrl).hostname;
  return `tag:${host},2026:${specific.replace(/[^\w.\-:/~%]/g, (ch) => encodeURIComponent(ch))}`;
}

function toAtomTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? new Date(0).toISOString() : new Date(t).toISOString();
}

/**
 * An entry's times from the incident's dates, not from when leakwatch stored it: `published` is the
 * disclosure date; `updated` is when a later report changed it (`updated_at`) for incidents built
 * from notices, else the disclosure date too — a dataset loaded today did not change today. Without
 * a disclosure date, the stored times stand.
 *
 * @example entryTimes({ published: '2024-05-08', notice_count: 0, updated_at: '2026-12-05T04:00:00Z', created_at: '…' })
 * // { published: '2024-05-08T00:00:00.000Z', updated: '2024-05-08T00:00:00.000Z' }
 */
export function entryTimes(
  inc: Pick<IncidentSummary, 'published' | 'notice_count' | 'updated_at' | 'created_at'>,
): { published: string; updated: string } {
  if (!inc.published) return { published: toAtomTime(inc.created_at), updated: toAtomTime(inc.updated_at) };
  const published = toAtomTime(`${inc.published}T00:00:00Z`);
  const changed = inc.notice_count > 0 ? toAtomTime(inc.updated_at) : published;
  return { published, updated: changed.localeCompare(published) > 0 ? changed : published };
}

/**
 * Builds the feed; entries newest-updated first. `updated` of the feed is that of its newest entry
 * (or the epoch for an empty feed, so the document is stable and still valid).
 *
 * @example atomFeed({ baseUrl: 'https://x', selfPath: '/feed.atom', alternatePath: '/', key: 'all',
 *   title: 'leakwatch', lang: 'en', incidents }) // '<?xml version="1.0" encoding="utf-8"?>\n<feed …'
 */
export function atomFeed(o: FeedOptions): string {
  const base = o.baseUrl.replace(/\/$/, '');
  const entries = o.incidents
    .map((inc) => ({ inc, times: entryTimes(inc) }))
    .sort((a, b) => (a.times.updated < b.times.updated ? 1 : a.times.updated > b.times.updated ? -1 : 0));
  const updated = entries[0] ? entries[0].times.updated : new Date(0).toISOString();
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.lang}">`,
    `  <id>${xmlEscape(tagUri(base, `feed:${o.key}`))}</id>`,
    `  <title>${xmlEscape(o.title)}</title>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>leakwatch</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(base + o.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(base + o.alternatePath)}"/>`,
    '  <generator>leakwatch</generator>',
  ];
  for (const { inc, times } of entries) {
    const href = `${base}/incidents/${encodeURIComponent(inc.slug)}`;
    out.push(
      '  <entry>',
      `    <id>${xmlEscape(tagUri(base, `incident:${inc.id}`))}</id>`,
      `    <title>${xmlEscape(inc.title)}</title>`,
      `    <updated>${times.updated}</updated>`,
      `    <published>${times.published}</published>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(href)}"/>`,
      `    <summary type="text">${xmlEscape(incidentParagraph(inc, o.lang))}</summary>`,
      ...inc.data_classes.map(
        (d) =>
          `    <category term="${xmlEscape(d)}" label="${xmlEscape(o.lang === 'ja' ? DATA_CLASS_JA[d] : d)}"/>`,
      ),
      '  </entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
