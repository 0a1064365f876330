// The parts of Obsidian's window around the plugin: ribbon, file list, the phone's drawer close button, settings and command palette.
import { Modal, setIcon, type App } from '../../obsidian-double/obsidian';
import { showSettingTab } from '../../obsidian-double/setting';

/** Builds the window around `app.workspace` in `body`: a ribbon and a file list beside the workspace. */
export function buildChrome(app: App, body: HTMLElement): void {
	const main = body.createDiv({ cls: 'app-container' }).createDiv({ cls: 'horizontal-main-container' });
	const ribbon = main.createDiv({ cls: 'workspace-ribbon side-dock-ribbon mod-left' });
	ribbonAction(ribbon, 'settings', 'Open settings', () => showSettings(app));
	ribbonAction(ribbon, 'square-terminal', 'Open command palette', () => showCommands(app));
	main.appendChild(app.workspace.containerEl);
	const files = app.workspace.containerEl.querySelector<HTMLElement>('.mod-left-split')!.createDiv({ cls: 'nav-files-container' });
	const list = () => listFiles(app, files);
	for (const name of ['create', 'delete', 'rename']) app.vault.on(name, list);
	list();
	// On a phone the right sidebar is a drawer over the note (see page.ts): this closes it, back to the note.
	const close = body.createDiv({ cls: 'clickable-icon shim-drawer-close', attr: { 'aria-label': 'Close' } });
	setIcon(close, 'x');
	close.addEventListener('click', () => body.removeClass('shim-side-open'));
}

/** Adds the plugin's ribbon icons (those it added while loading) after the window's own. */
export function showRibbonIcons(app: App, body: HTMLElement): void {
	const ribbon = body.querySelector<HTMLElement>('.workspace-ribbon')!;
	for (const { el } of app.registry.ribbonIcons) ribbon.appendChild(el);
}

function ribbonAction(ribbon: HTMLElement, icon: string, title: string, callback: () => void): void {
	const el = ribbon.createDiv({ cls: 'clickable-icon side-dock-ribbon-action', attr: { 'aria-label': title } });
	setIcon(el, icon);
	el.addEventListener('click', callback);
}

function listFiles(app: App, container: HTMLElement): void {
	container.empty();
	const files = app.vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path));
	for (const file of files) {
		const item = container.createDiv({ cls: 'tree-item nav-file' }).createDiv({ cls: 'tree-item-self nav-file-title is-clickable', attr: { 'data-path': file.path } });
		item.createDiv({ cls: 'tree-item-inner nav-file-title-content', text: file.path.replace(/\.md$/, '') });
		item.addEventListener('click', () => void app.workspace.getLeaf(false).openFile(file));
	}
}

/** Shows the plugin's settings tab in a modal, as Obsidian's settings window does. */
export function showSettings(app: App): void {
	const tab = app.registry.settingTabs[0];
	if (!tab) return;
	const modal = new Modal(app as never);
	modal.modalEl.addClass('mod-settings');
	modal.setTitle('Settings');
	modal.onClose = () => tab.hide();
	modal.contentEl.appendChild(tab.containerEl);
	modal.open();
	showSettingTab(tab);
}

/** Lists the registered commands in a modal; a click runs one. */
function showCommands(app: App): void {
	const modal = new Modal(app as never);
	modal.setTitle('Commands');
	for (const command of app.registry.commands.values()) {
		const item = modal.contentEl.createDiv({ cls: 'suggestion-item', text: command.name });
		item.addEventListener('click', () => {
			modal.close();
			void app.registry.runCommand(command.id);
		});
	}
	modal.open();
}
