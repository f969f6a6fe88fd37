import { formatCompact, formatInteger, type FormatOptions } from '$lib/format';

/**
 * The one rounding rule for a headline count of people or cases (new cancer cases), wherever a card shows it: whole
 * numbers below a million, three significant digits in compact form from a million (18.7M). A country then reads the
 * same on its page, in its report and on the Overview.
 */
export function formatHeadlineCount(value: number | null | undefined, f: FormatOptions): string {
	return value !== null && value !== undefined && Math.abs(value) >= 1_000_000
		? formatCompact(value, f)
		: formatInteger(value, f);
}
