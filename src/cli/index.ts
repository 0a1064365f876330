// Command line over the pure core: `npm run --silent cli -- <command> [args]`.
import type { CliCommand } from './command';
import { glossaryCommand } from './commands/glossary';
import { lintCommand } from './commands/lint';
import { parseCommand } from './commands/parse';
import { repairCommand } from './commands/repair';
import { termsCommand } from './commands/terms';

const commands: Record<string, CliCommand> = { parse: parseCommand, lint: lintCommand, terms: termsCommand, glossary: glossaryCommand, repair: repairCommand };

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	const command = name === undefined ? undefined : commands[name];
	if (!command) {
		const usage = Object.entries(commands).map(([n, c]) => `  ${n} ${c.usage}`);
		process.stderr.write(`usage: cli <command> [args]\ncommands:\n${usage.join('\n')}\n`);
		return 2;
	}
	return command.run(args);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: Error & { code?: string }) => {
	if (error.code !== 'EPIPE') throw error;
	process.exit(process.exitCode ?? 0);
});

// exitCode, not exit(): Node then flushes piped output (a large --json) before it ends.
main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 2;
	},
);
