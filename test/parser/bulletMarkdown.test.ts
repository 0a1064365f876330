// Markdown inside a term bullet: an IPA written as code, bold in the meaning.
import { describe, expect, it } from 'vitest';
import { parseTermBullet } from '../../src/core/parser/bullet';

describe('a term bullet with Markdown in it', () => {
	it('reads an IPA written as code, in slashes or brackets, before or after the colon', () => {
		expect(parseTermBullet('**espresso** `/eˈspresəʊ/`：名词，浓缩咖啡')).toEqual({ term: 'espresso', ipa: 'eˈspresəʊ', pos: '名词', meaning: '浓缩咖啡', hot: false });
		expect(parseTermBullet('**crema** `[ˈkreɪmə]`：油脂 🔥')).toEqual({ term: 'crema', ipa: 'ˈkreɪmə', pos: null, meaning: '油脂', hot: true });
		expect(parseTermBullet('**tamp**：`/tæmp/` v. 压粉')).toEqual({ term: 'tamp', ipa: 'tæmp', pos: 'v.', meaning: '压粉', hot: false });
	});

	it('keeps other code in the meaning as written', () => {
		expect(parseTermBullet('**ratio**：粉水比，写作 `1:2`')?.meaning).toBe('粉水比，写作 `1:2`');
	});

	it('reads the meaning without its bold, as the term and a table\'s cells are read', () => {
		expect(parseTermBullet('**TPU**：张量处理单元（**Google** 自研的 AI 加速芯片）🔥')).toEqual({ term: 'TPU', ipa: null, pos: null, meaning: '张量处理单元（Google 自研的 AI 加速芯片）', hot: true });
		expect(parseTermBullet('**pull a shot**：**萃取**一份浓缩')?.meaning).toBe('萃取一份浓缩');
		expect(parseTermBullet('**latte**：**名词**，拿铁')).toEqual({ term: 'latte', ipa: null, pos: '名词', meaning: '拿铁', hot: false });
	});
});
