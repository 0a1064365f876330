// Vitest setup for tests that run under happy-dom: Obsidian's DOM helpers on the prototypes.
import { installDomHelpers } from './obsidian-double/dom';

if (typeof window !== 'undefined') installDomHelpers(window);
