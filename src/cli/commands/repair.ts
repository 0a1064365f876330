import { type EncodingRepair, repairEncoding } from '../../core/repair/repairEncoding';
import { fileAndFlag, inFile, type CliCommand } from '../command';
import { processInPlace, readText } from '../textFiles';

/**
 * `repair FILE [--write]`: a note whose UTF-8 was read with a Windows code page, decoded back. Prints the
 * repaired text (or, with --write, rewrites the file in place) and, on stderr, what was repaired.
 * Exit 0 when repaired, 1 when the note is not mis-encoded (nothing is written).
 */
export const repairCommand: CliCommand = {
	usage: 'FILE [--write]',
	run(args) {
		const { file, flagged: write } = fileAndFlag('repair', args, '--write');
		const done = inFile<EncodingRepair | null>(file, () => {
			if (!write) return repairEncoding(readText(file));
			let repair: EncodingRepair | null = null;
			processInPlace(file, (text) => (repair = repairEncoding(text))?.text ?? text);
			return repair;
		});
		if (!done) {
			process.stderr.write(`${file}: not mis-encoded; nothing to repair\n`);
			return Promise.resolve(1);
		}
		if (!write) process.stdout.write(done.text);
		const { page, repaired, certain, uncertain } = done;
		process.stderr.write(`${file}: UTF-8 read as ${page}; ${repaired} characters repaired (${certain} certain, ${uncertain} uncertain)${write ? '; written' : ''}\n`);
		return Promise.resolve(0);
	},
};
