/** Where the ICEC program tables come from: the embedded illustrative default until the user loads files. */
export class ProgramSource {
	illustrative = $state(true);
}

export const programSource = new ProgramSource();
