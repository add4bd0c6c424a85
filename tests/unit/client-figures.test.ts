import { describe, expect, it } from 'vitest';
import { facts } from '../../content/facts';
import { clientFiguresModule } from '../../src/lib/client-figures';
import { display, type Fact } from '../../src/lib/facts';

/** Imports the generated browser module, as a module, and returns its exports. */
async function load(): Promise<{ facts: Map<string, Fact>; benchmarkModels: readonly string[] }> {
  const url = `data:text/javascript,${encodeURIComponent(clientFiguresModule())}`;
  return (await import(/* @vite-ignore */ url)) as { facts: Map<string, Fact>; benchmarkModels: readonly string[] };
}

describe('the figures the browser gets', () => {
  it('write every figure exactly as the page does, with its source, status and formula', async () => {
    const browser = (await load()).facts;
    expect([...browser.keys()]).toEqual([...facts.keys()]);
    for (const fact of facts.values()) {
      const served = browser.get(fact.id);
      expect(served && display(served), fact.id).toBe(display(fact));
      expect(served?.source, fact.id).toBe(fact.source);
      expect(served?.status, fact.id).toBe(fact.status);
      expect(served?.formula, fact.id).toBe(fact.formula);
    }
  });

  it('leave the locators out: they are shown only in server-rendered source cards', () => {
    const source = clientFiguresModule();
    expect(source).not.toContain('Table 1, p. 5');
    expect(source.length).toBeLessThan(JSON.stringify([...facts.values()]).length * 0.8);
  });
});
