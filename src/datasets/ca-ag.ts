import { z } from 'zod';
import type { Cause } from '../extract/vocab.js';
import { breachTitle, cleanName, httpUrl, type ParseResult, usDate } from './common.js';

/**
 * California Attorney General breach list (JSON lines: organization, date_text, notice_url, category,
 * abstract). The date is the breach date the list shows; the category is a cause. Facts only: the
 * abstract (prose from the notice) is never read. Pure.
 */
export const CaAgRow = z.object({
  organization: z.string(),
  date_text: z.string().nullish(),
  notice_url: z.string().nullish(),
  category: z.string().nullish(),
});

/**
 * CA categories → causes. "User Error" (misdirected mail, posted files …) and "Breach" say too little;
 * a few rows carry a page-layout token or the column header instead of a category: no cause.
 */
export const CA_CAUSES: Record<string, Cause[]> = {
  'Third Party': ['third_party'],
  'Email Compromise': ['unauthorized_access'],
  Malware: ['malware'],
  'Malicious Code': ['malware'],
  'Unauthorized Access': ['unauthorized_access'],
  Phishing: ['phishing'],
  Phising: ['phishing'],
  Ransomware: ['ransomware'],
  'Laptop Stolen': ['loss_or_theft'],
  'Computer Stolen': ['loss_or_theft'],
  'Server Stolen': ['loss_or_theft'],
  'Device Lost': ['loss_or_theft'],
  'Files Lost': ['loss_or_theft'],
  'Physical Intrusion': ['loss_or_theft'],
  'Website Compromise': ['unauthorized_access'],
  'Server Compromise': ['unauthorized_access'],
  'Network Compromise': ['unauthorized_access'],
  'Database Compromise': ['unauthorized_access'],
  'System Compromise': ['unauthorized_access'],
  'Account Compromise': ['unauthorized_access'],
  'Computer Compromise': ['unauthorized_access'],
  'Service Compromise': ['unauthorized_access'],
  'Cloud Storage Compromise': ['unauthorized_access'],
  'Advanced Persistent Threat': ['unauthorized_access'],
  'Insider Threat': ['insider'],
  Misconfiguration: ['misconfiguration'],
  Vulnerability: ['vulnerability_exploit'],
  'Code Injection': ['vulnerability_exploit'],
  'Programming Error': ['software_bug'],
  'Update Error': ['software_bug'],
  Skimming: ['web_skimming'],
  'Credential Stuffing': ['credential_stuffing'],
};

/** A category as printed, with a doubled value ("Third PartyThird Party") undone. */
function category(text: string | null | undefined): string {
  const s = (text ?? '').trim();
  const half = s.length / 2;
  return s.length % 2 === 0 && s.slice(0, half) === s.slice(half) ? s.slice(0, half) : s;
}

/**
 * The CA list → records keyed `ca-ag:<row>`: breach date → incident start, notice PDF → source address.
 *
 * @example parseCaAg(jsonl).records[0].causes // => ['third_party']
 */
export function parseCaAg(text: string, dataset = 'ca_ag_notice_abstracts.jsonl'): ParseResult {
  const out: ParseResult = { records: [], skipped: [] };
  text
    .split('\n')
    .filter((l) => l.trim())
    .forEach((line, i) => {
      const row = i + 1;
      let parsed: z.infer<typeof CaAgRow>;
      try {
        parsed = CaAgRow.parse(JSON.parse(line));
      } catch {
        out.skipped.push({ row, reason: 'not a JSON object with organization' });
        return;
      }
      const org = cleanName(parsed.organization);
      if (!org) {
        out.skipped.push({ row, reason: 'no organisation' });
        return;
      }
      const start = usDate(parsed.date_text);
      const url = httpUrl(parsed.notice_url);
      out.records.push({
        key: `ca-ag:${row}`,
        source: 'ca-ag',
        source_url: url,
        lang: 'en',
        country: 'US',
        title: breachTitle(org, start),
        organization: { name: org },
        incident_start: start,
        causes: CA_CAUSES[category(parsed.category)] ?? [],
        leak_status: 'confirmed',
        provenance: 'dataset',
        origin: { dataset, row, url },
      });
    });
  return out;
}
