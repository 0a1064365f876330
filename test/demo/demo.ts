// `npm run demo`: writes demo-vault/ with the built plugin installed and the sample lessons, prints what the
// parser recognised in each, and writes an HTML preview of the vault (the browser shim) to open without Obsidian.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { summary } from '../../src/cli/commands/parse';
import { parseLesson } from '../../src/core/parser/parseLesson';
import { sampleVault } from '../e2e/sampleVault';
import { buildSite, writeSite } from '../e2e/site';

const root = join(import.meta.dirname, '..', '..');
const vault = join(root, 'demo-vault');
const configDir = join(vault, '.obsidian');
const pluginDir = join(configDir, 'plugins', 'bilingual-lessons');

const files = sampleVault();
await mkdir(pluginDir, { recursive: true });
for (const name of ['main.js', 'manifest.json', 'styles.css']) await copyFile(join(root, name), join(pluginDir, name));
await writeFile(join(configDir, 'community-plugins.json'), '["bilingual-lessons"]\n');
for (const [path, text] of Object.entries(files)) {
	await mkdir(dirname(join(vault, path)), { recursive: true });
	await writeFile(join(vault, path), text);
}

console.log(`Wrote ${vault}/ with the plugin installed in .obsidian/plugins/bilingual-lessons/.\n`);
for (const [path, text] of Object.entries(files)) {
	const lesson = parseLesson(text);
	process.stdout.write(summary(path, lesson));
	for (const d of lesson.diagnostics) console.log(`    line ${d.line + 1}: ${d.severity} ${d.code} ${d.message}`);
	console.log('');
}

const preview = await writeSite(join(vault, 'preview'), await buildSite({ files, open: Object.keys(files)[0], title: 'Bilingual Lessons demo' }));
console.log(`Open demo-vault/ as a vault in Obsidian, or preview it in a browser without Obsidian:\n  file://${preview}`);
console.log('  (add ?theme=dark for the dark theme; narrower than 600 px it lays out as a phone, ?phone=1 or ?phone=0 to choose;');
console.log('   the ribbon, on the left or along the bottom on a phone, opens settings, the command list and the glossary; see the README for more)');
