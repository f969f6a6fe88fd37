import { formatPercent } from '$lib/format';
import { formats, m } from '$lib/i18n';
import { accessScale } from '$lib/map/scales';
import type { MapEntry } from '$lib/map/types';
import type { CountryCapacity } from '$lib/models/gap';

/** One map entry per country: share of radiotherapy need met, hatched where DIRAC has no record. */
export function accessEntries(countries: readonly CountryCapacity[], f = formats()): MapEntry[] {
	return countries.map((c) => ({
		iso3: c.iso3,
		name: c.name,
		value: c.access,
		hatched: !c.hasRecord,
		text: c.hasRecord ? `${m.col_access()}: ${formatPercent(c.access, f)}` : m.value_no_record()
	}));
}

/** Legend labels of the access classes (< 20 %, 20 %–40 %, …). */
export function accessClassLabels(f = formats()): string[] {
	return accessScale.classes.map((c) =>
		c.from === null
			? `< ${formatPercent(c.to, f)}`
			: c.to === null
				? `≥ ${formatPercent(c.from, f)}`
				: `${formatPercent(c.from, f)}–${formatPercent(c.to, f)}`
	);
}
