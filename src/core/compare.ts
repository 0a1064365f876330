/** Code-point order, the same on every platform and locale: how lesson paths and term keys are ordered everywhere. */
export function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
