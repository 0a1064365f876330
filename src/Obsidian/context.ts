import type { App, Plugin } from 'obsidian';
import { LessonCache } from '../core/LessonCache';
import { parseOptionsFrom } from '../settings';
import { GlossaryIndexer } from './glossary/GlossaryIndexer';
import { SettingsStore } from './settings/SettingsStore';
import { TermNotes } from './termNotes/TermNotes';

/** The time and waiting: the real ones in the plugin, a test's own in a test. */
export interface Clock {
	now(): number;
	/** Resolves after `ms` milliseconds. */
	delay(ms: number): Promise<void>;
	/** Resolves in a new task of the event loop, after the tasks already queued: a turn for input and paint (see Slicer). */
	nextTask(): Promise<void>;
}

/** The real time and the window's timers (a clock of its own for each context, so a test may take one over). */
export function systemClock(): Clock {
	return {
		now: () => Date.now(),
		delay: (ms) => new Promise<void>((resolve) => window.setTimeout(resolve, ms)),
		// A message, not a timer: browsers hold back a timer set from a timer's task by 4 ms once five are chained,
		// which a long job yielding every 12 ms would pay on every turn.
		nextTask: () =>
			new Promise<void>((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => {
					channel.port1.close();
					resolve();
				};
				channel.port2.postMessage(null);
			}),
	};
}

/** What the shared services are built from: the plugin to register with (for its lifetime), the settings, the lesson cache, the clock. */
export interface BaseContext {
	readonly plugin: Plugin;
	readonly app: App;
	readonly settings: SettingsStore;
	/** Parsed lessons by path, re-parsed only when a note's text changes. */
	readonly lessons: LessonCache;
	readonly clock: Clock;
}

/** What each feature is given: the base, and the services features share, all there before any feature registers. */
export interface PluginContext extends BaseContext {
	/** Which note the plugin made for which term, and making one. */
	readonly termNotes: TermNotes;
	/** The vault glossary's index and what feeds it. */
	readonly glossary: GlossaryIndexer;
}

/** Builds the context of `plugin`: nothing runs until a feature starts it; the settings are defaults until loaded. */
export function createContext(plugin: Plugin, clock: Clock = systemClock()): PluginContext {
	const settings = new SettingsStore((data) => plugin.saveData(data));
	const base: BaseContext = { plugin, app: plugin.app, settings, lessons: new LessonCache(() => parseOptionsFrom(settings.get())), clock };
	return { ...base, termNotes: new TermNotes(base), glossary: new GlossaryIndexer(base) };
}
