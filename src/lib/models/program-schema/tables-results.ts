import { ADMIN1, ID, ISO3, WORKFORCE_ROLES, type TableSpec } from './columns';

const COUNT = { type: 'integer', min: 0, max: 10_000_000 } as const;
const YEAR = {
	name: 'year',
	type: 'integer',
	required: true,
	min: 1990,
	max: 2100,
	description: 'Calendar year.'
} as const;

export const investments = {
	name: 'investments',
	title: 'Investments',
	description: 'Money received by a centre, by year, source and category.',
	primaryKey: ['investment_id'],
	references: [{ column: 'centre_id', table: 'centres', targetColumn: 'centre_id' }],
	columns: [
		{
			name: 'investment_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Investment identifier.',
			examples: ['I0001', 'I0002']
		},
		{
			name: 'centre_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Centre receiving it.',
			examples: ['C001', 'C002']
		},
		{ ...YEAR, examples: [2023, 2024] },
		{
			name: 'source',
			type: 'enum',
			required: true,
			values: ['local_community', 'government', 'industry', 'philanthropy'],
			description: 'Who paid.',
			examples: ['government', 'local_community']
		},
		{
			name: 'category',
			type: 'enum',
			required: true,
			values: ['building', 'equipment', 'training', 'operations', 'other'],
			description: 'What it paid for.',
			examples: ['equipment', 'training']
		},
		{
			name: 'amount_usd',
			type: 'number',
			required: true,
			unit: 'US$',
			min: 0,
			max: 1e10,
			description: 'Amount in US dollars (nominal).',
			examples: [1250000, 18500]
		}
	]
} as const satisfies TableSpec;

export const outcomes = {
	name: 'outcomes',
	title: 'Outcomes',
	description: 'What a centre achieved in a year: patients, staff, machines and quality milestones.',
	primaryKey: ['centre_id', 'year'],
	references: [{ column: 'centre_id', table: 'centres', targetColumn: 'centre_id' }],
	columns: [
		{
			name: 'centre_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Centre.',
			examples: ['C001', 'C002']
		},
		{ ...YEAR, examples: [2024, 2024] },
		{
			name: 'new_patients',
			...COUNT,
			required: false,
			unit: 'patients',
			description: 'New cancer patients seen.',
			examples: [2400, 900]
		},
		{
			name: 'treated_radiotherapy',
			...COUNT,
			required: false,
			unit: 'patients',
			description: 'Patients starting a course of radiotherapy.',
			examples: [1100, 0]
		},
		{
			name: 'treated_chemotherapy',
			...COUNT,
			required: false,
			unit: 'patients',
			description: 'Patients starting chemotherapy.',
			examples: [950, 420]
		},
		{
			name: 'treated_surgery',
			...COUNT,
			required: false,
			unit: 'patients',
			description: 'Patients operated on for cancer.',
			examples: [600, 310]
		},
		{
			name: 'staff_trained',
			...COUNT,
			required: false,
			unit: 'people',
			description: 'Staff who completed training in the year.',
			examples: [6, 2]
		},
		{
			name: 'staff_in_post_ro',
			...COUNT,
			required: false,
			unit: 'people',
			description: 'Radiation oncologists in post at year end.',
			examples: [4, 0]
		},
		{
			name: 'staff_in_post_mp',
			...COUNT,
			required: false,
			unit: 'people',
			description: 'Medical physicists in post at year end.',
			examples: [2, 0]
		},
		{
			name: 'staff_in_post_rtt',
			...COUNT,
			required: false,
			unit: 'people',
			description: 'Radiation therapists in post at year end.',
			examples: [9, 0]
		},
		{
			name: 'machines_working',
			...COUNT,
			required: false,
			unit: 'machines',
			description: 'Megavoltage machines in working order at year end.',
			examples: [2, 0]
		},
		{
			name: 'quality_milestones',
			...COUNT,
			required: false,
			unit: 'milestones',
			description: 'Quality milestones reached so far (e.g. protocols, audits, tumour boards).',
			examples: [5, 1]
		},
		{
			name: 'phase',
			type: 'integer',
			required: false,
			min: 1,
			max: 5,
			description: 'Phase at year end (gives the phase history).',
			examples: [3, 1]
		}
	]
} as const satisfies TableSpec;

export const workforce = {
	name: 'workforce',
	title: 'Workforce',
	description:
		'Staff in post by country or admin-1 region, role and year: what a ministry knows and public data lacks.',
	primaryKey: ['iso3', 'admin1_code', 'role', 'year'],
	references: [],
	columns: [
		{
			name: 'iso3',
			type: 'string',
			required: true,
			...ISO3,
			description: 'Country.',
			examples: ['KEN', 'KEN']
		},
		{
			name: 'admin1_code',
			type: 'string',
			required: false,
			...ADMIN1,
			description: 'Admin-1 region; empty for the national total.',
			examples: [null, 'KE-110']
		},
		{
			name: 'role',
			type: 'enum',
			required: true,
			values: WORKFORCE_ROLES,
			description: 'Role.',
			examples: ['radiation_oncologist', 'medical_physicist']
		},
		{ ...YEAR, examples: [2024, 2024] },
		{
			name: 'staff_in_post',
			...COUNT,
			required: true,
			unit: 'people',
			description: 'Staff in post.',
			examples: [38, 12]
		},
		{
			name: 'source',
			type: 'string',
			required: false,
			description: 'Where the figure comes from.',
			examples: ['Ministry of Health, 2024 census', 'Ministry of Health, 2024 census']
		}
	]
} as const satisfies TableSpec;
