// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNote } from '../cards/renderNote';

describe('a mis-encoded lesson in the reading view', () => {
	it('shows the mis-encoded error above the note', () => {
		const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'lessons', 'tide-pools.cp1252.md'), 'utf8');
		const { container } = renderNote(text);
		const diagnostics = container.findAll('.bl-diagnostics');
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0].textContent).toContain('1 lesson format issue');
		expect(diagnostics[0].textContent).toContain('UTF-8 read as Windows-1252');
		expect(container.findAll('.bl-card-block')).toHaveLength(0);
	});
});
