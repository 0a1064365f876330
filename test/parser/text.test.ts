import { describe, expect, it } from 'vitest';
import {
	asciiDigits,
	blankFencedCode,
	heading,
	indent,
	isBlank,
	isEnglish,
	isSeparator,
	lineScript,
	splitLines,
	squash,
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
	});

	it('removes key-term marks and the emoji selector after them', () => {
		expect(stripFire('🔥run⭐️')).toBe('run');
		expect(stripFire('⭐ go')).toBe(' go');
		expect(stripFire('plain\uFE0F')).toBe('plain\uFE0F');
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
		expect(isSeparator(' - - -')).toBe(true);
		expect(isSeparator('___')).toBe(true);
		expect(isSeparator('***\t')).toBe(true);
		expect(isSeparator('--')).toBe(false);
		expect(isSeparator('-*-')).toBe(false);
		expect(isSeparator('--- x')).toBe(false);
	});

	it('tells English from Chinese lines, and where an English sentence gives way to Chinese', () => {
		expect(lineScript('Hello there')).toEqual({ script: 'en', split: -1 });
		expect(lineScript('123 ...')).toEqual({ script: 'none', split: -1 });
		expect(lineScript('你好世界')).toEqual({ script: 'zh', split: -1 });
		expect(lineScript('**Continuous integration**（持续集成）是一种做法')).toEqual({ script: 'zh', split: -1 });
		expect(lineScript('**Could you help me?** 你能帮我吗？')).toEqual({ script: 'zh', split: 23 });
		expect(lineScript('It is called 集成 in the docs we wrote')).toEqual({ script: 'en', split: -1 });
	});

	it('counts text as English when it has two Latin words and hardly any Chinese', () => {
		expect(isEnglish('give up')).toBe(true);
		expect(isEnglish('go')).toBe(false);
		expect(isEnglish('a b c')).toBe(false);
		expect(isEnglish('give up 放')).toBe(false);
		expect(isEnglish('give up now 放')).toBe(true);
	});
});
