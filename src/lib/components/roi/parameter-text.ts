import { m } from '$lib/i18n';
import type { ReturnParameterId } from '$lib/models/return-parameters';

/** Each return parameter's label and note in the interface language (the definitions hold the English source). */
export const parameterText: Record<ReturnParameterId, { label: () => string; note: () => string }> = {
	surv: { label: m.roi_param_surv, note: m.roi_param_surv_note },
	work: { label: m.roi_param_work, note: m.roi_param_work_note },
	emp: { label: m.roi_param_emp, note: m.roi_param_emp_note },
	years: { label: m.roi_param_years, note: m.roi_param_years_note },
	vly: { label: m.roi_param_vly, note: m.roi_param_vly_note },
	attr: { label: m.roi_param_attr, note: m.roi_param_attr_note },
	disc: { label: m.roi_param_disc, note: m.roi_param_disc_note },
	cap1: { label: m.roi_param_cap1, note: m.roi_param_cap1_note },
	cap2: { label: m.roi_param_cap2, note: m.roi_param_cap2_note },
	run: { label: m.roi_param_run, note: m.roi_param_run_note },
	life: { label: m.roi_param_life, note: m.roi_param_life_note },
	tro: { label: m.roi_param_tro, note: m.roi_param_training_note },
	tmp: { label: m.roi_param_tmp, note: m.roi_param_training_note },
	trtt: { label: m.roi_param_trtt, note: m.roi_param_training_note },
	price: { label: m.roi_param_price, note: m.roi_param_price_note }
};
