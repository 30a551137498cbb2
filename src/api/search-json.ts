import type { IncidentSummary, Page, SearchHit } from '../incidents/types.js';

/**
 * The search API's JSON, as bytes: exactly `JSON.stringify(page)` encoded in UTF-8, built from the
 * bytes of each incident summary, made once per summary object and reused while the name index
 * keeps that object (it makes a new one when the incident changes, so a kept fragment never goes
 * stale; nothing may change a summary in place — it is shared by every search that shows it).
 *
 * Why: a page of 20 hits is about 20 KB of JSON; stringifying and encoding it for every uncached
 * search cost about a fifth of the request's server CPU (measured with bench/search-api-cpu.ts).
 *
 * @example searchPageBytes({ items: [], total: 0, limit: 20, offset: 0 }) // the bytes of '{"items":[],"total":0,"limit":20,"offset":0}'
 */
export function searchPageBytes(page: Page<SearchHit>): Uint8Array<ArrayBuffer> {
  // The JSON alternates text (written here, small) and kept summary bytes: text[i] comes before
  // fragments[i], and the last text ends the page.
  const text: string[] = [];
  const fragments: Uint8Array[] = [];
  let between = '{"items":[';
  for (const hit of page.items) {
    text.push(`${between}{"incident":`);
    fragments.push(summaryBytes(hit.incident));
    between = `,"matched":${JSON.stringify(hit.matched)},"score":${JSON.stringify(hit.score)}},`;
  }
  if (page.items.length > 0) between = between.slice(0, -1);
  text.push(
    `${between}],"total":${JSON.stringify(page.total)},"limit":${JSON.stringify(page.limit)},"offset":${JSON.stringify(page.offset)}}`,
  );
  let length = 0;
  for (const t of text) length += Buffer.byteLength(t);
  for (const f of fragments) length += f.byteLength;
  // Its own buffer, not a slice of Node's shared pool: the answer cache may keep it.
  const out = new Uint8Array(length);
  let at = 0;
  for (let i = 0; i < fragments.length; i++) {
    at += encoder.encodeInto(text[i]!, out.subarray(at)).written;
    out.set(fragments[i]!, at);
    at += fragments[i]!.byteLength;
  }
  encoder.encodeInto(text[fragments.length]!, out.subarray(at));
  return out;
}

const encoder = new TextEncoder();
const kept = new WeakMap<IncidentSummary, Uint8Array>();

function summaryBytes(summary: IncidentSummary): Uint8Array {
  let bytes = kept.get(summary);
  if (!bytes) {
    bytes = encoder.encode(JSON.stringify(summary));
    kept.set(summary, bytes);
  }
  return bytes;
}
