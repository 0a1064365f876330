// A vault with a lesson that arrived mis-encoded (UTF-8 read as Windows-1254, bytes lost): what the repair e2e test and screenshot open.
import { damage } from '../repair/damage';
import { ESPRESSO } from '../repair/freshLessons';
import { sampleVault } from './sampleVault';

export const MIS_ENCODED = 'Lessons/espresso-shot.md';

export function repairVault(): Record<string, string> {
	return { ...sampleVault(), [MIS_ENCODED]: damage(ESPRESSO) };
}
