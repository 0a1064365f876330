import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, readSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';

// Strict: a file that is not UTF-8 is refused rather than read with U+FFFD that a write would keep.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const NOT_UTF8 = 'not valid UTF-8 text; left alone';

/** The file's text; throws a plain message when its bytes are not UTF-8 (a byte order mark is kept). */
export function readText(file: string): string {
	return decode(readFileSync(file));
}

/** UTF-8 bytes as text, or null when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
	try {
		return decoder.decode(bytes);
	} catch {
		return null;
	}
}

function decode(bytes: Uint8Array): string {
	const text = decodeUtf8(bytes);
	if (text === null) throw new Error(NOT_UTF8);
	return text;
}

/**
 * Replaces a file's text with `fn(current)` in place: the same file (inode), so its mode, owner, hard
 * links and the target of a symbolic link to it stay as they are. Refuses a file without write
 * permission (even for root) and one that is not UTF-8. Resolves to the text now in the file.
 *
 * A failed write leaves no half-written file: the new bytes are written in full (the part past the old
 * end first, so that a full disk fails before a byte of the old text changed), synced and read back; on
 * any failure the old bytes are put back and the error says so. (A replacing rename would be atomic even
 * against a crash, but it makes a new file: links, mode and owner would be lost.) Only a crash between
 * the two writes of a note, a few kilobytes apart, could still leave it mixed.
 */
export function processInPlace(file: string, fn: (text: string) => string): string {
	const fd = openSync(file, 'r+');
	try {
		if ((fstatSync(fd).mode & 0o200) === 0) throw new Error('read-only; left alone');
		const before = readAll(fd);
		const current = decode(before);
		const text = fn(current);
		if (text === current) return current;
		const after = Buffer.from(text, 'utf8');
		try {
			if (after.length > before.length) writeAt(fd, after.subarray(before.length), before.length);
			writeAt(fd, after.subarray(0, Math.min(before.length, after.length)), 0);
			ftruncateSync(fd, after.length);
			fsyncSync(fd);
			if (!readAll(fd).equals(after)) throw new Error('the file did not read back as written');
		} catch (error) {
			writeAt(fd, before, 0);
			ftruncateSync(fd, before.length);
			fsyncSync(fd);
			throw new Error(`${error instanceof Error ? error.message : String(error)}; the old text was put back`);
		}
		return text;
	} finally {
		closeSync(fd);
	}
}

/** Creates a file that must not exist yet (nor a dangling link by its name); a failed write leaves no file. */
export function createFile(file: string, text: string): void {
	const fd = openSync(file, 'wx');
	try {
		writeAt(fd, Buffer.from(text, 'utf8'), 0);
		fsyncSync(fd);
		closeSync(fd);
	} catch (error) {
		closeSync(fd);
		unlinkSync(file);
		throw error;
	}
}

/** Whether `path` (or, when it does not exist yet, the nearest folder above it that does) resolves inside `root`. */
export function resolvesInside(root: string, path: string): boolean {
	let existing = path;
	while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
	const rel = relative(realpathSync(root), realpathSync(existing));
	return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function writeAt(fd: number, bytes: Uint8Array, position: number): void {
	for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

function readAll(fd: number): Buffer {
	const bytes = Buffer.alloc(fstatSync(fd).size);
	for (let done = 0; done < bytes.length; ) {
		const read = readSync(fd, bytes, done, bytes.length - done, done);
		if (read === 0) return bytes.subarray(0, done);
		done += read;
	}
	return bytes;
}
