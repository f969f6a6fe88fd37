import { ID, SPECIALTIES, type TableSpec } from './columns';

export const engagements = {
	name: 'engagements',
	title: 'Engagements',
	description:
		'Mentorships (an expert with a centre) and twinnings (a hub with a centre, led by one of its experts).',
	primaryKey: ['engagement_id'],
	references: [
		{ column: 'centre_id', table: 'centres', targetColumn: 'centre_id' },
		{ column: 'expert_id', table: 'experts', targetColumn: 'expert_id' }
	],
	order: [{ column: 'end', notBefore: 'start' }],
	columns: [
		{
			name: 'engagement_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Engagement identifier.',
			examples: ['G0001', 'G0002']
		},
		{
			name: 'centre_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Centre mentored.',
			examples: ['C001', 'C002']
		},
		{
			name: 'expert_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Expert mentoring (for a twinning, the hub’s lead).',
			examples: ['E001', 'E002']
		},
		{
			name: 'specialty',
			type: 'enum',
			required: true,
			values: SPECIALTIES,
			description: 'Specialty of the engagement.',
			examples: ['radiation_oncology', 'medical_physics']
		},
		{
			name: 'kind',
			type: 'enum',
			required: true,
			values: ['mentorship', 'twinning'],
			description: 'Mentorship or twinning.',
			examples: ['mentorship', 'twinning']
		},
		{
			name: 'start',
			type: 'date',
			required: true,
			description: 'Start date.',
			examples: ['2019-01-14', '2021-06-01']
		},
		{
			name: 'end',
			type: 'date',
			required: false,
			description: 'End date; empty while ongoing.',
			examples: ['2022-12-31', null]
		},
		{
			name: 'mode',
			type: 'enum',
			required: true,
			values: ['telemedicine', 'in_country', 'mixed'],
			description: 'How the mentoring happens.',
			examples: ['mixed', 'telemedicine']
		},
		{
			name: 'planned_hours',
			type: 'number',
			required: false,
			unit: 'hours',
			min: 0,
			max: 10000,
			description: 'Hours planned over the engagement.',
			examples: [120, 80]
		}
	]
} as const satisfies TableSpec;

export const sessions = {
	name: 'sessions',
	title: 'Sessions',
	description: 'One row per mentoring contact: a telemedicine session or a day in the country.',
	primaryKey: ['session_id'],
	references: [{ column: 'engagement_id', table: 'engagements', targetColumn: 'engagement_id' }],
	columns: [
		{
			name: 'session_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Session identifier.',
			examples: ['S000001', 'S000002']
		},
		{
			name: 'engagement_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Engagement the session belongs to.',
			examples: ['G0001', 'G0002']
		},
		{
			name: 'date',
			type: 'date',
			required: true,
			description: 'Date of the session.',
			examples: ['2019-01-21', '2021-06-08']
		},
		{
			name: 'hours',
			type: 'number',
			required: true,
			unit: 'hours',
			min: 0,
			max: 24,
			description: 'Expert hours spent.',
			examples: [1.5, 7]
		},
		{
			name: 'mode',
			type: 'enum',
			required: true,
			values: ['telemedicine', 'in_country'],
			description: 'Telemedicine or in the country.',
			examples: ['telemedicine', 'in_country']
		}
	]
} as const satisfies TableSpec;

export const requests = {
	name: 'requests',
	title: 'Requests',
	description: 'Needs and opportunities raised by centres, and when the corps matched them with an expert.',
	primaryKey: ['request_id'],
	references: [{ column: 'centre_id', table: 'centres', targetColumn: 'centre_id' }],
	order: [
		{ column: 'matched', notBefore: 'opened' },
		{ column: 'closed', notBefore: 'opened' }
	],
	columns: [
		{
			name: 'request_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Request identifier.',
			examples: ['R0001', 'R0002']
		},
		{
			name: 'centre_id',
			type: 'string',
			required: true,
			...ID,
			description: 'Centre raising the request.',
			examples: ['C001', 'C002']
		},
		{
			name: 'specialty',
			type: 'enum',
			required: true,
			values: SPECIALTIES,
			description: 'Specialty requested.',
			examples: ['medical_physics', 'pathology']
		},
		{
			name: 'kind',
			type: 'enum',
			required: true,
			values: ['need', 'opportunity'],
			description: 'A need (a gap to fill) or an opportunity (e.g. a new machine to commission).',
			examples: ['need', 'opportunity']
		},
		{
			name: 'opened',
			type: 'date',
			required: true,
			description: 'Date raised.',
			examples: ['2024-02-01', '2025-05-12']
		},
		{
			name: 'matched',
			type: 'date',
			required: false,
			description: 'Date matched with an expert; empty if not yet.',
			examples: ['2024-03-10', null]
		},
		{
			name: 'closed',
			type: 'date',
			required: false,
			description: 'Date closed; empty if still open.',
			examples: ['2024-12-20', null]
		},
		{
			name: 'status',
			type: 'enum',
			required: true,
			values: ['open', 'matched', 'closed', 'withdrawn'],
			description: 'Current status.',
			examples: ['closed', 'open']
		}
	]
} as const satisfies TableSpec;
