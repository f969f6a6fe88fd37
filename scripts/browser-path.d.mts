export const debianChromium: string;
export function chromiumPath(): string;
export function chromiumFound(): boolean;
export const chromiumArgs: string[];
