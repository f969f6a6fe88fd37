import { m } from '$lib/i18n';

const incomeLabels = {
	L: m.country_income_L,
	LM: m.country_income_LM,
	UM: m.country_income_UM,
	H: m.country_income_H
} as const;

/** The World Bank income group as words; "no data" where the World Bank does not classify the country. */
export function incomeLabel(group: keyof typeof incomeLabels | null): string {
	return group ? incomeLabels[group]() : m.value_no_data();
}
