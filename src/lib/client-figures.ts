/**
 * A Vite plugin: in the browser build, `content/facts` becomes a table serialized at build time (id, value, format,
 * source, status, formula) instead of the module that declares and resolves every figure. The browser gets the same
 * numbers, written the same way, without the locators, the source list or the resolving code: about 4 KB gzipped
 * less on every page that draws a chart. Server rendering, the build checks and the downloads keep the real module.
 */
import type { Plugin } from 'vite';
import { benchmarkModels, facts } from '../../content/facts';

const virtualId = '\0client-figures';

/** The module the browser imports in place of content/facts. */
export function clientFiguresModule(): string {
  const table = [...facts.values()].map((f) => [f.id, f.value, f.format, f.source, f.status, f.formula ?? null]);
  return [
    `const table = ${JSON.stringify(table)};`,
    'export const facts = new Map(table.map(([id, value, format, source, status, formula]) =>',
    "  [id, formula === null ? { id, value, format, source, status, locator: '' } : { id, value, format, source, status, locator: '', formula }]));",
    `export const benchmarkModels = ${JSON.stringify(benchmarkModels)};`,
  ].join('\n');
}

/** Swaps content/facts for its serialized table in client bundles only. */
export function clientFigures(): Plugin {
  return {
    name: 'client-figures',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    resolveId(source) {
      return /(^|\/)content\/facts(\.ts)?$/.test(source) ? virtualId : null;
    },
    load(id) {
      return id === virtualId ? clientFiguresModule() : null;
    },
  };
}
