// What a run tells as it goes. The CLI draws it on the terminal; tests pass a silent logger.
import type { InputSummary } from './publish/manifest';

export type RunEvent =
  | { readonly kind: 'step'; readonly message: string }
  | { readonly kind: 'read'; readonly file: string; readonly dataset: string; readonly rows: number; readonly encoding: string; readonly delimiter: string }
  | { readonly kind: 'checked'; readonly input: InputSummary };

export type Logger = (event: RunEvent) => void;

export const silentLogger: Logger = () => {};
