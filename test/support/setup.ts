// Run before each test file: after its tests, the shared outputs it read must be as they were made.
import { afterAll } from 'vitest';
import { checkSharedOutputsUnchanged } from './shared-output';

afterAll(checkSharedOutputsUnchanged);
