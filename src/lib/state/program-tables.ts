/**
 * What views do to the program tables: load them (the default or the user's saved files), remove one of the user's
 * files, or go back to the illustrative default. The catalog does the work; views reach it only through here.
 */
export { ensureProgramTables, removeProgramFile, resetProgramTables } from '$lib/data/program-catalog';
