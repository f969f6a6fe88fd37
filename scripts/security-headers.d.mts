/** The headers to send with every file of the build in `dir` (default `build`). */
export function securityHeaders(
	dir?: string
): Record<
	| 'Content-Security-Policy'
	| 'X-Content-Type-Options'
	| 'Referrer-Policy'
	| 'X-Frame-Options'
	| 'Permissions-Policy'
	| 'Cross-Origin-Opener-Policy',
	string
>;
