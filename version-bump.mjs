// Run by `npm version <new>` (the "version" script) after npm has written the new version into
// package.json: the same version goes into manifest.json, and versions.json maps it to the
// minAppVersion it needs, as Obsidian reads them. Both files are then staged with package.json.
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version;
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
	// Obsidian's releases are bare x.y.z (no "v", no pre-release tag).
	console.error(`version-bump: "${version ?? ''}" is no x.y.z version; run it as npm version <x.y.z|patch|minor|major>`);
	process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, '\t')}\n`);

const manifest = readJson('manifest.json');
manifest.version = version;
writeJson('manifest.json', manifest);

const versions = readJson('versions.json');
versions[version] = manifest.minAppVersion;
writeJson('versions.json', versions);
