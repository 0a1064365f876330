import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { type CodePage, decodeTable } from '../../src/core/repair/codePages';
import { repairEncoding } from '../../src/core/repair/repairEncoding';
import { LESSON_A, LESSON_B } from '../fixtures';
import { damage, exactShare } from './damage';
import { COMET, ESPRESSO, GLACIER, LEASE, SOURDOUGH } from './freshLessons';

const counts = (text: string) => {
	const l = parseLesson(text);
	const terms = l.units.flatMap((u) => u.terms);
	return [l.units.length, terms.length, terms.filter((t) => t.hot).length];
};

describe('repairing a lesson that lost bytes to Windows-1254', () => {
	// Each lesson's measured figures: damaged characters back exactly and marked uncertain (the README's table).
	it.each([
		['A', LESSON_A, [63, 195, 86], 2029, 466],
		['B', LESSON_B, [37, 129, 51], 1384, 359],
		['glacier (fresh)', GLACIER, [6, 18, 6], 189, 41],
		['espresso (fresh)', ESPRESSO, [6, 18, 6], 178, 50],
		['comet (held out)', COMET, [5, 15, 5], 114, 21],
		['lease (held out)', LEASE, [5, 15, 5], 117, 30],
		['sourdough (held out)', SOURDOUGH, [5, 15, 5], 119, 23],
	])('lesson %s parses as the original and most damaged characters come back exactly', (name, lesson, expected, exactCount, uncertainCount) => {
		const broken = damage(lesson);
		expect(parseLesson(broken).diagnostics.map((d) => d.code)).toEqual(['mis-encoded']);
		const r = repairEncoding(broken)!;
		expect(r.page).toBe('Windows-1254');
		expect(counts(lesson)).toEqual(expected);
		expect(counts(r.text)).toEqual(expected);
		expect([...r.text]).toHaveLength([...lesson].length);
		const { damaged, exact, wrongAt } = exactShare(lesson, r.text);
		expect(r.damaged).toBe(damaged);
		const marked = wrongAt.filter((at) => r.uncertainAt.includes(at)).length;
		console.log(
			`repair ${name}: ${exact}/${damaged} damaged characters exact (${((100 * exact) / damaged).toFixed(2)} %), ${r.uncertain} uncertain; ${marked} of the ${wrongAt.length} wrong ones marked uncertain`,
		);
		expect([exact, r.uncertain]).toEqual([exactCount, uncertainCount]);
		// The preview's marks find most of what is wrong: a reader who checks the marked characters catches four in five mistakes (all but two in a short lesson).
		expect(wrongAt.length - marked).toBeLessThanOrEqual(Math.max(2, 0.2 * wrongAt.length));
		expect(r.repaired).toBe(r.certain + r.uncertain);
		// Every character not reported uncertain that lost a byte is one the model was sure of; the marked offsets are damaged characters.
		for (const at of r.uncertainAt) expect(broken.includes(r.text[at])).toBe(false);
		expect(r.uncertain).toBe(r.uncertainAt.length);
		expect(r.uncertain).toBeLessThan(damaged);
	});

	// The measure: the reference lessons, damaged as they first arrived, come back at least 95 % exactly.
	it.each([
		['A', LESSON_A],
		['B', LESSON_B],
	])('reference lesson %s gets at least 95 %% of its damaged characters back exactly', (_, lesson) => {
		const { damaged, exact } = exactShare(lesson, repairEncoding(damage(lesson))!.text);
		expect(exact / damaged).toBeGreaterThanOrEqual(0.95);
	});
});

const LESSON = `# 🐝 养蜂入门：蜂巢里的一天

**Unit 1** The queen lays up to two thousand eggs a day.
蜂后一天最多能产两千枚卵。
解析：
* 🔥 **queen** /kwiːn/ n. 蜂后，女王
* **lay eggs** 短语，产卵

**Unit 2** Worker bees guard the entrance and fan the hive.
工蜂守卫入口，并扇动翅膀给蜂巢降温。
解析：
* 🔥 **guard** /ɡɑːrd/ v. 守卫、看守
`;

/** A code page's decoding, from the core's table (Node's own windows-1252 decoder is ISO-8859-1). */
const mojibake = (text: string, page: CodePage) => [...Buffer.from(text, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : decodeTable(page)[b - 0x80])).join('');

describe('lossless mojibake', () => {
	it.each(['Windows-1252', 'Windows-1254', 'Windows-1250', 'ISO-8859-1'] as const)('of %s round-trips exactly', (page) => {
		const r = repairEncoding(mojibake(LESSON, page))!;
		expect(r.text).toBe(LESSON);
		expect(r).toMatchObject({ damaged: 0, uncertain: 0, uncertainAt: [] });
		expect(r.certain).toBe([...LESSON].filter((c) => c.codePointAt(0)! >= 0x80).length);
	});

	it.each(['windows-1254', 'windows-1250'] as const)('the %s table is the platform decoder', (label) => {
		const page = label === 'windows-1254' ? 'Windows-1254' : 'Windows-1250';
		const platform = new TextDecoder(label);
		for (let b = 0x80; b <= 0xff; b++) expect(decodeTable(page)[b - 0x80]).toBe(platform.decode(Uint8Array.of(b)));
	});

	it('Latin-1 mojibake is what Node decodes as latin1', () => {
		expect(repairEncoding(Buffer.from(LESSON, 'utf8').toString('latin1'))?.text).toBe(LESSON);
	});
});

describe('a note that is not mis-encoded', () => {
	it.each([
		['French', "# Recettes d'hiver\n\nLa crème brûlée de grand-mère : œufs, sucre, vanille. Où sont les fèves ? Déjà râpées.\n"],
		['Turkish', '# Gezi günlüğü\n\nİstanbul’da sabah çayı içtik; Kadıköy’de ılık bir rüzgâr esiyordu, şarkılar söyledik.\n'],
		['German', '# Wanderung\n\nÜber die Brücke zum Fluß, dann rechts: Bäckerei, Straße, Größe 43 für Jürgen.\n'],
		['Chinese', LESSON],
		['Czech', '# Výlet\n\nŽluťoučký kůň úpěl ďábelské ódy; příliš šťastný, řekl Čapek.\n'],
	])('%s is offered no repair', (_, text) => {
		expect(repairEncoding(text)).toBeNull();
	});
});
