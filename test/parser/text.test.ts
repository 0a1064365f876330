import { describe, expect, it } from 'vitest';
import {
	asciiDigits,
	blankFencedCode,
	hasCjk,
	hasFire,
	heading,
	indent,
	isBlank,
	isDigit,
	isEnglish,
	isSeparator,
	lineScript,
	lowerCase,
	splitLines,
	squash,
	stripBold,
	stripFire,
	stripLeadingEmoji,
} from '../../src/core/parser/text';

describe('the parser’s character helpers', () => {
	it('reads full-width digits and colons in a time as ASCII, the first and last of the range too', () => {
		expect(asciiDigits('０')).toBe('0');
		expect(asciiDigits('９')).toBe('9');
		expect(asciiDigits('：')).toBe(':');
		expect(asciiDigits('[１２：３０]')).toBe('[12:30]');
		expect(asciiDigits('／')).toBe('／'); // U+FF0F, just before the digits
		expect(asciiDigits('；')).toBe('；'); // U+FF1B, just after the colon
		expect(asciiDigits('a；０')).toBe('a；0');
	});

	it('splits lines on every line ending and drops a byte order mark', () => {
		expect(splitLines('\ufeffa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
		expect(splitLines('a\nb')).toEqual(['a', 'b']);
		expect(splitLines('x\ufeff')).toEqual(['x\ufeff']);
	});

	it('blanks a fenced code block, fences included, and only that', () => {
		const lines = ['before', '```md', '## 1. [00:01-00:02]', '```', 'after', '~~~~', 'x', '~~~', 'still code', '~~~~', 'end'];
		expect(blankFencedCode(lines)).toEqual(['before', '', '', '', 'after', '', '', '', '', '', 'end']);
		expect(blankFencedCode(['``', 'a'])).toEqual(['``', 'a']);
		expect(blankFencedCode(['    ```', 'a'])).toEqual(['    ```', 'a']); // indented 4: code text, not a fence
		expect(blankFencedCode(['   ```', 'a', '   ```', 'b'])).toEqual(['', '', '', 'b']);
		expect(blankFencedCode(['``` a`b', 'c'])).toEqual(['``` a`b', 'c']); // a backtick after: inline code
		expect(blankFencedCode(['```', 'a', '``` x', 'b'])).toEqual(['', '', '', '']); // a closing fence has nothing after it
		const plain = ['a', 'b'];
		expect(blankFencedCode(plain)).toBe(plain);
	});

	it('opens a fence only on three or more backticks or tildes, and closes it only on as many, indented at most 3', () => {
		const unchanged = [['---', 'a', '---'], ['xxx', 'a'], ['  ``', 'a', '  ``']];
		for (const lines of unchanged) expect(blankFencedCode(lines)).toEqual(lines);
		expect(blankFencedCode(['~~~ a`b', 'x', '~~~', 'y'])).toEqual(['', '', '', 'y']); // a backtick is fine after tildes
		expect(blankFencedCode(['```', 'a', '    ```', 'b'])).toEqual(['', '', '', '']);
		expect(blankFencedCode(['```', ' ``', 'b'])).toEqual(['', '', '']);
	});

	it('blanks a copy, never the caller’s lines', () => {
		const lines = ['```', 'code', '```'];
		blankFencedCode(lines);
		expect(lines).toEqual(['```', 'code', '```']);
	});

	it('reads ASCII digits only as digits', () => {
		expect(['0', '5', '9'].map(isDigit)).toEqual([true, true, true]);
		expect(['/', ':', 'a', '', '５', undefined].map(isDigit)).toEqual([false, false, false, false, false, false]);
	});

	it('lowers every cased letter, at the edges of the ranges it skips too', () => {
		const cases: [string, string][] = [['A中', 'a中'], ['中Z', '中z'], ['@[`{', '@[`{'], ['À。', 'à。'], ['Ω—', 'ω—'], ['Ａ中', 'ａ中'], ['段落 1', '段落 1']];
		for (const [text, lower] of cases) expect(lowerCase(text)).toBe(lower);
	});

	it('removes bold markers wherever they stand', () => {
		const cases: [string, string][] = [['plain', 'plain'], ['**bold**', 'bold'], ['**a** b **c**', 'a b c'], ['ab**', 'ab'], ['**ab', 'ab'], ['a**b', 'ab'], ['****', '']];
		for (const [text, stripped] of cases) expect(stripBold(text)).toBe(stripped);
	});

	it('measures indents and blank lines with tabs, ideographic and no-break spaces', () => {
		expect(indent(' \t x')).toBe(3);
		expect(indent('   ')).toBe(3);
		expect(isBlank(' \t\u3000\u00a0\ufeff')).toBe(true);
		expect(isBlank(' .')).toBe(false);
	});

	it('squashes white space runs, and leaves tidy text untouched', () => {
		expect(squash('  a \t b\u3000c\u00a0 ')).toBe('a b c');
		expect(squash('a\nb')).toBe('a b');
		expect(squash('a\rb')).toBe('a b');
		expect(squash('a b')).toBe('a b');
		expect(squash('a ')).toBe('a');
		expect(squash('')).toBe('');
		const cases: [string, string][] = [[' a', 'a'], ['a  b', 'a b'], ['a\tb', 'a b'], ['a\u00a0b', 'a b'], ['a\u3000b', 'a b'], ['\t', '']];
		for (const [text, squashed] of cases) expect(squash(text)).toBe(squashed);
	});

	it('removes key-term marks and the emoji selector after them', () => {
		expect(stripFire('🔥run⭐️')).toBe('run');
		expect(stripFire('⭐ go')).toBe(' go');
		expect(stripFire('plain\uFE0F')).toBe('plain\uFE0F');
		const cases: [string, string][] = [['延迟 🔥', '延迟 '], ['🔥x', 'x'], ['🔥 a 🔥', ' a '], ['⭐x🔥', 'x'], ['\uFE0Fx🔥', 'x']];
		for (const [text, stripped] of cases) expect(stripFire(text)).toBe(stripped);
		expect([hasFire('a 🔥'), hasFire('⭐ a'), hasFire('a')]).toEqual([true, true, false]);
	});

	it('strips a heading’s leading emoji but not its Chinese', () => {
		expect(stripLeadingEmoji('📚 段落小结')).toBe('段落小结');
		expect(stripLeadingEmoji('©️ rights')).toBe('rights');
		expect(stripLeadingEmoji('段落')).toBe('段落');
		expect(stripLeadingEmoji('Notes')).toBe('Notes');
	});

	it('reads ATX headings of level 1 to 6 only, and thematic breaks', () => {
		expect(heading('## 📚 段落小结 ')).toEqual({ level: 2, text: '📚 段落小结' });
		expect(heading('######\tx')).toEqual({ level: 6, text: 'x' });
		expect(heading('#')).toEqual({ level: 1, text: '' });
		expect(heading('####### x')).toBeNull();
		expect(heading('#tag')).toBeNull();
		expect(heading('x')).toBeNull();
		expect(heading(' x')).toBeNull();
		expect(heading('')).toBeNull();
		expect(isSeparator(' - - -')).toBe(true);
		expect(isSeparator('___')).toBe(true);
		expect(isSeparator('***\t')).toBe(true);
		expect(isSeparator('--')).toBe(false);
		expect(isSeparator('-*-')).toBe(false);
		expect(isSeparator('--- x')).toBe(false);
		expect(isSeparator('abc')).toBe(false);
		expect(isSeparator('===')).toBe(false);
	});

	it('tells English from Chinese lines, and where an English sentence gives way to Chinese', () => {
		expect(lineScript('Hello there')).toEqual({ script: 'en', split: -1 });
		expect(lineScript('123 ...')).toEqual({ script: 'none', split: -1 });
		expect(lineScript('你好世界')).toEqual({ script: 'zh', split: -1 });
		expect(lineScript('**Continuous integration**（持续集成）是一种做法')).toEqual({ script: 'zh', split: -1 });
		expect(lineScript('**Could you help me?** 你能帮我吗？')).toEqual({ script: 'zh', split: 23 });
		expect(lineScript('It is called 集成 in the docs we wrote')).toEqual({ script: 'en', split: -1 });
	});

	// [line, script, where its Chinese starts after an English sentence, or -1]
	const lines: [string, string, number][] = [
		['Really?\t你好', 'zh', 8],
		['"Go!" 走吧', 'zh', 6],
		['**Go.** 走', 'zh', 8],
		['It is fine 很好', 'zh', -1], // no sentence ends before the Chinese
		['1, 2, 3. 你好', 'zh', -1], // no Latin letter before it: no English sentence
		['Use 用 it', 'zh', -1], // one Han character is worth five letters
		['第 1234567890', 'zh', -1], // digits are no Latin letters
		['哈 aaaaaa', 'en', -1],
		['哈 zzzzzz', 'en', -1],
		['哈 ~~~~~~', 'zh', -1],
		['Done. 好 then we go on in English', 'en', -1], // the Chinese after the sentence is too little to be its translation
		['Why? 为什么 hello world again', 'en', 5], // just enough: three Han characters to fifteen letters
	];
	it.each(lines)('reads %j as %s, its Chinese after an English sentence at %i', (line, script, split) => {
		expect(lineScript(line)).toEqual({ script, split });
	});

	it('finds a Chinese character by the same ranges lineScript counts', () => {
		expect([hasCjk('abc é'), hasCjk('a你'), hasCjk('。'), hasCjk('ａ')]).toEqual([false, true, true, true]);
	});

	it('counts text as English when it has two Latin words and hardly any Chinese', () => {
		expect(isEnglish('give up')).toBe(true);
		expect(isEnglish('go')).toBe(false);
		expect(isEnglish('a b c')).toBe(false);
		expect(isEnglish('give up 放')).toBe(false);
		expect(isEnglish('give up now 放')).toBe(true);
		expect(isEnglish('Ah ha')).toBe(true);
		expect(isEnglish('Zzz zzz')).toBe(true);
		expect(isEnglish('naïve café résumé')).toBe(true); // accented letters are not Chinese
	});

	it('counts as Chinese exactly the Han, kana and full-width characters, at both ends of each range', () => {
		const chinese = [0x3000, 0x30ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xff00, 0xffef];
		const other = [0x2fff, 0x3100, 0x33ff, 0x4dc0, 0xa000, 0xfeff, 0xfff0];
		for (const code of chinese) expect(isEnglish(`give up ${String.fromCharCode(code)}`), code.toString(16)).toBe(false);
		for (const code of other) expect(isEnglish(`give up ${String.fromCharCode(code)}`), code.toString(16)).toBe(true);
	});
});
