import type { Contact } from '../../extract/types.js';
import { EvidenceRef } from '../../http/components/evidence.js';
import { safeHref } from '../../http/context.js';
import type { Lang } from '../../http/i18n.js';
import { siteText } from '../../http/messages/index.js';
import type { IncidentDetail } from '../../incidents/types.js';
import type { EvidenceCtx } from './incident-facts.js';
import { incidentText } from './incident-messages.js';

/** Second-level domains under which organisations register (example.co.jp, example.com.au). */
const SECOND_LEVEL = /^(co|or|ne|ac|go|ed|lg|gr|com|net|org|gov|edu)\.[a-z]{2}$/;

/** The registrable part of a host, roughly: `www.shop.example.co.jp` → `example.co.jp`. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = SECOND_LEVEL.test(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-n).join('.');
}

function hostOf(url: string | null | undefined): string | null {
  const href = safeHref(url);
  return href ? new URL(href).hostname : null;
}

/** Company-form words that do not tell two organisations apart. */
const LEGAL_FORM =
  /株式会社|有限会社|合同会社|一般社団法人|公益財団法人|\(株\)|（株）|inc\.?|corp(oration)?\.?|co\.,? ?ltd\.?|ltd\.?|llc/gi;

/**
 * Whether a contact desk is the organisation's own: its name contains the organisation's or one of
 * its services' names (`names`), or its
 * web or mail address is on the same site as the organisation's notices. A desk with neither a name
 * nor an address cannot be told apart and counts as the organisation's (the notice named it).
 * A notice may instead point to a vendor's or a platform's desk, and the page must say so.
 *
 * @example deskIsOwn({ name: 'Vendor Support', phones: [], emails: [], urls: ['https://help.vendor.example/'], hours: null }, ['Sample Co'], ['https://sample.example/news/1'])
 * // false
 */
export function deskIsOwn(c: Contact, names: string[], noticeUrls: (string | null)[]): boolean {
  const keys = names.map((n) => n.replace(LEGAL_FORM, '').trim().toLowerCase()).filter((n) => n.length >= 2);
  const deskName = c.name?.toLowerCase() ?? '';
  if (keys.some((k) => deskName.includes(k))) return true;
  const sites = new Set(
    noticeUrls
      .map(hostOf)
      .filter((h): h is string => h !== null)
      .map(siteOf),
  );
  const deskHosts = [...c.urls.map(hostOf), ...c.emails.map((e) => e.split('@')[1] ?? null)].filter(
    (h): h is string => !!h,
  );
  if (deskHosts.length === 0) return !c.name || keys.length === 0;
  return deskHosts.some((h) => sites.has(siteOf(h)));
}

/** The contact desk named in the notice, with whose desk it is when it is not the organisation's. */
export function ContactDesk({ d, lang, ev }: { d: IncidentDetail; lang: Lang; ev: EvidenceCtx }) {
  const c: Contact | null = d.facts.contact?.value ?? d.contact;
  if (!c) return null;
  const org = d.organization?.name ?? siteText(lang, 'incident_org_unknown');
  const names = [...(d.organization ? [d.organization.name] : []), ...d.services.map((x) => x.name)];
  const own = deskIsOwn(c, names, [d.source_url, ...d.notices.map((n) => n.url)]);
  const who = c.name ?? hostOf(c.urls[0]) ?? c.emails[0]?.split('@')[1] ?? '';
  return (
    <section aria-labelledby="contact-h" class="panel" id="contact">
      <h2 id="contact-h">{siteText(lang, 'incident_contact')}</h2>
      <p class="muted">{incidentText(lang, 'contact_whose', { org })}</p>
      {own ? null : <p class="notice-box">{incidentText(lang, 'contact_other', { org, who })}</p>}
      {c.name ? <p>{c.name}</p> : null}
      <ul class="plain-list">
        {c.phones.map((p) => (
          <li>
            <a href={`tel:${p.replace(/[^\d+#*]/g, '')}`}>{p}</a>
          </li>
        ))}
        {c.emails.map((e) => (
          <li>
            <a href={`mailto:${e}`}>{e}</a>
          </li>
        ))}
        {c.urls.map((u) => {
          const href = safeHref(u);
          return <li class="break-anywhere">{href ? <a href={href}>{u}</a> : u}</li>;
        })}
      </ul>
      {c.hours ? <p>{siteText(lang, 'incident_contact_hours', { hours: c.hours })}</p> : null}
      <EvidenceRef {...ev} fact={d.facts.contact} field={siteText(lang, 'incident_contact')} />
    </section>
  );
}
