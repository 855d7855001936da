// What a run tells as it goes. The CLI draws it on the terminal; tests pass a silent logger.
import type { InputSummary } from './publish/manifest';
import type { Delimiter } from './read';

export type RunEvent =
  | { readonly kind: 'step'; readonly message: string }
  | { readonly kind: 'read'; readonly file: string; readonly dataset: string; readonly encoding: string; readonly delimiter: Delimiter }
  | { readonly kind: 'checked'; readonly input: InputSummary };

export type Logger = (event: RunEvent) => void;

export const silentLogger: Logger = () => {};
