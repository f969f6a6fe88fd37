import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser-path.mjs';

// The app in server mode: `npx vite build`, then `npx playwright test -c playwright.server.config.ts`. The server
// builds a fresh database under server-data/e2e on each run, with the test accounts of tests/e2e-server.
const port = Number(process.env.SERVER_E2E_PORT ?? 8306);

export default defineConfig({
	testDir: 'tests/e2e-server',
	testMatch: '**/*.e2e.ts',
	timeout: 120_000,
	expect: { timeout: 30_000 },
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 900 },
		serviceWorkers: 'block',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs }
	},
	webServer: {
		command: 'node -e "fs.rmSync(\'server-data/e2e\',{recursive:true,force:true})" && npx tsx server/main.ts',
		env: { ATLAS_CONFIG: 'tests/e2e-server/atlas.json', ATLAS_PORT: String(port) },
		url: `http://127.0.0.1:${port}/api/engine`,
		reuseExistingServer: false,
		timeout: 120_000
	}
});
