import { createServer, type Server } from 'node:http';

const sentence =
	'Radiotherapy need and capacity by country, observed or modelled, with the source and the year of each figure. ';

/** A paragraph of a few lines, as a page's text runs (one paragraph of 250 KB would be slower to lay out). */
const paragraph = `${sentence.repeat(4)}</p><p>`;

/**
 * A bare static page of exactly `bytes` bytes (UTF-8): a heading and paragraphs of text, no stylesheet, no script.
 * The browser's fastest paint for a document of that size on this machine: the floor a prerendered view is held to.
 */
export function floorPage(bytes: number): string {
	const head =
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>' +
		'<body><h1 id="floor">Cancer-care capacity at a glance</h1><p>';
	const tail = '</p></body></html>\n';
	const room = Math.max(0, bytes - head.length - tail.length);
	const whole = Math.floor(room / paragraph.length);
	const rest = room - whole * paragraph.length;
	const text = paragraph.repeat(whole) + sentence.repeat(Math.ceil(rest / sentence.length)).slice(0, rest);
	return head + text + tail;
}

/** Serves `html` at every path on 127.0.0.1:`port`, as vite preview serves a built page: no compression. */
export function serveFloor(html: string, port: number): Promise<Server> {
	const server = createServer((_, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(html);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
