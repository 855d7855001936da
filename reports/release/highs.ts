// HiGHS (a maintained LP solver compiled to WebAssembly) is loaded once a process, asynchronously:
// the masking search and the independent audit share the instance.
import loadHighs, { type Highs } from 'highs';

let loaded: Promise<Highs> | undefined;

export const highsOnce = (): Promise<Highs> => (loaded ??= loadHighs());
