/** Shared page components; other features import from here. */
export { DataClassBadge, DataClassList } from './data-class.js';
export { EvidenceRef, evidenceHref, FactWithEvidence } from './evidence.js';
export { IncidentCard, incidentHref } from './incident-card.js';
export { Pagination, pageHref, pageParams } from './pagination.js';
export { TableWrap } from './table-wrap.js';
