import type { RouteId } from '$app/types';
import { m } from '$lib/i18n';

/** Routes without parameters: the ones a menu can link to directly. */
export type StaticRouteId = Exclude<RouteId, `${string}[${string}`>;

export interface NavItem {
	href: StaticRouteId;
	label: () => string;
}

/** The views that exist; a view is listed only once it is built. */
export const navItems: readonly NavItem[] = [
	{ href: '/', label: m.nav_overview },
	{ href: '/gaps', label: m.gaps_nav },
	{ href: '/country', label: m.country_nav },
	{ href: '/mentorship', label: m.mentorship_nav },
	{ href: '/roi', label: m.roi_nav },
	{ href: '/report', label: m.report_nav },
	{ href: '/data', label: m.data_nav },
	{ href: '/methods', label: m.methods_nav }
];
