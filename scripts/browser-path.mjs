// Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's package.
import { existsSync } from 'node:fs';

export const debianChromium = '/usr/bin/chromium';

export function chromiumPath() {
	return process.env.CHROMIUM_PATH || debianChromium;
}

export function chromiumFound() {
	return existsSync(chromiumPath());
}

/** Chromium's flags for headless runs here: no sandbox (root in a container), software WebGL, no background traffic. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader'
];
