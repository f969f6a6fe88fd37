/**
 * The program tables' schema is a pure model (src/lib/models/program-schema) that views read too; the data layer keeps
 * this name for it so its loaders, validators and queries import it as before.
 */
export * from '../models/program-schema';
