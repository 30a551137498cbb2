/** Tables of affected-account hashes, watchlists and alerts (migration 0003). */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the accounts feature
export interface AccountTables {}
