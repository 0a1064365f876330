import { LEVEL_ALPHABET } from './tableCodec';

/** How far a part of speech's chance after another may stray from its chance anywhere, in nats (rare tags would stray far on little evidence). */
export const FACTOR_RANGE = { low: -4, high: 2, steps: LEVEL_ALPHABET.length - 1 };

/** A log ratio as one symbol, clamped to the range. */
export function factorSymbol(log: number): string {
	const clamped = Math.max(FACTOR_RANGE.low, Math.min(FACTOR_RANGE.high, log));
	return LEVEL_ALPHABET[Math.round(((clamped - FACTOR_RANGE.low) / (FACTOR_RANGE.high - FACTOR_RANGE.low)) * FACTOR_RANGE.steps)];
}

/** The log ratio a symbol stands for. */
export function factorLog(symbol: string): number {
	return FACTOR_RANGE.low + (LEVEL_ALPHABET.indexOf(symbol) / FACTOR_RANGE.steps) * (FACTOR_RANGE.high - FACTOR_RANGE.low);
}
