// The unit suite narrowed to the test files in MUTATE_TESTS (comma-separated globs), for `npm run mutate:file`.
import { defineConfig } from 'vitest/config';
import base from '../vitest.config';

export default defineConfig({ ...base, test: { ...base.test, include: (process.env.MUTATE_TESTS ?? '').split(',') } });
