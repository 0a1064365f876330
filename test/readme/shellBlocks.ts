// The README's shell blocks, read as CI runs them: each fenced `sh` block is either a synopsis of the
// command line (placeholders such as FILE or VAULT_DIR) or commands to run as written.

/** A fenced `sh` block: its file, first line number (from 1) and its command lines, comments and blank lines dropped. */
export interface ShellBlock {
	file: string;
	line: number;
	commands: string[];
}

/** The ```sh blocks of a Markdown text. */
export function shellBlocks(file: string, markdown: string): ShellBlock[] {
	const blocks: ShellBlock[] = [];
	let open: ShellBlock | null = null;
	markdown.split('\n').forEach((text, i) => {
		if (open === null) {
			if (/^```(sh|bash|shell)\s*$/.test(text)) open = { file, line: i + 2, commands: [] };
		} else if (/^```\s*$/.test(text)) {
			blocks.push(open);
			open = null;
		} else {
			const command = withoutComment(text).trim();
			if (command !== '') open.commands.push(command);
		}
	});
	return blocks;
}

/** A line without its trailing ` # comment` (the README's commands hold no `#` of their own). */
function withoutComment(line: string): string {
	return line.replace(/(^|\s)#\s.*$/, '');
}

/** `npm run --silent cli -- NAME ARGS` with a placeholder in ARGS (a word in capitals): NAME and ARGS, else null. */
export function synopsis(command: string): { name: string; args: string } | null {
	const match = /^npm run --silent cli -- (\S+)\s+(.*)$/.exec(command);
	return match && /\b[A-Z][A-Z_]{2,}\b/.test(match[2]) ? { name: match[1], args: match[2] } : null;
}

/** The usage lines the CLI prints when run without a command (`  NAME ARGS`), as name → args. */
export function usageLines(stderr: string): Map<string, string> {
	const usage = new Map<string, string>();
	for (const match of stderr.matchAll(/^ {2}(\S+) (.*)$/gm)) usage.set(match[1], match[2]);
	return usage;
}

/** Why a command (as run, see asRun) is not run, or null to run it. */
export function notRun(command: string): string | null {
	if (/^npm (test|t)\b/.test(command)) return 'npm test runs this test';
	if (/^npm version\b/.test(command) || /^git push\b/.test(command)) return 'releasing commits, tags and pushes (version-bump.mjs has its own test)';
	return null;
}

/**
 * The command as run: `npm ci && X` runs X, as CI's fresh clone has just run `npm ci` (a second one would
 * replace node_modules under the running tests).
 */
export function asRun(command: string): string {
	return command.replace(/^npm ci && /, '');
}
