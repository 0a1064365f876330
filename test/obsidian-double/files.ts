import type * as O from 'obsidian';

/** Obsidian's file tree nodes. `vault` is set by the Vault that owns them. */
export abstract class TAbstractFile implements O.TAbstractFile {
	vault!: O.Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	constructor(path: string) {
		this.path = path;
		this.name = path.slice(path.lastIndexOf('/') + 1);
	}

	/** Sets `path`, `name` and (for files) `basename`/`extension` after a rename. */
	setPath(path: string): void {
		this.path = path;
		this.name = path.slice(path.lastIndexOf('/') + 1);
	}
}

export class TFile extends TAbstractFile implements O.TFile {
	stat: O.FileStats = { ctime: Date.now(), mtime: Date.now(), size: 0 };
	basename = '';
	extension = '';

	constructor(path: string) {
		super(path);
		this.setPath(path);
	}

	override setPath(path: string): void {
		super.setPath(path);
		const dot = this.name.lastIndexOf('.');
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : '';
	}
}

export class TFolder extends TAbstractFile implements O.TFolder {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.parent === null;
	}
}

/** The path of the folder holding `path` (`/` for the vault root). */
export function parentOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '/' : path.slice(0, slash);
}
