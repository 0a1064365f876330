import type { Reporter, TestRunEndReason } from 'vitest/reporters';
import { chromiumLookup } from './browser';
import { skipSummary } from './findChromium';

/**
 * A run without a browser ends on a line saying it tested nothing in one. Printed as the process
 * exits: the default reporter writes its summary after every reporter's onTestRunEnd has been called.
 */
export default class SkipSummaryReporter implements Reporter {
	onTestRunEnd(_modules: unknown, _errors: unknown, reason: TestRunEndReason): void {
		const line = skipSummary(chromiumLookup, reason);
		if (line) process.once('exit', () => console.log(`\n  ${line}`));
	}
}
