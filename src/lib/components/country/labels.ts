import { incomeName } from '$lib/i18n';
import type { IncomeGroup } from '$lib/models/gap';

/** The World Bank income group as words; "no data" where the World Bank does not classify the country. */
export function incomeLabel(group: IncomeGroup | null): string {
	return incomeName(group);
}
