// The markup tree is built only when a unit's `markup` is read; the problems are found without it.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/core/model';
import { checkMarkup, parseMarkup } from '../../src/core/parser/markup';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { bracketHeavy, rng } from './fuzzing';

const lesson = [
	'(1) [00:01-00:05]',
	'',
	'**{When the tide [goes out (twice a day)], the pools} {[that stay] fill with crabs.}**',
	'',
	'退潮时（一天两次），留下的水潭里满是螃蟹。',
	'',
	'解析：',
	'* **tide**：潮汐',
	'',
	'(2) [00:05-00:09] **{A starfish [clings (hard) to the rock.}**',
	'',
	'海星紧紧抓住岩石。',
	'',
	'解析：',
	'* **cling to**：紧抓',
].join('\n');

describe('markup', () => {
	it('gives each unit the tree parseMarkup makes of its English, as plain data, and lets it be replaced', () => {
		const units = parseLesson(lesson).units;
		expect(units[0].markup).toEqual(parseMarkup(units[0].english).nodes);
		expect(units[0].markup.map((n) => [n.kind, units[0].english.slice(n.start, n.end)])).toEqual([
			['clause', '{When the tide [goes out (twice a day)], the pools}'],
			['clause', '{[that stay] fill with crabs.}'],
		]);
		expect(units[0].markup[0].children[0].children.map((n) => n.kind)).toEqual(['aside']);
		expect(units[0].markup[0].children[0].children[0].children).toEqual([]);
		// Read twice, the same tree; in JSON and in a spread, the tree.
		expect(units[0].markup).toBe(units[0].markup);
		expect((JSON.parse(JSON.stringify(units[1])) as Unit).markup).toEqual(parseMarkup(units[1].english).nodes);
		expect({ ...units[1] }.markup).toEqual(parseMarkup(units[1].english).nodes);
		units[1].markup = [];
		expect(units[1].markup).toEqual([]);
	});

	it('reports the problems of a unit without building its tree, as parseMarkup finds them', () => {
		const l = parseLesson(lesson);
		expect(l.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
			['unbalanced-markup', 9, "unit (2): '[' is not closed before '}'"],
		]);
		const random = rng(11);
		const inputs = ['', 'plain', '}])', '{[(', '{a [b} c]', `${'['.repeat(40)}x${']'.repeat(40)}`];
		for (let i = 0; i < 200; i++) inputs.push(bracketHeavy(random, 20 + i * 5));
		for (const english of inputs) {
			const { problems, moreProblems, tooDeep } = parseMarkup(english);
			expect(checkMarkup(english), english).toEqual({ problems, moreProblems, tooDeep });
		}
	});
});
