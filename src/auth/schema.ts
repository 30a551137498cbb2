/** Tables of accounts, sessions, corrections and the audit log (migration 0002). */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the auth feature
export interface AuthTables {}
