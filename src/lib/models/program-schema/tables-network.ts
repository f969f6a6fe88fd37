import { ADMIN1, ID, ISO3, LANGUAGE_CODES, SERVICES, SPECIALTIES, type TableSpec } from './columns';

const LANGS = { values: LANGUAGE_CODES } as const;

export const hubs = {
	name: 'hubs',
	title: 'Hubs',
	description: 'Resource-rich cancer centres whose experts volunteer with the corps.',
	primaryKey: ['hub_id'],
	references: [],
	columns: [
		{
			name: 'hub_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Hub identifier.',
			examples: ['H01', 'H02']
		},
		{
			name: 'name',
			type: 'string',
			required: true,
			description: 'Hub name.',
			examples: ['Northbridge University Hub', 'Rhône Valley Cancer Institute']
		},
		{ name: 'city', type: 'string', required: true, description: 'City.', examples: ['Boston', 'Lyon'] },
		{
			name: 'iso3',
			type: 'string',
			required: true,
			...ISO3,
			description: 'Country.',
			examples: ['USA', 'FRA']
		},
		{
			name: 'lat',
			type: 'number',
			required: true,
			unit: 'degrees',
			min: -90,
			max: 90,
			description: 'Latitude (WGS84).',
			examples: [42.36, 45.76]
		},
		{
			name: 'lon',
			type: 'number',
			required: true,
			unit: 'degrees',
			min: -180,
			max: 180,
			description: 'Longitude (WGS84).',
			examples: [-71.06, 4.84]
		}
	]
} as const satisfies TableSpec;

export const centres = {
	name: 'centres',
	title: 'Partner centres',
	description:
		'Partner sites: cancer centres in low- and middle-income countries, or serving underserved communities in high-income countries.',
	primaryKey: ['centre_id'],
	references: [{ column: 'hub_id', table: 'hubs', targetColumn: 'hub_id' }],
	columns: [
		{
			name: 'centre_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Centre identifier.',
			examples: ['C001', 'C002']
		},
		{
			name: 'name',
			type: 'string',
			required: true,
			description: 'Centre name.',
			examples: ['Lakeside Regional Cancer Centre', 'Centre d’oncologie des Collines']
		},
		{
			name: 'iso3',
			type: 'string',
			required: true,
			...ISO3,
			description: 'Country.',
			examples: ['KEN', 'SEN']
		},
		{
			name: 'admin1_code',
			type: 'string',
			required: false,
			...ADMIN1,
			description: 'First-level subdivision (admin-1), ISO 3166-2.',
			examples: ['KE-110', null]
		},
		{ name: 'city', type: 'string', required: true, description: 'City.', examples: ['Nairobi', 'Dakar'] },
		{
			name: 'lat',
			type: 'number',
			required: true,
			unit: 'degrees',
			min: -90,
			max: 90,
			description: 'Latitude (WGS84).',
			examples: [-1.29, 14.69]
		},
		{
			name: 'lon',
			type: 'number',
			required: true,
			unit: 'degrees',
			min: -180,
			max: 180,
			description: 'Longitude (WGS84).',
			examples: [36.82, -17.44]
		},
		{
			name: 'setting',
			type: 'enum',
			required: true,
			values: ['lmic', 'underserved_hic'],
			description:
				'A centre in a low- or middle-income country, or one serving an underserved community in a high-income country.',
			examples: ['lmic', 'lmic']
		},
		{
			name: 'services',
			type: 'list',
			required: false,
			values: SERVICES,
			description: 'Services offered, separated by semicolons.',
			examples: ['radiotherapy;chemotherapy;surgery', 'chemotherapy;surgery']
		},
		{
			name: 'mv_machines',
			type: 'integer',
			required: true,
			unit: 'machines',
			min: 0,
			max: 50,
			description: 'Megavoltage radiotherapy machines installed.',
			examples: [2, 0]
		},
		{
			name: 'phase',
			type: 'integer',
			required: true,
			min: 1,
			max: 5,
			description:
				'Current phase of the corps’ five-phase phase-in (1 = first contact … 5 = self-sustaining, mentoring others).',
			examples: [3, 1]
		},
		{
			name: 'phase_since',
			type: 'date',
			required: false,
			description: 'Date the centre entered its current phase.',
			examples: ['2023-04-01', '2025-02-15']
		},
		{
			name: 'working_languages',
			type: 'list',
			required: true,
			...LANGS,
			description: 'Working languages (ISO 639-1), separated by semicolons.',
			examples: ['en;sw', 'fr']
		},
		{
			name: 'hub_id',
			type: 'string',
			required: false,
			...ID,
			description: 'Twinning partner hub.',
			examples: ['H01', 'H02']
		}
	]
} as const satisfies TableSpec;

export const experts = {
	name: 'experts',
	title: 'Experts',
	description: 'Volunteer experts of the corps.',
	primaryKey: ['expert_id'],
	references: [{ column: 'hub_id', table: 'hubs', targetColumn: 'hub_id' }],
	columns: [
		{
			name: 'expert_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Expert identifier.',
			examples: ['E001', 'E002']
		},
		{
			name: 'display_name',
			type: 'string',
			required: true,
			description: 'Name or initials as shown in the app.',
			examples: ['A. Moreau', 'K. Tanaka']
		},
		{
			name: 'specialty',
			type: 'enum',
			required: true,
			values: SPECIALTIES,
			description: 'Specialty.',
			examples: ['radiation_oncology', 'medical_physics']
		},
		{
			name: 'hub_id',
			type: 'string',
			required: false,
			...ID,
			description: 'Home hub (empty for independent experts).',
			examples: ['H02', 'H01']
		},
		{
			name: 'track',
			type: 'enum',
			required: true,
			values: ['academic', 'private_practice', 'senior_retired'],
			description: 'Career track.',
			examples: ['academic', 'senior_retired']
		},
		{
			name: 'languages',
			type: 'list',
			required: true,
			...LANGS,
			description: 'Languages the expert mentors in (ISO 639-1), separated by semicolons.',
			examples: ['fr;en', 'en;ja']
		},
		{
			name: 'hours_per_month',
			type: 'number',
			required: true,
			unit: 'hours per month',
			min: 0,
			max: 200,
			description: 'Volunteer hours available per month.',
			examples: [8, 12.5]
		},
		{
			name: 'joined',
			type: 'date',
			required: true,
			description: 'Date the expert joined the corps.',
			examples: ['2016-03-01', '2019-09-15']
		}
	]
} as const satisfies TableSpec;
