import { formatDecimal, formatInteger, formatPercent, type FormatOptions } from '$lib/format';
import { m, regionName } from '$lib/i18n';
import type { IndicatorId, Normalisation } from '$lib/models/indicators';
import { measureOf, type GapMeasure } from '$lib/models/gap-view';

export const indicatorLabel: Record<IndicatorId, () => string> = {
	'rt-machines': m.gaps_indicator_rt_machines,
	'radiation-oncologists': m.gaps_indicator_radiation_oncologists,
	'medical-physicists': m.gaps_indicator_medical_physicists,
	'radiation-therapists': m.gaps_indicator_radiation_therapists,
	'medical-oncologists': m.gaps_indicator_medical_oncologists,
	surgeons: m.gaps_indicator_surgeons,
	pathologists: m.gaps_indicator_pathologists,
	doctors: m.gaps_indicator_doctors
};

export const normalisationLabel: Record<Normalisation, () => string> = {
	absolute: m.gaps_norm_absolute,
	'per-million': m.gaps_norm_per_million,
	'per-10k-people': m.gaps_norm_per_10k,
	'per-1000-cases': m.gaps_norm_per_1000_cases,
	'share-of-need-met': m.gaps_norm_share
};

const measureLabel: Record<GapMeasure, () => string> = {
	gap: m.gaps_measure_gap,
	need: m.gaps_measure_need,
	observed: m.gaps_measure_observed
};

/** What a figure shows, in words: "Machine gap — radiotherapy machines, per million people". */
export function measureTitle(indicator: IndicatorId, normalisation: Normalisation): string {
	if (normalisation === 'share-of-need-met') {
		return m.gaps_what_share({ indicator: indicatorLabel[indicator]() });
	}
	const parts = {
		measure: measureLabel[measureOf(indicator)](),
		indicator: indicatorLabel[indicator](),
		normalisation: normalisationLabel[normalisation]()
	};
	return normalisation === 'absolute' ? m.gaps_what_absolute(parts) : m.gaps_what(parts);
}

/** A value as read on the figures: shares in %, counts whole, rates with one or two decimals. */
export function formatValue(value: number | null, normalisation: Normalisation, f: FormatOptions): string {
	switch (normalisation) {
		case 'share-of-need-met':
			return formatPercent(value, f);
		case 'absolute':
			return formatInteger(value, f);
		case 'per-1000-cases':
			return formatDecimal(value, f, 2);
		default:
			return formatDecimal(value, f, 1);
	}
}

/** A class break for a legend: two significant digits, so small rates do not round to 0. */
export function formatBreak(value: number | null, normalisation: Normalisation, f: FormatOptions): string {
	if (normalisation === 'share-of-need-met') return formatPercent(value, f);
	if (value === null || !Number.isFinite(value)) return f.missing;
	return new Intl.NumberFormat(f.locale, { maximumSignificantDigits: 2 }).format(value);
}

/** The Methods page anchor that explains an indicator. */
export function methodsAnchor(indicator: IndicatorId): string {
	if (indicator === 'rt-machines') return 'machines';
	if (indicator === 'doctors') return 'data-countries';
	return 'staff';
}

/** Observed or modelled, the sources and their years, in a sentence. */
export function sourceNote(
	indicator: IndicatorId,
	years: { dirac: string; doctors: string; population: string }
): { kind: 'observed' | 'modelled'; text: string } {
	if (indicator === 'doctors') return { kind: 'observed', text: m.gaps_source_doctors(years) };
	if (indicator === 'rt-machines') return { kind: 'modelled', text: m.gaps_source_machines(years) };
	return { kind: 'modelled', text: m.gaps_source_staff(years) };
}

/** A World Bank region in the interface language; a region the app does not know keeps its own name. */
export const regionLabel = (region: string | null): string => regionName(region);
