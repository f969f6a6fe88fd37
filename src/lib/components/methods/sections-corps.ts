import type { ModelMethod } from './sections';

/** The mentorship (corps) measures on the Methods page, in reading order. */
export const corpsMethods: readonly ModelMethod[] = [];
