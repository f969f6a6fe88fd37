/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline once loaded: the app shell, every built file (DuckDB's wasm and worker, the embedded data, the shapes) and
// the prerendered pages are cached on install. Deep links to views that are not prerendered (/country/KEN) get the
// app shell, prerendered with ssr off: the bare client, which routes by the URL (the views' own pages hold their frame
// and would hydrate as that view).
import { base, build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `icec-atlas-${version}`;
/** Rendered in the browser only (ssr off), so its prerendered page is the bare shell that any route can use. */
const fallback = `${base}/app-shell`;
const precached = new Set([...build, ...files, ...prerendered, fallback]);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(cacheName)
			.then((cache) => cache.addAll([...precached]))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
			.then(() => worker.clients.claim())
	);
});

/** Pages: the network first (a new build shows at once), the cached page or the SPA fallback when offline. */
async function page(request: Request, url: URL): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const cache = await caches.open(cacheName);
		const path = url.pathname.replace(/\/$/, '') || '/';
		const cached = (await cache.match(path)) ?? (await cache.match(fallback));
		if (cached) return cached;
		throw error;
	}
}

/** Built files carry a hash in their name and never change: the cache first. */
async function asset(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(cacheName);
	const cached = await cache.match(url.pathname);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(url.pathname, response.clone());
	return response;
}

/**
 * DuckDB's engine: the network first, which for this fingerprinted file means the browser's HTTP cache, and the cached
 * copy only offline. Chrome keeps the compiled engine beside the HTTP cache entry of its URL; answered from Cache
 * Storage instead, the next visit looked for it there, found none and compiled the 33 MB module again.
 */
async function engine(request: Request, url: URL): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const cached = await (await caches.open(cacheName)).match(url.pathname);
		if (cached) return cached;
		throw error;
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(page(request, url));
	else if (url.pathname.endsWith('.wasm') && precached.has(url.pathname))
		event.respondWith(engine(request, url));
	else if (precached.has(url.pathname)) event.respondWith(asset(request, url));
});
