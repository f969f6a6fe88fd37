/** What the coverage report reads: each centre's mentorship activity. */

export interface CentreActivityRow {
	centre_id: string;
	name: string;
	iso3: string;
	admin1_code: string | null;
	lat: number;
	lon: number;
	phase: number;
	working_languages: string;
	sessions: number;
	hours: number;
	experts: number;
	months_with_session: number;
	months_engaged: number;
}
