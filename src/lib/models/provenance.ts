/**
 * Which badge a figure wears, by one rule for every view, the report and its PDF.
 *
 * - **observed**: a source's own figure, as the source gives it. GLOBOCAN 2022's new cases are an IARC estimate, but
 *   IARC's own figure, so they are observed here; so are DIRAC's machine counts, the World Bank's population and
 *   WHO's doctors. A count or sum of ICEC program records is observed too, once those records are the user's own.
 * - **modelled**: our formula applied to source figures or program records (radiotherapy need, machines needed, the
 *   gap, the share of need met, a staff gap, a return).
 * - **illustrative**: the figure reads at least one row of the embedded illustrative program data. This takes
 *   precedence over both others: a figure made up for demonstration must never read as evidence, whether it is a
 *   count or a model on made-up rows. The card's note still says how it is computed.
 *
 * A table that holds the user's rows appended to the illustrative ones still holds illustrative rows.
 */

/** The ICEC program tables, by the names the Data page and the templates use. */
export const PROGRAM_TABLES = [
	'hubs',
	'centres',
	'experts',
	'engagements',
	'sessions',
	'requests',
	'investments',
	'outcomes',
	'workforce'
] as const;

export type ProgramTable = (typeof PROGRAM_TABLES)[number];

export type Provenance = 'observed' | 'modelled' | 'illustrative';

/** What a figure is computed from. */
export type FigureBasis =
	/** A public source's own figure (GLOBOCAN, DIRAC, World Bank, WHO), or a count of such records. */
	| { from: 'source' }
	/** Our formula on public sources only. */
	| { from: 'model' }
	/** Read from program tables: a count or sum of their records, or (`modelled`) our formula on them. */
	| { from: 'program'; tables: readonly ProgramTable[]; modelled: boolean };

/**
 * The badge of a figure from what it is computed from and which program tables still hold illustrative rows.
 *
 * Example: the active experts (experts, engagements, sessions) are `illustrative` while `sessions` is the embedded
 * default, and `observed` once the user's own files replace all three.
 */
export function provenance(basis: FigureBasis, illustrativeTables: readonly string[]): Provenance {
	if (basis.from === 'source') return 'observed';
	if (basis.from === 'model') return 'modelled';
	if (basis.tables.some((t) => illustrativeTables.includes(t))) return 'illustrative';
	return basis.modelled ? 'modelled' : 'observed';
}

const source: FigureBasis = { from: 'source' };
const model: FigureBasis = { from: 'model' };
/** The tables the `session_months` pre-aggregate joins: every session figure reads all four. */
const sessionTables: readonly ProgramTable[] = ['sessions', 'engagements', 'centres', 'experts'];
const count = (...tables: ProgramTable[]): FigureBasis => ({ from: 'program', tables, modelled: false });
const modelOn = (...tables: ProgramTable[]): FigureBasis => ({ from: 'program', tables, modelled: true });
/** A centre's return reads its record, money, outcomes and the start of its first engagement. */
const returnTables: readonly ProgramTable[] = ['centres', 'investments', 'outcomes', 'engagements'];

/**
 * Every figure shown in more than one place, by a stable id (also the `data-figure` attribute the browser tests read).
 * One id is one definition: two views showing the same id show the same number.
 */
export const figureBases = {
	'new-cases': source,
	deaths: source,
	population: source,
	'income-group': source,
	'doctors-per-10k': source,
	'machines-installed': source,
	'zero-machine-countries': source,
	'no-record-countries': source,
	'rt-need': model,
	'machines-needed': model,
	'machine-gap': model,
	'need-met': model,
	'share-beyond-distance': model,
	'active-experts': count(...sessionTables),
	'mentored-centres': count(...sessionTables),
	'mentored-centre-share': count(...sessionTables),
	'mentored-countries': count(...sessionTables),
	'thin-efforts': count(...sessionTables),
	'session-intensity': count(...sessionTables),
	'centres-meeting-benchmark': count(...sessionTables),
	sessions: count(...sessionTables),
	'volunteer-hours': count(...sessionTables),
	'in-kind-value': modelOn(...sessionTables),
	'requests-waiting': count('requests', 'centres'),
	'staff-gap-share': modelOn(...sessionTables, 'workforce'),
	'money-in': count('investments', 'centres'),
	'npv-human-capital': modelOn(...returnTables),
	'npv-full-income': modelOn(...returnTables),
	'bcr-full-income': modelOn(...returnTables),
	'payback-full-income': modelOn(...returnTables)
} as const satisfies Record<string, FigureBasis>;

export type FigureId = keyof typeof figureBases;

/**
 * The unrounded value as the `data-value` attribute carries it beside `data-figure`: the number as JavaScript writes
 * it, `missing` when there is none (never 0), nothing when the place shows no number.
 */
export function figureValueAttribute(raw: number | null | undefined): string | undefined {
	if (raw === undefined) return undefined;
	return raw === null || !Number.isFinite(raw) ? 'missing' : String(raw);
}

/** The badge of one catalogued figure. */
export function figureProvenance(id: FigureId, illustrativeTables: readonly string[]): Provenance {
	return provenance(figureBases[id], illustrativeTables);
}

/**
 * One badge for a group of figures shown together (the corps at a glance): illustrative when any of them is, else
 * modelled when any of them is, else observed.
 */
export function groupProvenance(ids: readonly FigureId[], illustrativeTables: readonly string[]): Provenance {
	const each = ids.map((id) => figureProvenance(id, illustrativeTables));
	if (each.includes('illustrative')) return 'illustrative';
	return each.includes('modelled') ? 'modelled' : 'observed';
}
