/** What the mentorship corps panels read: experts, the corps by year and the phase records. */

export interface CorpsExpertRow {
	expert_id: string;
	display_name: string;
	specialty: string;
	hub_id: string | null;
	hub_name: string | null;
	track: 'academic' | 'private_practice' | 'senior_retired';
	hours_per_month: number;
	joined: string;
	/** Sessions, hours and distinct centres in the period (centre-country filter applied). */
	sessions: number;
	hours: number;
	centres: number;
}

export interface CorpsYear {
	year: number;
	experts_joined: number;
	active_experts: number;
	centres: number;
	countries: number;
	sessions: number;
	hours: number;
}

export interface PhaseRecordRow {
	centre_id: string;
	centre_name: string;
	year: number;
	phase: number;
}
