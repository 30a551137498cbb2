import { sql } from 'kysely';
import type { IncidentReader, IncidentSummary } from '../../incidents/types.js';
import type { Db } from '../../store/db.js';
import { breachName, type HibpBreach, ownName, toBreach } from './breach.js';

/**
 * Every incident as an HIBP Breach, built once and rebuilt only when the incidents change (their count
 * or latest update time). HIBP clients fetch the whole list, so building it per request would cost a
 * full scan each time. Reads incidents through the IncidentReader; only the two things the reader does
 * not expose — the external key (HIBP's own Name) and domains — are read here.
 */
export class BreachCatalogue {
  private cache: { fingerprint: string; breaches: HibpBreach[]; byName: Map<string, HibpBreach> } | null =
    null;
  private building: Promise<NonNullable<BreachCatalogue['cache']>> | null = null;

  constructor(
    private readonly db: Db,
    private readonly reader: IncidentReader,
    private readonly logoUrl: string,
  ) {}

  /** All breaches, sorted by Name (case-insensitive). */
  async all(): Promise<HibpBreach[]> {
    return (await this.load()).breaches;
  }

  /** One breach by Name, case-insensitive like HIBP; null when unknown. */
  async byName(name: string): Promise<HibpBreach | null> {
    return (await this.load()).byName.get(name.toLowerCase()) ?? null;
  }

  private async load(): Promise<NonNullable<BreachCatalogue['cache']>> {
    const fingerprint = await this.fingerprint();
    if (this.cache && this.cache.fingerprint === fingerprint) return this.cache;
    // One build at a time: concurrent requests during a rebuild share it.
    this.building ??= this.build(fingerprint).finally(() => {
      this.building = null;
    });
    const built = await this.building;
    this.cache = built;
    return built;
  }

  private async fingerprint(): Promise<string> {
    const row = await this.db.kysely
      .selectFrom('incidents')
      .select([sql<number | string>`count(*)`.as('n'), sql<string | null>`max(updated_at)`.as('m')])
      .executeTakeFirst();
    return `${row?.n ?? 0}|${row?.m ?? ''}`;
  }

  private async build(fingerprint: string): Promise<NonNullable<BreachCatalogue['cache']>> {
    const incidents: IncidentSummary[] = [];
    for await (const batch of this.reader.eachIncident(1000)) incidents.push(...batch);
    const k = this.db.kysely;
    const keys = await k
      .selectFrom('incidents')
      .select(['id', 'external_key'])
      .where('external_key', 'is not', null)
      .execute();
    const serviceDomains = await k
      .selectFrom('incident_services as s')
      .innerJoin('aliases as a', (j) =>
        j
          .onRef('a.target_id', '=', 's.service_id')
          .on('a.kind', '=', 'service')
          .on('a.alias_type', '=', 'domain'),
      )
      .select(['s.incident_id as incident_id', 'a.alias as alias'])
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute();
    const orgDomains = await k
      .selectFrom('incidents as i')
      .innerJoin('aliases as a', (j) =>
        j
          .onRef('a.target_id', '=', 'i.organization_id')
          .on('a.kind', '=', 'organization')
          .on('a.alias_type', '=', 'domain'),
      )
      .select(['i.id as incident_id', 'a.alias as alias'])
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute();
    const keyOf = new Map(keys.map((r) => [r.id, r.external_key]));
    const domainOf = new Map<string, string>();
    for (const r of [...serviceDomains, ...orgDomains]) {
      if (!domainOf.has(r.incident_id)) domainOf.set(r.incident_id, r.alias.toLowerCase());
    }
    // Oldest first, so that when two incidents carry the same HIBP Name (the same breach imported
    // from two datasets) the first keeps it and the later one gets its own Name: Names stay unique.
    incidents.sort((a, b) =>
      a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1,
    );
    const taken = new Set<string>();
    const breaches = incidents.map((inc) => {
      let name = breachName(inc, keyOf.get(inc.id) ?? null);
      if (taken.has(name.toLowerCase())) name = ownName(inc);
      taken.add(name.toLowerCase());
      return toBreach(inc, { name, domain: domainOf.get(inc.id) ?? null, logoUrl: this.logoUrl });
    });
    breaches.sort((a, b) => {
      const x = a.Name.toLowerCase();
      const y = b.Name.toLowerCase();
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const byName = new Map<string, HibpBreach>();
    for (const b of breaches) if (!byName.has(b.Name.toLowerCase())) byName.set(b.Name.toLowerCase(), b);
    return { fingerprint, breaches, byName };
  }
}
