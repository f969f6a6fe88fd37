/**
 * People and roles: accounts from a JSON file, secrets stored as scrypt hashes (`npm run serve:hash -- <secret>`).
 * A viewer may be limited to some countries (ISO3 codes); editors and admins see every country.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, length: number) => Promise<Buffer>;

export type Role = 'viewer' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

export interface Account {
	name: string;
	role: Role;
	/** `scrypt$<salt hex>$<hash hex>`. */
	secret: string;
	/** ISO3 codes a viewer may see; absent: every country. */
	countries?: string[];
}

/** Who is asking; `countries: null` is every country. */
export interface Person {
	name: string;
	role: Role;
	countries: string[] | null;
}

const KEY_LENGTH = 32;

export async function hashSecret(secret: string): Promise<string> {
	const salt = randomBytes(16);
	const hash = await scryptAsync(secret, salt, KEY_LENGTH);
	return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`;
}

export async function secretMatches(secret: string, stored: string): Promise<boolean> {
	const [kind, saltHex, hashHex] = stored.split('$');
	if (kind !== 'scrypt' || !saltHex || !hashHex) return false;
	const expected = Buffer.from(hashHex, 'hex');
	const actual = await scryptAsync(secret, Buffer.from(saltHex, 'hex'), expected.length);
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Reads and checks the accounts file; a malformed entry stops the server with the entry's position. */
export function loadAccounts(path: string): Map<string, Account> {
	const list = JSON.parse(readFileSync(path, 'utf8')) as unknown;
	if (!Array.isArray(list)) throw new Error(`${path}: expected a list of accounts`);
	const accounts = new Map<string, Account>();
	list.forEach((entry: Partial<Account>, i) => {
		const where = `${path}, account ${i + 1}`;
		if (typeof entry.name !== 'string' || entry.name === '') throw new Error(`${where}: a name is required`);
		if (!ROLES.includes(entry.role as Role))
			throw new Error(`${where}: role must be one of ${ROLES.join(', ')}`);
		if (typeof entry.secret !== 'string' || !entry.secret.startsWith('scrypt$'))
			throw new Error(`${where}: secret must be an scrypt hash (npm run serve:hash -- <secret>)`);
		const countries = entry.countries;
		if (
			countries !== undefined &&
			!(Array.isArray(countries) && countries.every((c) => /^[A-Z]{3}$/.test(c)))
		)
			throw new Error(`${where}: countries must be ISO3 codes such as "KEN"`);
		if (countries !== undefined && entry.role !== 'viewer')
			throw new Error(`${where}: only viewers are limited to countries`);
		accounts.set(entry.name, entry as Account);
	});
	return accounts;
}

export function personOf(account: Account): Person {
	return { name: account.name, role: account.role, countries: account.countries ?? null };
}

export function mayWrite(person: Person): boolean {
	return person.role === 'editor' || person.role === 'admin';
}
