// The shape of the code, checked: no import cycle between modules, and no reaching into another
// top folder but through its index (core/index.ts, pipeline/index.ts, reports/index.ts,
// dashboard/index.ts, data/generate/index.ts). Type-only imports are erased at run time and may
// cross freely; tests may reach into any module they test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PRODUCT = ['core', 'pipeline', 'reports', 'dashboard', 'data', 'bench', 'scripts'];
/** The public surface of each top folder: a file may import another top folder through these only. */
const INDEXES = new Set(['core/index.ts', 'pipeline/index.ts', 'reports/index.ts', 'dashboard/index.ts', 'data/generate/index.ts']);

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'node_modules' || name === 'sample') return [];
    return statSync(path.join(ROOT, file)).isDirectory() ? walk(file) : file.endsWith('.ts') && !file.endsWith('.d.ts') ? [file] : [];
  });
}

interface Edge {
  readonly to: string;
  /** Erased at run time (import type), or loaded on demand (import()): no cycle through it. */
  readonly eager: boolean;
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.join(path.dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(path.join(ROOT, candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

function edgesOf(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const edges: Edge[] = [];
  const add = (specifier: ts.Expression | undefined, eager: boolean) => {
    if (!specifier || !ts.isStringLiteral(specifier)) return;
    const to = resolve(file, specifier.text);
    if (to) edges.push({ to, eager });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((element) => element.isTypeOnly)));
      add(node.moduleSpecifier, !typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      const typeOnly = node.isTypeOnly || (!!named && named.length > 0 && named.every((element) => element.isTypeOnly));
      add(node.moduleSpecifier, !typeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

const files = PRODUCT.flatMap(walk);
const graph = new Map(files.map((file) => [file, edgesOf(file)]));
const top = (file: string) => file.split(path.sep)[0]!;

/** Strongly connected components of more than one module, over eager edges (Tarjan). */
function cycles(): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (file: string) => {
    order.set(file, index);
    low.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const { to, eager } of graph.get(file) ?? []) {
      if (!eager || !graph.has(to)) continue;
      if (!order.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, order.get(to)!));
    }
    if (low.get(file) === order.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of files) if (!order.has(file)) connect(file);
  return found;
}

describe('the modules of the product', () => {
  it('import one another without a cycle', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(cycles()).toEqual([]);
  });

  it('reach another top folder through its index only', () => {
    const deep = [...graph].flatMap(([file, edges]) =>
      edges.filter(({ to }) => top(to) !== top(file) && !INDEXES.has(to.split(path.sep).join('/'))).map(({ to }) => `${file} → ${to}`),
    );
    expect(deep).toEqual([]);
  });

  it('keep core free of the other folders', () => {
    const out = [...graph]
      .filter(([file]) => top(file) === 'core')
      .flatMap(([file, edges]) => edges.filter(({ to }) => top(to) !== 'core').map(({ to }) => `${file} → ${to}`));
    expect(out).toEqual([]);
  });
});
