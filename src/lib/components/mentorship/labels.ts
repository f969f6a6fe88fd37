import { SPECIALTIES, type Specialty } from '$lib/models/program-schema';
import { m } from '$lib/i18n';
import { programSource } from '$lib/state/program-source.svelte';

const specialtyLabels: Record<Specialty, () => string> = {
	radiation_oncology: m.mentorship_specialty_radiation_oncology,
	medical_physics: m.mentorship_specialty_medical_physics,
	radiation_therapy: m.mentorship_specialty_radiation_therapy,
	medical_oncology: m.mentorship_specialty_medical_oncology,
	surgical_oncology: m.mentorship_specialty_surgical_oncology,
	pathology: m.mentorship_specialty_pathology,
	oncology_nursing: m.mentorship_specialty_oncology_nursing,
	palliative_care: m.mentorship_specialty_palliative_care,
	radiology: m.mentorship_specialty_radiology,
	program_management: m.mentorship_specialty_program_management
};

/** A specialty code in the reader's language (the code itself if unknown). */
export function specialtyLabel(code: string): string {
	return (specialtyLabels as Record<string, () => string>)[code]?.() ?? code;
}

export const specialties: readonly Specialty[] = SPECIALTIES;

const trackLabels: Record<string, () => string> = {
	academic: m.mentorship_track_academic,
	private_practice: m.mentorship_track_private_practice,
	senior_retired: m.mentorship_track_senior_retired
};

export function trackLabel(code: string): string {
	return trackLabels[code]?.() ?? code;
}

/** "2025-03" in the reader's language: "Mar 2025", "mars 2025". */
export function monthLabel(month: string, locale: string): string {
	const [year = 0, index = 1] = month.split('-').map(Number);
	return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(year, index - 1, 1))
	);
}

/** The illustrative-data line that exports carry while the embedded default is shown. */
export function exportNotice(): string | undefined {
	return programSource.illustrative ? m.notice_illustrative() : undefined;
}
