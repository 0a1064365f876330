import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFile, processInPlace } from '../../src/cli/textFiles';

// A disk that fills up: the next `failing` writes put down at most 3 bytes, then fail with ENOSPC.
const disk = vi.hoisted(() => ({ failing: 0 }));
vi.mock('node:fs', async (importOriginal) => {
	const real = await importOriginal<typeof import('node:fs')>();
	const writeSync = (fd: number, bytes: Uint8Array, offset: number, length: number, position: number): number => {
		if (disk.failing === 0) return real.writeSync(fd, bytes, offset, length, position);
		disk.failing--;
		real.writeSync(fd, bytes, offset, Math.min(3, length), position);
		throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
	};
	return { ...real, writeSync, default: { ...real, writeSync } };
});

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'write-failure-'));
});
afterEach(() => {
	disk.failing = 0;
	rmSync(dir, { recursive: true, force: true });
});

const OLD = 'Feed the starter the night before.\n旧的笔记。\n';

describe('writing in place when the disk fills up', () => {
	it('leaves the old text whole when the new one is longer (the growth is written first)', () => {
		const file = join(dir, 'note.md');
		writeFileSync(file, OLD);
		disk.failing = 1;
		expect(() => processInPlace(file, (text) => `${text}A much longer addition, 更长的内容。\n`)).toThrow(
			'ENOSPC: no space left on device, write; the old text was put back',
		);
		expect(readFileSync(file, 'utf8')).toBe(OLD);
	});

	it('puts the old text back when the new one is shorter and its write fails', () => {
		const file = join(dir, 'note.md');
		writeFileSync(file, OLD);
		disk.failing = 1;
		expect(() => processInPlace(file, () => 'short\n')).toThrow('the old text was put back');
		expect(readFileSync(file, 'utf8')).toBe(OLD);
		expect(fs.statSync(file).size).toBe(Buffer.byteLength(OLD));
	});

	it('leaves no half-written new file behind', () => {
		mkdirSync(join(dir, 'Terms'));
		disk.failing = 1;
		expect(() => createFile(join(dir, 'Terms/starter.md'), '---\nterm: starter\n---\n')).toThrow('ENOSPC');
		expect(readdirSync(join(dir, 'Terms'))).toEqual([]);
	});

	it('writes nothing when the text is unchanged', () => {
		const file = join(dir, 'note.md');
		writeFileSync(file, OLD);
		disk.failing = 1;
		expect(processInPlace(file, (text) => text)).toBe(OLD);
		expect(disk.failing).toBe(1);
	});
});
