import type { ModelMethod } from './sections';

/** The return-on-investment models on the Methods page, in reading order. */
export const returnMethods: readonly ModelMethod[] = [];
