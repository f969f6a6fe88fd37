// Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's package.
import { existsSync } from 'node:fs';

export const debianChromium = '/usr/bin/chromium';

export function chromiumPath() {
	return process.env.CHROMIUM_PATH || debianChromium;
}

export function chromiumFound() {
	return existsSync(chromiumPath());
}
