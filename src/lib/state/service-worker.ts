import { dev } from '$app/environment';

/**
 * Registers the service worker (src/service-worker.ts) once DuckDB has started, or after `fallbackMs` on views that do
 * not start it, so that caching the app for offline use never competes with a first load.
 */
export function registerServiceWorkerLater(fallbackMs = 10_000): void {
	if (dev || !('serviceWorker' in navigator)) return;
	let done = false;
	const register = () => {
		if (done) return;
		done = true;
		observer.disconnect();
		clearTimeout(timer);
		navigator.serviceWorker.register('/service-worker.js').catch((error: unknown) => {
			console.warn('Offline use is not available:', error);
		});
	};
	const observer = new PerformanceObserver((list) => {
		if (list.getEntriesByName('duckdb-ready').length > 0) register();
	});
	observer.observe({ type: 'mark', buffered: true });
	const timer = setTimeout(register, fallbackMs);
}
