import { siteRtuWeights } from '../../models/rtu-case-mix';
import { join, sql, type SqlQuery } from '../sql';

/**
 * A join adding, per country, the sums the case-mix utilisation is made of (`caseMixRtuFromSums`): the new cases of
 * the sites the CCORE model names, weighed by each site's optimal utilisation (`rtu_weighted_cases`) and unweighed
 * (`rtu_named_cases`). The weights are the model's own, bound as parameters. Alias `mix`, joined on `c.iso3`.
 */
export function caseMixJoin(): SqlQuery {
	const weights = join(
		siteRtuWeights.map((w) => sql`(${w.siteCode}, ${w.rtu})`),
		', '
	);
	return sql`LEFT JOIN (
			SELECT s.iso3, sum(s.new_cases * w.rtu) AS rtu_weighted_cases, sum(s.new_cases) AS rtu_named_cases
			FROM cancer_burden s JOIN (VALUES ${weights}) w(site_code, rtu) ON w.site_code = s.site_code
			GROUP BY s.iso3
		) mix ON mix.iso3 = c.iso3`;
}
