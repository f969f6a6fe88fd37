/** The review shows a few problems of each kind; the CSV download lists them all. Pure, so it is tested apart. */
import type { Issue } from '$lib/models/upload-report';

/** Problems shown per kind (and per column, so "phase" problems do not hide "iso3" ones). */
export const SHOWN_PER_KIND = 20;

export interface CappedIssues {
	shown: Issue[];
	/** One entry per kind and column with problems left out, in the order they first appear. */
	hidden: { kind: Issue['kind']; column?: string; count: number; after: Issue }[];
}

export function capByKind(issues: readonly Issue[], perKind = SHOWN_PER_KIND): CappedIssues {
	const seen = new Map<string, number>();
	const hidden = new Map<string, CappedIssues['hidden'][number]>();
	const shown: Issue[] = [];
	for (const issue of issues) {
		const key = `${issue.kind}\u0000${issue.column ?? ''}`;
		const n = (seen.get(key) ?? 0) + 1;
		seen.set(key, n);
		if (n <= perKind) shown.push(issue);
		else {
			const h = hidden.get(key);
			if (h) h.count++;
			else
				hidden.set(key, { kind: issue.kind, column: issue.column, count: 1, after: shown.at(-1) ?? issue });
		}
	}
	return { shown, hidden: [...hidden.values()] };
}
