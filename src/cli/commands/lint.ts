import { parseLesson } from '../../core/parser/parseLesson';
import type { CliCommand } from '../command';
import { readListed } from '../markdownFiles';

/** `lint PATH...`: every diagnostic as `file:line: severity code message` (lines from 1); exit 1 on any error or unreadable file. */
export const lintCommand: CliCommand = {
	usage: 'PATH...',
	run(args) {
		if (args.length === 0) throw new Error('lint takes one or more files or folders');
		let errors = 0;
		const files = readListed(args, () => errors++);
		for (const { file, text } of files) {
			for (const d of parseLesson(text).diagnostics) {
				if (d.severity === 'error') errors++;
				process.stdout.write(`${file}:${d.line + 1}: ${d.severity} ${d.code} ${d.message}\n`);
			}
		}
		return Promise.resolve(errors > 0 ? 1 : 0);
	},
};
