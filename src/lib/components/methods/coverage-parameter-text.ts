import { m } from '$lib/i18n';
import type { CoverageParameterId } from '$lib/models/coverage-parameters';

/** Each mentorship parameter's label, unit and note in the interface language (English as coverage-parameters.ts). */
export const coverageParameterText: Record<
	CoverageParameterId,
	{ label: () => string; unit: () => string; note: () => string }
> = {
	rate: {
		label: m.corps_methods_param_rate_label,
		unit: m.corps_methods_param_rate_unit,
		note: m.corps_methods_param_rate_note
	},
	weekly: {
		label: m.corps_methods_param_weekly_label,
		unit: m.corps_methods_param_weekly_unit,
		note: m.corps_methods_param_weekly_note
	},
	depth: {
		label: m.corps_methods_param_depth_label,
		unit: m.corps_methods_param_depth_unit,
		note: m.corps_methods_param_depth_note
	},
	depthSessions: {
		label: m.corps_methods_param_depth_sessions_label,
		unit: m.corps_methods_param_depth_sessions_unit,
		note: m.corps_methods_param_depth_sessions_note
	}
};
