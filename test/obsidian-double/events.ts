import type * as O from 'obsidian';

export type Callback = (...data: unknown[]) => unknown;

/** A registered listener: what `on` returns and `offref`/`tryTrigger` take. */
export interface EventRef extends O.EventRef {
	events: Events;
	name: string;
	callback: Callback;
	ctx: unknown;
}

/** Obsidian's `Events`: listeners per name, called in registration order; one throwing does not stop the rest. */
export class Events implements O.Events {
	private readonly listeners = new Map<string, EventRef[]>();

	on(name: string, callback: Callback, ctx?: unknown): EventRef {
		const ref: EventRef = { events: this, name, callback, ctx };
		this.listeners.set(name, [...(this.listeners.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: Callback): void {
		this.listeners.set(name, (this.listeners.get(name) ?? []).filter((ref) => ref.callback !== callback));
	}

	offref(ref: O.EventRef): void {
		const { name } = ref as EventRef;
		this.listeners.set(name, (this.listeners.get(name) ?? []).filter((r) => r !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of this.listeners.get(name) ?? []) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: O.EventRef, args: unknown[]): void {
		const ref = evt as EventRef;
		try {
			ref.callback.apply(ref.ctx, args);
		} catch (error) {
			console.error(error);
		}
	}

	/** Test helper: how many listeners `name` has. */
	listenerCount(name: string): number {
		return this.listeners.get(name)?.length ?? 0;
	}
}
