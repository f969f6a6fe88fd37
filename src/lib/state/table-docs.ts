/**
 * What the data and methods pages document of the data layer: the reference tables derived from public sources, and
 * the templates users fill in for the program tables.
 */
export { REFERENCE_TABLES, TABLES, type ColumnDoc, type TableDoc } from '$lib/data/reference-tables';
export { templateCsv, templateFileName, templateXlsx } from '$lib/data/templates';
