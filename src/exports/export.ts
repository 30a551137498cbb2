import type { Cause, DataClass, IsoDate } from '../extract/types.js';
import type { IncidentReader, IncidentSummary } from '../incidents/types.js';
import { sizeBand } from '../peers/bands.js';
import { loadBenchIncidents } from '../peers/load.js';
import { sectorOf } from '../peers/sector.js';
import type { Db } from '../store/db.js';
import { type CsvValue, csvLine, UTF8_BOM } from './csv.js';
import { toVeris } from './veris.js';

export const EXPORT_FORMATS = ['json', 'csv', 'veris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFilter {
  cause?: Cause | undefined;
  dataClass?: DataClass | undefined;
  year?: number | undefined;
  organizationId?: string | undefined;
  updatedSince?: string | undefined;
}

export interface ExportOptions {
  format: ExportFormat;
  filter?: ExportFilter;
  /** CSV only: start with a UTF-8 BOM so that Excel opens Japanese text correctly. */
  bom?: boolean;
  /** Base URL for links to incident pages (VERIS `reference` when the incident has no source URL). */
  publicUrl?: string;
  /** Incidents read per query (the reader caps pages at 200). */
  pageSize?: number;
}

/** One exported incident: the summary plus the response dates the summary does not carry. */
export interface ExportIncident extends Omit<IncidentSummary, 'created_at' | 'updated_at'> {
  contained: IsoDate | null;
  final_report: IsoDate | null;
  sector: string;
  size_band: string | null;
  created_at: string;
  updated_at: string;
}

export const CSV_COLUMNS = [
  'id',
  'slug',
  'title',
  'organization',
  'services',
  'sector',
  'published',
  'incident_start',
  'detected',
  'contained',
  'final_report',
  'affected_count',
  'affected_unit',
  'affected_qualifier',
  'size_band',
  'leak_status',
  'report_stage',
  'causes',
  'data_classes',
  'measures',
  'notice_count',
  'source',
  'source_url',
  'lang',
  'updated_at',
] as const;

/** An exported incident as CSV cells in CSV_COLUMNS order; lists are joined with "; ". */
export function csvCells(i: ExportIncident): CsvValue[] {
  const row: Record<(typeof CSV_COLUMNS)[number], CsvValue> = {
    id: i.id,
    slug: i.slug,
    title: i.title,
    organization: i.organization?.name ?? null,
    services: i.services.map((s) => s.name).join('; '),
    sector: i.sector,
    published: i.published,
    incident_start: i.incident_start,
    detected: i.detected,
    contained: i.contained,
    final_report: i.final_report,
    affected_count: i.affected?.count ?? null,
    affected_unit: i.affected?.unit ?? null,
    affected_qualifier: i.affected?.qualifier ?? null,
    size_band: i.size_band,
    leak_status: i.leak_status,
    report_stage: i.report_stage,
    causes: i.causes.join('; '),
    data_classes: i.data_classes.join('; '),
    measures: i.measures.join('; '),
    notice_count: i.notice_count,
    source: i.source,
    source_url: i.source_url,
    lang: i.lang,
    updated_at: i.updated_at,
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

/**
 * Reads the incidents matching `filter` page by page (never all at once) and adds the contained and
 * final-report dates.
 */
export async function* exportPages(
  deps: { reader: IncidentReader; db: Db },
  filter: ExportFilter = {},
  pageSize = 200,
): AsyncGenerator<ExportIncident[]> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await deps.reader.listIncidents({ ...filter, limit: pageSize, offset });
    if (page.items.length === 0) return;
    const extra = new Map(
      (await loadBenchIncidents(deps.db, { ids: page.items.map((i) => i.id) })).map((b) => [
        b.id,
        b.timeline,
      ]),
    );
    yield page.items.map((s) => ({
      ...s,
      contained: extra.get(s.id)?.contained ?? null,
      final_report: extra.get(s.id)?.final_report ?? null,
      sector: sectorOf(s.organization?.name),
      size_band: sizeBand(s.affected?.count),
    }));
    if (page.items.length < pageSize || offset + page.items.length >= page.total) return;
  }
}

/**
 * The export as text chunks, ready to stream: a JSON array (json, veris) or CSV with a header row.
 *
 * @example for await (const chunk of exportIncidents(deps, { format: 'csv', bom: true })) out.write(chunk)
 */
export async function* exportIncidents(
  deps: { reader: IncidentReader; db: Db },
  opts: ExportOptions,
): AsyncGenerator<string> {
  if (opts.format === 'csv') {
    yield (opts.bom ? UTF8_BOM : '') + csvLine(CSV_COLUMNS);
    for await (const page of exportPages(deps, opts.filter, opts.pageSize)) {
      yield page.map((i) => csvLine(csvCells(i))).join('');
    }
    return;
  }
  yield '[';
  let first = true;
  for await (const page of exportPages(deps, opts.filter, opts.pageSize)) {
    const parts = page.map((i) => {
      const obj =
        opts.format === 'veris'
          ? toVeris(
              {
                id: i.id,
                slug: i.slug,
                title: i.title,
                organization: i.organization?.name ?? null,
                source_url: i.source_url,
                incident_start: i.incident_start,
                detected: i.detected,
                contained: i.contained,
                published: i.published,
                affected: i.affected?.count ?? null,
                data_classes: i.data_classes,
                causes: i.causes,
                leak_status: i.leak_status,
              },
              opts.publicUrl ? { publicUrl: opts.publicUrl } : {},
            )
          : i;
      return JSON.stringify(obj);
    });
    if (parts.length) {
      yield (first ? '\n' : ',\n') + parts.join(',\n');
      first = false;
    }
  }
  yield first ? ']\n' : '\n]\n';
}
