import type { Feature } from './types.js';

/**
 * Every web feature, in mount order: security middleware first, then the API, then pages.
 * A feature lives in its own folder and exports one `Feature` from its routes file.
 */
export const features: Feature[] = [];
