import { m } from '$lib/i18n';

const specialties: Record<string, () => string> = {
	radiation_oncology: m.roi_sp_radiation_oncology,
	medical_physics: m.roi_sp_medical_physics,
	radiation_therapy: m.roi_sp_radiation_therapy,
	medical_oncology: m.roi_sp_medical_oncology,
	surgical_oncology: m.roi_sp_surgical_oncology,
	pathology: m.roi_sp_pathology,
	oncology_nursing: m.roi_sp_oncology_nursing,
	palliative_care: m.roi_sp_palliative_care,
	radiology: m.roi_sp_radiology,
	program_management: m.roi_sp_program_management
};

export const specialtyLabel = (code: string): string => specialties[code]?.() ?? code;

export const kindLabel = (kind: string): string =>
	kind === 'mentorship' ? m.roi_kind_mentorship() : kind === 'twinning' ? m.roi_kind_twinning() : kind;

export const modeLabel = (mode: string): string =>
	({
		telemedicine: m.roi_mode_telemedicine(),
		in_country: m.roi_mode_in_country(),
		mixed: m.roi_mode_mixed()
	})[mode] ?? mode;

export const settingLabel = (setting: string): string =>
	setting === 'lmic'
		? m.roi_setting_lmic()
		: setting === 'underserved_hic'
			? m.roi_setting_underserved()
			: setting;
