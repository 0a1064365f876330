import { describe, expect, it } from 'vitest';
import { bulletText, isIpa, parseTermBullet, plainTermLine } from '../../src/core/parser/bullet';

describe('a bullet line', () => {
	it.each([
		['* a', 'a'],
		['- a', 'a'],
		['+ a', 'a'],
		['• a', 'a'],
		['*\ta', 'a'],
		['  * a', 'a'],
		['*   a  ', 'a'],
		['1. a', 'a'],
		['0. a', 'a'],
		['9) a', 'a'],
		['123. a', 'a'],
		['1.\ta', 'a'],
		['  12. a  ', 'a'],
	])('%j holds %j', (line, text) => {
		expect(bulletText(line)).toBe(text);
	});

	it.each(['•a', '*a', '** a', '*', '1.a', '1)', '1: a', '. a', '/. a', ':. a', '1234. a', '# a'])('%j is none', (line) => {
		expect(bulletText(line)).toBeNull();
	});
});

describe('a term bullet', () => {
	const term = (term: string, fields: { ipa?: string; pos?: string; meaning: string; hot?: boolean }) => ({ term, ipa: null, pos: null, hot: false, ...fields });

	it.each([
		['**tackle** /ˈtækəl/：动词，处理 🔥', term('tackle', { ipa: 'ˈtækəl', pos: '动词', meaning: '处理', hot: true })],
		['**star** ⭐：星', term('star', { meaning: '星', hot: true })],
		['**term：** meaning', term('term', { meaning: 'meaning' })],
		['**term:** meaning', term('term', { meaning: 'meaning' })],
		['**inference /ˈɪnfərəns/**：推理', term('inference', { ipa: 'ˈɪnfərəns', meaning: '推理' })],
		['**P50 / P90**：分位', term('P50 / P90', { meaning: '分位' })],
		['**a/b**：x/y，z', term('a/b', { meaning: 'x/y，z' })],
		['**term** [ˈtɜːm]：术语', term('term', { ipa: 'ˈtɜːm', meaning: '术语' })],
		['**term** (noun)：x', term('term', { pos: 'noun', meaning: 'x' })],
		['**term** （名词）：x', term('term', { pos: '名词', meaning: 'x' })],
		['**term** /tɜːm/ (n.) - meaning', term('term', { ipa: 'tɜːm', pos: 'n.', meaning: 'meaning' })],
		['**term** /tɜːm/ – meaning', term('term', { ipa: 'tɜːm', meaning: 'meaning' })],
		['**term** (n.) — meaning', term('term', { pos: 'n.', meaning: 'meaning' })],
		['**term** /tɜːm/ meaning', term('term', { ipa: 'tɜːm', meaning: 'meaning' })],
		['**term** - meaning', term('term', { meaning: 'meaning' })],
		['**term**：/tɜːm/ 术语', term('term', { ipa: 'tɜːm', meaning: '术语' })],
		['**term**：[tɜːm] 术语', term('term', { ipa: 'tɜːm', meaning: '术语' })],
		['**term**：(名词) 术语', term('term', { meaning: '(名词) 术语' })],
		['**term**：【x】 y', term('term', { meaning: '【x】 y' })],
		['**term** /tɜːm/ /tɜːm/：x', term('term', { ipa: 'tɜːm', meaning: '/tɜːm/：x' })],
		['**jar**：n. 罐子', term('jar', { pos: 'n.', meaning: '罐子' })],
		['**jar**：prep. 罐子', term('jar', { pos: 'prep.', meaning: '罐子' })],
		['**rooftop** [ˈruːftɒp] *n.* 屋顶', term('rooftop', { ipa: 'ˈruːftɒp', pos: 'n.', meaning: '屋顶' })],
		['**jar**：_名词_，罐子', term('jar', { pos: '名词', meaning: '罐子' })],
		['**jar** *v.*：罐子', term('jar', { pos: 'v.', meaning: '罐子' })],
		['**jar** _noun_ – 罐子', term('jar', { pos: 'noun', meaning: '罐子' })],
		['**jar**：*very* old', term('jar', { meaning: '*very* old' })],
		['**jar**：*n.*', term('jar', { pos: 'n.', meaning: '' })],
		['**skim off** — phr. v. 撇去', term('skim off', { pos: 'phr. v.', meaning: '撇去' })],
		['**jar**：n. v. 罐子', term('jar', { pos: 'n. v.', meaning: '罐子' })],
		['**jar**：n. vs. 罐子', term('jar', { pos: 'n.', meaning: 'vs. 罐子' })],
		['**strip away** (phr. v.): 剥去', term('strip away', { pos: 'phr. v.', meaning: '剥去' })],
		['**jar**：n./phr. v.，罐子', term('jar', { pos: 'n./phr. v.', meaning: '罐子' })],
		['**jar**：名词, 罐子', term('jar', { pos: '名词', meaning: '罐子' })],
		['**jar**：Noun，罐子', term('jar', { pos: 'Noun', meaning: '罐子' })],
		['**jar**：动词（俚语），罐子', term('jar', { pos: '动词（俚语）', meaning: '罐子' })],
		['term: meaning', term('term', { meaning: 'meaning' })],
		['a - b: c', term('a', { meaning: 'b: c' })],
		['a: b - c', term('a', { meaning: 'b - c' })],
		['set off 🔥 - 出发', term('set off', { meaning: '出发', hot: true })],
		['🔥 **term**：x', term('term', { meaning: 'x', hot: true })],
		['**term**\t/tɜːm/：x', term('term', { ipa: 'tɜːm', meaning: 'x' })],
		['**term** / tɜːm / ( noun )：x', term('term', { ipa: 'tɜːm', pos: 'noun', meaning: 'x' })],
		['**term** (n.) (v.)：x', term('term', { pos: 'n.', meaning: '(v.)：x' })],
		['**term** (n.) meaning', term('term', { pos: 'n.', meaning: 'meaning' })],
		['**term**： / tɜːm / 术语', term('term', { ipa: 'tɜːm', meaning: '术语' })],
		['**term**：/tim/ 术语', term('term', { ipa: 'tim', meaning: '术语' })],
		['**term**：(informal) 非正式', term('term', { meaning: '(informal) 非正式' })],
		['**term**：（informal） 非正式', term('term', { meaning: '（informal） 非正式' })],
		['**term**：[idiom] 习语', term('term', { meaning: '[idiom] 习语' })],
		['**inference / ˈɪnfərəns / **：推理', term('inference', { ipa: 'ˈɪnfərəns', meaning: '推理' })],
		['**jar**：verb (slang)，罐子', term('jar', { pos: 'verb (slang)', meaning: '罐子' })],
		['**jar**：名词 ，罐子', term('jar', { pos: '名词', meaning: '罐子' })],
		['**jar**：名词/罐子，容器', term('jar', { meaning: '名词/罐子，容器' })],
		['a b c: d', term('a b c', { meaning: 'd' })],
		['a -b: c', term('a -b', { meaning: 'c' })],
		['x- ray: X 光', term('x- ray', { meaning: 'X 光' })],
		['inference /ˈɪnfərəns/ : 推理', term('inference', { ipa: 'ˈɪnfərəns', meaning: '推理' })],
		['a: b：c', term('a', { meaning: 'b：c' })],
		['**term** 🔥 与其说', term('term', { meaning: '与其说', hot: true })],
		['**term** ⭐️ x', term('term', { meaning: 'x', hot: true })],
		['**term**\u00a0/tɜːm/：术语', term('term', { ipa: 'tɜːm', meaning: '术语' })],
		['**all you get is** 你得到的只有……', term('all you get is', { meaning: '你得到的只有……' })],
		['**sag** v. 下垂', term('sag', { pos: 'v.', meaning: '下垂' })],
		['**steer** (/stɪə/) v. 操控', term('steer', { ipa: 'stɪə', pos: 'v.', meaning: '操控' })],
		['**steer** ( /stɪə/ )：操控', term('steer', { ipa: 'stɪə', meaning: '操控' })],
		['**go out** phr. v. （火）熄灭', term('go out', { pos: 'phr. v.', meaning: '（火）熄灭' })],
	])('reads %j', (text, expected) => {
		expect(parseTermBullet(text)).toEqual(expected);
	});

	it.each([
		['an unclosed bold term', '**unclosed'],
		['an empty bold term', '****：x'],
		['a bold term alone', '**term**'],
		['a term and its IPA alone', '**term** /tɜːm/'],
		['a term and a dash with no space after it', '**term** -meaning'],
		['a term and a bracketed word that is no IPA', '**term** [idiom]：习语'],
		['a term and a parenthesis that is no word class', '**term** (informal)：x'],
		['a term and a parenthesis of an abbreviation and a word', '**term** (n. jar)：x'],
		['an empty IPA', '**t** //：x'],
		['a plain line with no separator', 'no separator'],
		['a bold term closed by nothing before its colon', '**unclosed：x'],
		['a bold term and words with no separator', '**term** a b'],
		['a bold term, a 🔥 and words with no space after it', '**term** 🔥a：b'],
		['a bold term, words and a 🔥 with no separator', '**term** a 🔥 b'],
		['a bold term and Chinese with no space between', '**term**中文'],
		['a bold term and a Chinese paragraph', '**Koutat** 那边我们在做翻译，项目叫 **EB**，已开源。'],
		['a bold term and Chinese with a colon after it', '**term** 乱码：名词，权衡'],
		['a plain line opening with its colon', '：x: y'],
		['a plain line opening with its colon before a dash', ': x - y'],
	])('reads no term from %s', (_, text) => {
		expect(parseTermBullet(text)).toBeNull();
	});

	it('takes an IPA of up to 79 characters between its slashes', () => {
		expect(parseTermBullet(`**term** /${'a'.repeat(79)}/：x`)?.ipa).toBe('a'.repeat(79));
		expect(parseTermBullet(`**term** /${'a'.repeat(80)}/：x`)).toBeNull();
	});
});

describe('a transcription', () => {
	it.each(['ˈtækəl', 'a', 'z', 'tɜːm', 'ðə', 'θɪŋk', 'ˌɪn.fə.rəns', 'kæt, dɒg', 'wɒt‿ɪz', 'ɡʊd (bɪt)', "it's", 'ß', 'ʯ', 'β', 'χ', 'ᴀ', 'ᶿ', 'a-b'])('%j is one', (s) => {
		expect(isIpa(s, 0, s.length)).toBe(true);
	});

	it.each(['', 'ˈ', 'Cat', 'P50', '名词', 'a/b', 'a÷b', 'a;b', 'a–b'])('%j is none', (s) => {
		expect(isIpa(s, 0, s.length)).toBe(false);
	});

	it('in brackets needs a letter or mark beyond plain a–z', () => {
		expect(isIpa('idiom', 0, 5, true)).toBe(false);
		expect(isIpa('ɪdiom', 0, 5, true)).toBe(true);
		expect(isIpa('ˈidiom', 0, 6, true)).toBe(true);
		expect(isIpa('tʰim', 0, 4, true)).toBe(true);
		expect(isIpa('ti\u036fm', 0, 4, true)).toBe(true);
	});
});

describe('a term line with no bullet', () => {
	it.each([
		['grow out of — 起源于 🔥', 'grow out of'],
		['  brass band — 铜管乐队', 'brass band'],
		['**swing**：摇摆乐', 'swing'],
	])('reads %j', (line, term) => {
		expect(plainTermLine(line)?.term).toBe(term);
	});

	it.each([
		['a remark with a Chinese term', '注意：这个词常考'],
		['a Chinese term in bold', '**注意**：这个词常考'],
		['a line opening with a digit', '1930s — 二十世纪三十年代'],
		['the tail of a bold term cut from its bullet', 'ce** /ˈnjuːɑːns/：名词，细微差别'],
		['a term cut before its slash', 'si/：名词，代理'],
		['an English sentence', 'Jazz grew out of New Orleans.'],
	])('reads no term from %s', (_, line) => {
		expect(plainTermLine(line)).toBeNull();
	});
});
