import type { FormatOptions } from '$lib/format';
import { m } from '$lib/i18n';
import { programSource } from '$lib/state/program-source.svelte';

/** US dollars, compact: US$1.2 M, US$85 k; `null` shows as missing, never as zero. */
export function formatUsd(value: number | null | undefined, { locale, missing }: FormatOptions): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return missing;
	return new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'USD',
		currencyDisplay: 'symbol',
		notation: 'compact',
		maximumSignificantDigits: 3
	}).format(value);
}

/** The notice line for exports made from program data, while that data is the illustrative default. */
export function exportNotice(): string | undefined {
	return programSource.illustrative ? m.roi_export_notice() : undefined;
}

export const sourceColours: Record<string, string> = {
	local_community: '#E69F00',
	government: '#0072B2',
	industry: '#009E73',
	philanthropy: '#CC79A7'
};
export const fundingSources = ['local_community', 'government', 'industry', 'philanthropy'] as const;
export const spendCategories = ['building', 'equipment', 'training', 'operations', 'other'] as const;

export const sourceLabel = (s: string): string =>
	({
		local_community: m.roi_source_local_community(),
		government: m.roi_source_government(),
		industry: m.roi_source_industry(),
		philanthropy: m.roi_source_philanthropy()
	})[s] ?? s;

export const categoryLabel = (c: string): string =>
	({
		building: m.roi_category_building(),
		equipment: m.roi_category_equipment(),
		training: m.roi_category_training(),
		operations: m.roi_category_operations(),
		other: m.roi_category_other()
	})[c] ?? c;
