import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from './textFiles';

/** A path the listing left out, and why. */
export interface Skipped {
	path: string;
	reason: string;
	/** For a second path to a file or folder listed already (its content is not missing): that path. */
	sameAs?: string;
}

/** `PATH: why`, with `show` turning paths into what the user gave (e.g. vault-relative). */
export function skippedText(s: Skipped, show: (path: string) => string = (p) => p): string {
	return `${show(s.path)}: ${s.reason}${s.sameAs === undefined ? '' : ` ${show(s.sameAs)}`}`;
}

export interface Listing {
	/** Sorted; each file once, however many links lead to it. */
	files: string[];
	skipped: Skipped[];
}

interface Found {
	path: string;
	/** Reached through a symbolic link (the file's or a folder's). */
	viaLink: boolean;
}

/**
 * Every `.md` file under the given files and folders; hidden folders (`.obsidian`, `.git`) skipped.
 * Symbolic links are followed. A dangling link, a link loop, a folder that cannot be read, or a second
 * path to a file or folder already listed (a link, a hard link) is skipped and reported, never fatal:
 * of several paths to one file, the one without a link is kept.
 */
export function markdownFiles(paths: string[]): Listing {
	const skipped: Skipped[] = [];
	const byFile = new Map<string, Found>();
	const folders = new Map<string, string>();
	const visit = (path: string, explicit: boolean, viaLink: boolean) => {
		let stat;
		let isLink = false;
		try {
			isLink = lstatSync(path).isSymbolicLink();
			stat = statSync(path);
		} catch (error) {
			skipped.push({ path, reason: unreachable(error, isLink) });
			return;
		}
		const linked = viaLink || isLink;
		if (stat.isDirectory()) {
			const real = realpathSync(path);
			const first = folders.get(real);
			if (first !== undefined) {
				skipped.push({ path, reason: 'a link loop, or a second link to the folder', sameAs: first });
				return;
			}
			folders.set(real, path);
			let entries: string[];
			try {
				entries = readdirSync(path).sort();
			} catch (error) {
				skipped.push({ path, reason: unreachable(error, false) });
				return;
			}
			for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry), false, linked);
		} else if (explicit || path.endsWith('.md')) {
			const id = `${stat.dev}:${stat.ino}`;
			const first = byFile.get(id);
			if (!first) byFile.set(id, { path, viaLink: linked });
			else {
				const keep = first.viaLink && !linked ? { path, viaLink: linked } : first;
				const drop = keep === first ? path : first.path;
				byFile.set(id, keep);
				skipped.push({ path: drop, reason: 'the same file as', sameAs: keep.path });
			}
		}
	};
	for (const path of paths) visit(path, true, false);
	return { files: [...byFile.values()].map((f) => f.path).sort(), skipped };
}

function unreachable(error: unknown, isLink: boolean): string {
	const code = (error as { code?: string }).code;
	if (code === 'ENOENT') return isLink ? 'a dangling symbolic link' : 'no such file or folder';
	if (code === 'ELOOP') return 'a symbolic link loop';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	return error instanceof Error ? error.message : String(error);
}

/**
 * The text of every `.md` file under `paths` (see markdownFiles). What cannot be listed or read as
 * UTF-8 is reported on stderr as `skipped: PATH: why` and left out; `onUnreadable` hears of each.
 */
export function readListed(paths: string[], onUnreadable: () => void = () => {}): { file: string; text: string }[] {
	const { files, skipped } = markdownFiles(paths);
	const read: { file: string; text: string }[] = [];
	const skip = (s: Skipped) => process.stderr.write(`skipped: ${skippedText(s)}\n`);
	for (const s of skipped) {
		skip(s);
		if (s.sameAs === undefined) onUnreadable();
	}
	for (const file of files) {
		try {
			read.push({ file, text: readText(file) });
		} catch (error) {
			skip({ path: file, reason: error instanceof Error ? error.message : String(error) });
			onUnreadable();
		}
	}
	return read;
}
