import { m } from '$lib/i18n';
import type { ReturnParameterId } from '$lib/models/return-parameters';

/** Each return parameter's label and note in the interface language (the definitions hold the English source). */
export const parameterText: Record<ReturnParameterId, { label: () => string; note: () => string }> = {
	rtos: { label: m.roi_param_rtos, note: m.roi_param_rtos_note },
	lex: { label: m.roi_param_lex, note: m.roi_param_lex_note },
	surv: { label: m.roi_param_surv, note: m.roi_param_surv_note },
	years: { label: m.roi_param_years, note: m.roi_param_years_note },
	work: { label: m.roi_param_work, note: m.roi_param_work_note },
	emp: { label: m.roi_param_emp, note: m.roi_param_emp_note },
	vly: { label: m.roi_param_vly, note: m.roi_param_vly_note },
	attr: { label: m.roi_param_attr, note: m.roi_param_attr_note },
	disc: { label: m.roi_param_disc, note: m.roi_param_disc_note },
	course: { label: m.roi_param_course, note: m.roi_param_course_note },
	hour: { label: m.models_param_hour, note: m.models_param_hour_note },
	cap1: { label: m.roi_param_cap1, note: m.roi_param_cap1_note },
	cap2: { label: m.roi_param_cap2, note: m.roi_param_cap2_note },
	run: { label: m.roi_param_run, note: m.roi_param_run_note },
	life: { label: m.roi_param_life, note: m.roi_param_life_note },
	tro: { label: m.roi_param_tro, note: m.roi_param_training_note },
	tmp: { label: m.roi_param_tmp, note: m.roi_param_training_note },
	trtt: { label: m.roi_param_trtt, note: m.roi_param_training_note },
	price: { label: m.roi_param_price, note: m.roi_param_price_note }
};

/** A short name for chart rows, where the full label does not fit. */
export const shortLabel = (id: ReturnParameterId): string =>
	(
		({
			rtos: m.roi_short_rtos,
			lex: m.roi_short_lex,
			surv: m.roi_short_surv,
			years: m.roi_short_years,
			attr: m.roi_short_attr,
			vly: m.roi_short_vly,
			disc: m.roi_short_disc,
			course: m.roi_short_course,
			hour: m.models_short_hour
		}) as Partial<Record<ReturnParameterId, () => string>>
	)[id]?.() ?? parameterText[id].label();
