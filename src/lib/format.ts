/** Number formats for the interface language; `null` (missing) is never shown as zero. */
export interface FormatOptions {
	locale: string;
	missing: string;
}

export function formatInteger(value: number | null | undefined, { locale, missing }: FormatOptions): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return missing;
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Compact form for headline figures: 20 million, 1.4 k; three significant digits. */
export function formatCompact(value: number | null | undefined, { locale, missing }: FormatOptions): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return missing;
	return new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

export function formatPercent(share: number | null | undefined, { locale, missing }: FormatOptions): string {
	if (share === null || share === undefined || !Number.isFinite(share)) return missing;
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatDecimal(
	value: number | null | undefined,
	{ locale, missing }: FormatOptions,
	fractionDigits = 1
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return missing;
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits
	}).format(value);
}
