/**
 * Which settings a save changed, and who is told: each listener names the keys it depends on and hears
 * of a save only when one of them changed, so typing a folder name re-renders no card and re-indexes
 * no lesson. Values are compared as saved (settings are plain JSON values).
 */
export class SettingsChanges<T extends object> {
	private saved: T;
	private readonly listeners: { keys: ReadonlySet<keyof T>; listener: (changed: readonly (keyof T)[]) => void }[] = [];

	constructor(initial: T) {
		this.saved = { ...initial };
	}

	/** Calls `listener` after each save that changed one of `keys`, with every key that save changed. */
	on(keys: readonly (keyof T)[], listener: (changed: readonly (keyof T)[]) => void): void {
		this.listeners.push({ keys: new Set(keys), listener });
	}

	/** The keys whose values differ from the last commit; `current` becomes the saved state. */
	commit(current: T): (keyof T)[] {
		const changed = (Object.keys(current) as (keyof T)[]).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(this.saved[key]));
		this.saved = { ...current };
		return changed;
	}

	/** Tells the listeners that depend on one of `changed`. */
	notify(changed: readonly (keyof T)[]): void {
		for (const { keys, listener } of this.listeners) if (changed.some((key) => keys.has(key))) listener(changed);
	}
}
