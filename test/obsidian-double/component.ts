import type * as O from 'obsidian';
import type { EventRef } from './events';

/** Obsidian's `Component`: a lifecycle that unloads its children and registered cleanups. */
export class Component implements O.Component {
	/** Test helper: whether `load()` ran and `unload()` has not. */
	loaded = false;
	/** Test helper: settles when the last `onload()` (sync or async) has finished. */
	whenLoaded: Promise<void> = Promise.resolve();
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		// Plugin.onload may be async; Obsidian waits for it before the plugin counts as loaded.
		this.whenLoaded = Promise.resolve(this.onload() as Promise<void> | void);
		for (const child of this.children) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends O.Component>(component: T): T {
		this.children.push(component as unknown as Component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends O.Component>(component: T): T {
		this.children = this.children.filter((c) => c !== (component as unknown));
		component.unload();
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(eventRef: O.EventRef): void {
		const ref = eventRef as EventRef;
		this.register(() => ref.events.offref(ref));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}
