/**
 * Obsidian's DOM helpers (`createEl`, `empty`, `addClass`, …) installed on a window's prototypes,
 * for happy-dom in vitest and for the browser shim. Only what Obsidian documents, with its semantics.
 */
import type {} from 'obsidian';

type ElementInfo = DomElementInfo | string | undefined;

function applyInfo(el: HTMLElement, info: ElementInfo): void {
	if (info === undefined) return;
	const o: DomElementInfo = typeof info === 'string' ? { text: info } : info;
	if (o.cls) el.className = Array.isArray(o.cls) ? o.cls.join(' ') : o.cls;
	if (o.text !== undefined) {
		if (typeof o.text === 'string') el.textContent = o.text;
		else el.appendChild(o.text);
	}
	if (o.attr) for (const [k, v] of Object.entries(o.attr)) setAttribute(el, k, v);
	if (o.title !== undefined) el.title = o.title;
	if (o.value !== undefined) (el as HTMLInputElement).value = o.value;
	if (o.type !== undefined) (el as HTMLInputElement).type = o.type;
	if (o.placeholder !== undefined) (el as HTMLInputElement).placeholder = o.placeholder;
	if (o.href !== undefined) (el as HTMLAnchorElement).href = o.href;
}

function setAttribute(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? '' : String(value));
}

function create<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	tag: K,
	info: ElementInfo,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	applyInfo(el, info);
	const parent = typeof info === 'object' ? info.parent : undefined;
	if (parent) {
		if (typeof info === 'object' && info.prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
	}
	callback?.(el);
	return el;
}

/** Installs the helpers on `win`'s Node/Element/HTMLElement prototypes and its global functions. */
export function installDomHelpers(win: Window & typeof globalThis): void {
	const doc = win.document;
	const node = win.Node.prototype;
	const element = win.Element.prototype;
	const html = win.HTMLElement.prototype;
	const frag = win.DocumentFragment.prototype;

	Object.assign(node, {
		createEl<K extends keyof HTMLElementTagNameMap>(this: Node, tag: K, info?: ElementInfo, cb?: (el: HTMLElementTagNameMap[K]) => void) {
			const el = create(doc, tag, info);
			if (typeof info === 'object' && info.prepend) this.insertBefore(el, this.firstChild);
			else this.appendChild(el);
			cb?.(el);
			return el;
		},
		createDiv(this: Node, info?: ElementInfo, cb?: (el: HTMLDivElement) => void) {
			return this.createEl('div', info, cb);
		},
		createSpan(this: Node, info?: ElementInfo, cb?: (el: HTMLSpanElement) => void) {
			return this.createEl('span', info, cb);
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		appendText(this: Node, text: string) {
			this.appendChild(doc.createTextNode(text));
		},
		instanceOf(this: Node, type: new () => unknown) {
			return this instanceof type;
		},
	});
	Object.defineProperty(node, 'doc', { get: () => doc, configurable: true });
	Object.defineProperty(node, 'win', { get: () => win, configurable: true });
	// UIEvent.targetNode: the event's target when it is a node (Obsidian's cross-window alternative to instanceof).
	Object.defineProperty(win.UIEvent.prototype, 'targetNode', {
		get(this: UIEvent) {
			return this.target instanceof win.Node ? this.target : null;
		},
		configurable: true,
	});

	Object.assign(element, {
		getText(this: Element) {
			return this.textContent ?? '';
		},
		setText(this: Element, val: string | DocumentFragment) {
			if (typeof val === 'string') this.textContent = val;
			else {
				this.textContent = '';
				this.appendChild(val);
			}
		},
		addClass(this: Element, ...classes: string[]) {
			this.classList.add(...classes);
		},
		addClasses(this: Element, classes: string[]) {
			this.classList.add(...classes);
		},
		removeClass(this: Element, ...classes: string[]) {
			this.classList.remove(...classes);
		},
		removeClasses(this: Element, classes: string[]) {
			this.classList.remove(...classes);
		},
		toggleClass(this: Element, classes: string | string[], value: boolean) {
			for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
		},
		hasClass(this: Element, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: string | number | boolean | null) {
			setAttribute(this, name, value);
		},
		setAttrs(this: Element, obj: Record<string, string | number | boolean | null>) {
			for (const [k, v] of Object.entries(obj)) setAttribute(this, k, v);
		},
		getAttr(this: Element, name: string) {
			return this.getAttribute(name);
		},
		find(this: Element, selector: string) {
			return this.querySelector(selector);
		},
		findAll(this: Element, selector: string) {
			return Array.from(this.querySelectorAll(selector));
		},
		matchParent(this: Element, selector: string, lastParent?: Element) {
			const found = this.closest(selector);
			return found && lastParent?.contains(found) === false ? null : found;
		},
	});

	Object.assign(html, {
		show(this: HTMLElement) {
			this.hidden = false;
		},
		hide(this: HTMLElement) {
			this.hidden = true;
		},
		toggle(this: HTMLElement, show: boolean) {
			this.hidden = !show;
		},
		toggleVisibility(this: HTMLElement, visible: boolean) {
			this.hidden = !visible;
		},
		isShown(this: HTMLElement) {
			return !this.hidden;
		},
		setCssProps(this: HTMLElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		},
	});

	Object.assign(frag, {
		find(this: DocumentFragment, selector: string) {
			return this.querySelector(selector);
		},
		findAll(this: DocumentFragment, selector: string) {
			return Array.from(this.querySelectorAll(selector));
		},
	});

	Object.assign(win, {
		createEl: <K extends keyof HTMLElementTagNameMap>(tag: K, info?: ElementInfo, cb?: (el: HTMLElementTagNameMap[K]) => void) => create(doc, tag, info, cb),
		createDiv: (info?: ElementInfo, cb?: (el: HTMLDivElement) => void) => create(doc, 'div', info, cb),
		createSpan: (info?: ElementInfo, cb?: (el: HTMLSpanElement) => void) => create(doc, 'span', info, cb),
		createFragment: (cb?: (el: DocumentFragment) => void) => {
			const f = doc.createDocumentFragment();
			cb?.(f);
			return f;
		},
		activeDocument: doc,
		activeWindow: win,
	});
}
