import { m } from '$lib/i18n';
import type { NumericParameterId } from '$lib/models/parameters';

/** Each parameter's label, unit and note in the interface language (English matches parameters.ts; a test checks). */
export const parameterText: Record<
	NumericParameterId,
	{ label: () => string; unit: () => string; note: () => string }
> = {
	rtu: { label: m.methods_param_rtu_label, unit: m.methods_param_rtu_unit, note: m.methods_param_rtu_note },
	courses: {
		label: m.methods_param_courses_label,
		unit: m.methods_param_courses_unit,
		note: m.methods_param_courses_note
	},
	retreat: {
		label: m.models_param_retreat_label,
		unit: m.models_param_retreat_unit,
		note: m.models_param_retreat_note
	},
	mpm: { label: m.methods_param_mpm_label, unit: m.methods_param_mpm_unit, note: m.methods_param_mpm_note },
	ro: { label: m.methods_param_ro_label, unit: m.methods_param_ro_unit, note: m.methods_param_ro_note },
	mp: { label: m.methods_param_mp_label, unit: m.methods_param_mp_unit, note: m.models_param_mp_note },
	mpmach: {
		label: m.methods_param_mpmach_label,
		unit: m.methods_param_mpmach_unit,
		note: m.models_param_mpmach_note
	},
	rtt: { label: m.models_param_rtt_label, unit: m.models_param_rtt_unit, note: m.models_param_rtt_note },
	chemo: {
		label: m.methods_param_chemo_label,
		unit: m.methods_param_chemo_unit,
		note: m.models_param_chemo_note
	},
	mo: { label: m.methods_param_mo_label, unit: m.methods_param_mo_unit, note: m.methods_param_mo_note },
	surg: {
		label: m.methods_param_surg_label,
		unit: m.methods_param_surg_unit,
		note: m.methods_param_surg_note
	},
	sao: { label: m.methods_param_sao_label, unit: m.methods_param_sao_unit, note: m.methods_param_sao_note },
	path: {
		label: m.methods_param_path_label,
		unit: m.methods_param_path_unit,
		note: m.methods_param_path_note
	}
};

/** Scenario names, by parameter and value; English matches parameters.ts. */
export function scenarioLabel(id: NumericParameterId, value: number, fallback: string): string {
	const key = `${id}:${value}`;
	const labels: Record<string, () => string> = {
		'rtu:0.483': m.methods_param_scenario_rtu_evidence,
		'courses:450': m.methods_param_scenario_courses_standard,
		'courses:500': m.methods_param_scenario_courses_higher,
		'courses:1000': m.methods_param_scenario_courses_extended,
		'mpmach:1.7': m.models_param_scenario_mpmach_iaea,
		'mo:150': m.methods_param_scenario_mo_benchmark,
		'mo:500': m.methods_param_scenario_mo_heavy,
		'mo:1000': m.methods_param_scenario_mo_very_heavy
	};
	return labels[key]?.() ?? fallback;
}

/** Which parameters move which indicator, so the panel shows the ones that matter first. */
export const parametersByIndicator: Record<string, readonly NumericParameterId[]> = {
	'rt-machines': ['rtu', 'courses', 'retreat', 'mpm'],
	'radiation-oncologists': ['rtu', 'ro'],
	'medical-physicists': ['rtu', 'courses', 'mp', 'mpmach'],
	'radiation-therapists': ['rtu', 'courses', 'rtt'],
	'medical-oncologists': ['chemo', 'mo'],
	surgeons: ['sao', 'surg'],
	pathologists: ['path'],
	doctors: []
};
