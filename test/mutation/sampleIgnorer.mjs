// Stryker ignorer for a sampled run (test/mutation/sample.mjs): ignores every node that holds no sampled node, so the nodes
// inside a sampled node (a block's statements, say) are not tested with it. The mutate ranges leave out the nodes around it.
import { relative } from 'node:path';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';
import { readSample } from './readSample.mjs';

const byFile = new Map();
for (const node of readSample().nodes) {
	if (!byFile.has(node.file)) byFile.set(node.file, []);
	byFile.get(node.file).push(node.loc);
}

const before = (line, column, otherLine, otherColumn) => line < otherLine || (line === otherLine && column <= otherColumn);
const holds = (outer, inner) => before(outer.start.line, outer.start.column, inner[0], inner[1]) && before(inner[2], inner[3], outer.end.line, outer.end.column);

class SampleIgnorer {
	shouldIgnore(path) {
		const loc = path.node.loc;
		const file = path.hub?.file?.opts?.filename;
		if (!loc || !file) return undefined;
		const sampled = byFile.get(relative(process.cwd(), file).split('\\').join('/')) ?? [];
		return sampled.some((inner) => holds(loc, inner)) ? undefined : 'Not in the mutation sample';
	}
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Ignore, 'mutation-sample', SampleIgnorer)];
