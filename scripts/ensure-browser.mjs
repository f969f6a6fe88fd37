// Makes sure the browser tests have a Chromium: installs Debian's package when we are root with apt-get,
// otherwise stops with the exact command to run. Playwright cannot download its own browsers here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumFound, chromiumPath } from './browser-path.mjs';

if (chromiumFound()) process.exit(0);

if (process.env.CHROMIUM_PATH) {
	console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no browser is there.`);
	process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
	console.error(
		`No Chromium at ${chromiumPath()}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n` +
			'or set CHROMIUM_PATH to a Chromium or Chrome binary.'
	);
	process.exit(1);
}

console.log("No Chromium found: installing Debian's chromium package for the browser tests…");
const apt = (args) =>
	execFileSync('apt-get', args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
apt(['update', '-qq']);
apt(['install', '-y', '-qq', 'chromium']);
if (!chromiumFound()) {
	console.error(`apt-get finished but ${chromiumPath()} is still missing.`);
	process.exit(1);
}
