// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { App } from './app';
import { Modal } from './modal';

const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));

describe("the double's Modal", () => {
	it('closes the top modal on Escape, and only that one', () => {
		const app = new App({});
		const [below, top] = [new Modal(app as never), new Modal(app as never)];
		below.open();
		top.open();
		escape();
		expect([below.isOpen, top.isOpen]).toEqual([true, false]);
		expect(document.querySelectorAll('.modal-container')).toHaveLength(1);
		escape();
		expect(below.isOpen).toBe(false);
		expect(document.querySelectorAll('.modal-container')).toHaveLength(0);
	});

	it('leaves an Escape already handled inside it alone', () => {
		const modal = new Modal(new App({}) as never);
		modal.open();
		modal.contentEl.addEventListener('keydown', (evt) => evt.preventDefault());
		modal.contentEl.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
		expect(modal.isOpen).toBe(true);
		modal.close();
	});
});
