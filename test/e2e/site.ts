// Assembles the shim page: the bundled double and boot code, the theme, the plugin's built files,
// and the vault. The e2e server serves it; `npm run demo` writes it to disk as the HTML preview.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import esbuild from 'esbuild';

const root = new URL('../../', import.meta.url);

export interface SiteOptions {
	/** Vault files, path → text. */
	files: Record<string, string>;
	/** The note to open first. */
	open?: string | null;
	/** The page title. */
	title?: string;
}

/** The page's files by name (all loaded by script and link tags, so the page also works from file://). */
export async function buildSite({ files, open = null, title = 'Bilingual Lessons' }: SiteOptions): Promise<Map<string, string>> {
	const [manifest, mainJs, styles, theme, shim, icons] = await Promise.all([
		readFile(new URL('manifest.json', root), 'utf8'),
		readFile(new URL('main.js', root), 'utf8'),
		readFile(new URL('styles.css', root), 'utf8'),
		readFile(new URL('shim/theme.css', import.meta.url), 'utf8'),
		bundleShim(),
		// Obsidian draws its icons from Lucide: the page does too (a devDependency of the harness, not in main.js).
		readFile(createRequire(import.meta.url).resolve('lucide-static/icon-nodes.json'), 'utf8'),
	]);
	const data = { manifest: JSON.parse(manifest) as unknown, files, open };
	return new Map([
		['index.html', page(title)],
		['theme.css', theme],
		['styles.css', styles],
		['vault.js', `window.shimData = ${JSON.stringify(data)};\n`],
		['icons.js', `window.shimIcons = ${JSON.stringify(JSON.parse(icons))};\n`],
		// main.js unchanged, as the body of a CommonJS module function.
		['plugin.js', `window.shimPlugin = function (module, exports, require) {\n${mainJs}\n};\n`],
		['shim.js', shim],
	]);
}

/** Writes the page's files into `dir`; its index.html then opens from file:// too. */
export async function writeSite(dir: string, site: Map<string, string>): Promise<string> {
	await mkdir(dir, { recursive: true });
	for (const [name, content] of site) await writeFile(join(dir, name), content);
	return join(dir, 'index.html');
}

async function bundleShim(): Promise<string> {
	const result = await esbuild.build({
		entryPoints: [new URL('shim/page.ts', import.meta.url).pathname],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2021',
		write: false,
		logLevel: 'error',
	});
	return result.outputFiles[0].text;
}

function page(title: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<link rel="stylesheet" href="theme.css">
<link rel="stylesheet" href="styles.css">
</head>
<body>
<script src="vault.js"></script>
<script src="icons.js"></script>
<script src="plugin.js"></script>
<script src="shim.js"></script>
</body>
</html>
`;
}
