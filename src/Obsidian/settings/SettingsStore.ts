import { SettingsChanges } from '../../core/SettingsChanges';
import { DEFAULT_SETTINGS, loadSettings, settingValue, type BilingualLessonsSettings, type SettingKey } from '../../settings';

/**
 * The plugin's settings, as every feature reads them: loaded (and checked) once, changed only by `update`,
 * which saves and then tells each listener whose keys changed, so a feature follows only what it depends on.
 */
export class SettingsStore {
	private current: BilingualLessonsSettings = { ...DEFAULT_SETTINGS };
	private readonly changes = new SettingsChanges<BilingualLessonsSettings>(DEFAULT_SETTINGS);

	constructor(private readonly save: (settings: BilingualLessonsSettings) => Promise<void>) {}

	/** The settings as last loaded or updated. */
	get(): Readonly<BilingualLessonsSettings> {
		return this.current;
	}

	/** Takes saved data as loadSettings checks it (a wrong value keeps its default, the notes' language defaults to the app's); tells no one. */
	load(saved: unknown, appLanguage?: string): void {
		this.current = loadSettings(saved, appLanguage);
		this.changes.commit(this.current);
	}

	/** Applies the valid values of `patch` (as settingValue takes them); when that changed something, saves and tells who depends on it. */
	async update(patch: Partial<BilingualLessonsSettings>): Promise<void> {
		const next: Record<string, unknown> = { ...this.current };
		for (const [key, value] of Object.entries(patch)) {
			const checked = settingValue(key as SettingKey, value);
			if (checked !== undefined) next[key] = checked;
		}
		this.current = next as unknown as BilingualLessonsSettings;
		const changed = this.changes.commit(this.current);
		if (changed.length === 0) return;
		await this.save(this.current);
		this.changes.notify(changed);
	}

	/** Calls `listener` after each update that changed one of `keys`, with every key that update changed. */
	on(keys: readonly SettingKey[], listener: (changed: readonly SettingKey[]) => void): void {
		this.changes.on(keys, listener);
	}
}
