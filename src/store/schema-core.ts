/**
 * Core tables: organisations, services, aliases, notices, incidents, fact history, sources, jobs.
 * Filled in by migration 0001.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the store feature
export interface CoreTables {}
