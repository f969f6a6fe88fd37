/** True when the browser can draw WebGL: maplibre needs it, and without it the SVG map stays, rather than an error. */
export function hasWebGl(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
	} catch {
		return false;
	}
}

/** Resolves after the browser has painted the current frame, so work started then does not delay that frame. */
export function afterPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
