/** `npm run serve:hash -- <secret>` prints a secret's hash for the accounts file; `serve:restore -- <folder>` restores. */
import { hashSecret } from './accounts';
import { restoreBackup } from './backup';
import { loadConfig } from './config';

const [command, argument] = process.argv.slice(2);
if (command === 'hash' && argument) console.log(await hashSecret(argument));
else if (command === 'restore' && argument) {
	const config = loadConfig();
	await restoreBackup(argument, config.databaseFile);
	console.log(
		`${config.databaseFile} restored from ${argument} (the previous file is kept as .before-restore)`
	);
} else {
	console.error('usage: tsx server/tools.ts hash <secret> | restore <backup folder>');
	process.exit(1);
}
