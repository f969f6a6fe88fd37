import { describe, expect, it } from 'vitest';
import {
	PROGRAM_TABLES,
	figureBases,
	figureProvenance,
	figureValueAttribute,
	groupProvenance,
	provenance,
	type FigureBasis,
	type FigureId,
	type Provenance
} from './provenance';

const allIllustrative = [...PROGRAM_TABLES];
const noneIllustrative: string[] = [];

describe('provenance', () => {
	const cases: [string, FigureBasis, readonly string[], Provenance][] = [
		[
			'a source figure stays observed whatever the program data',
			{ from: 'source' },
			allIllustrative,
			'observed'
		],
		[
			'a model on sources stays modelled whatever the program data',
			{ from: 'model' },
			allIllustrative,
			'modelled'
		],
		[
			'a count of illustrative records is illustrative',
			{ from: 'program', tables: ['experts'], modelled: false },
			['experts'],
			'illustrative'
		],
		[
			'a model on illustrative records is illustrative, not modelled',
			{ from: 'program', tables: ['investments', 'outcomes'], modelled: true },
			['outcomes'],
			'illustrative'
		],
		[
			'a count of the user’s own records is observed',
			{ from: 'program', tables: ['experts', 'sessions'], modelled: false },
			noneIllustrative,
			'observed'
		],
		[
			'a model on the user’s own records is modelled',
			{ from: 'program', tables: ['investments'], modelled: true },
			noneIllustrative,
			'modelled'
		],
		[
			'one table still illustrative among those read is enough',
			{ from: 'program', tables: ['sessions', 'engagements', 'centres', 'experts'], modelled: false },
			['centres'],
			'illustrative'
		],
		[
			'illustrative tables the figure does not read do not matter',
			{ from: 'program', tables: ['requests', 'centres'], modelled: false },
			['investments', 'outcomes'],
			'observed'
		],
		[
			'a figure reading no table (an empty list) is never illustrative',
			{ from: 'program', tables: [], modelled: false },
			allIllustrative,
			'observed'
		]
	];
	it.each(cases)('%s', (_, basis, illustrative, expected) => {
		expect(provenance(basis, illustrative)).toBe(expected);
	});
});

describe('figureProvenance', () => {
	it('badges GLOBOCAN 2022 new cases observed (IARC’s own estimate) on every scope', () => {
		expect(figureProvenance('new-cases', allIllustrative)).toBe('observed');
		expect(figureProvenance('new-cases', noneIllustrative)).toBe('observed');
	});

	it('badges the embedded program figures illustrative, and the user’s own records observed or modelled', () => {
		const program = (Object.keys(figureBases) as FigureId[]).filter(
			(id) => figureBases[id].from === 'program'
		);
		expect(program).toContain('active-experts');
		expect(program).toContain('money-in');
		for (const id of program) expect(figureProvenance(id, allIllustrative)).toBe('illustrative');
		expect(figureProvenance('active-experts', noneIllustrative)).toBe('observed');
		expect(figureProvenance('money-in', noneIllustrative)).toBe('observed');
		expect(figureProvenance('npv-full-income', noneIllustrative)).toBe('modelled');
	});

	it('reads every session figure from the four tables the session pre-aggregate joins', () => {
		for (const table of ['sessions', 'engagements', 'centres', 'experts']) {
			expect(figureProvenance('active-experts', [table])).toBe('illustrative');
			expect(figureProvenance('mentored-centres', [table])).toBe('illustrative');
		}
		expect(figureProvenance('active-experts', ['investments', 'requests'])).toBe('observed');
	});

	it('names only known program tables', () => {
		for (const basis of Object.values(figureBases)) {
			if (basis.from !== 'program') continue;
			for (const t of basis.tables) expect(PROGRAM_TABLES).toContain(t);
		}
	});
});

describe('groupProvenance', () => {
	it('is illustrative when any figure of the group is', () => {
		expect(groupProvenance(['active-experts', 'requests-waiting'], ['requests'])).toBe('illustrative');
	});
	it('is modelled when none is illustrative and one is modelled', () => {
		expect(groupProvenance(['active-experts', 'staff-gap-share'], noneIllustrative)).toBe('modelled');
	});
	it('is observed when every figure is', () => {
		expect(groupProvenance(['active-experts', 'requests-waiting'], ['investments'])).toBe('observed');
	});
});

describe('figureValueAttribute', () => {
	it('writes the unrounded number, `missing` for none, and nothing where no number is shown', () => {
		expect(figureValueAttribute(0.8234)).toBe('0.8234');
		expect(figureValueAttribute(0)).toBe('0');
		expect(figureValueAttribute(null)).toBe('missing');
		expect(figureValueAttribute(Number.NaN)).toBe('missing');
		expect(figureValueAttribute(undefined)).toBeUndefined();
	});
});
