/**
 * The cross-engine smoke pass: each part of the built site once, in one browser of an engine (Firefox,
 * WebKit), as a reader would use it. Not a copy of the Chromium suite: what differs between engines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startStaticSite, type StaticSite } from '../support/static-site.ts';
import { distDir, htmlPages } from '../tools/dist.ts';
import { run, waitFor, type Engine } from './engine.ts';

/** Starts an engine's browser on the site at `root`, its viewport the given size. */
export type Launch = (root: string, width: number, height: number) => Promise<Engine>;

/** A phone: most Safari readers, and the width the layout is tightest at. */
const PHONE = { width: 375, height: 812 };
/** A laptop, for the deck. */
const LAPTOP = { width: 1280, height: 720 };

/** The script errors the test server's probe recorded on the current page; fails if the probe is missing. */
async function pageErrors(engine: Engine): Promise<string[]> {
  const errors = await run(engine, () => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? null);
  assert.ok(errors, `${engine.name}: the error probe did not load (is the static server running with --probe?)`);
  return errors;
}

/** The state a reader sees: the current step and what every chart shows. Runs in the page. */
function readerState(): { current: string | undefined; expected: string | undefined; charts: Record<string, string | undefined> } {
  const line = window.innerHeight * 0.5;
  const steps = [...document.querySelectorAll<HTMLElement>('.scrolly .step[data-step]')];
  const passed = steps.filter((step) => step.getBoundingClientRect().top <= line);
  const charts: Record<string, string | undefined> = {};
  for (const chart of document.querySelectorAll<HTMLElement>('story-chart')) charts[chart.closest('section')?.id ?? ''] = chart.dataset.currentStep;
  return {
    current: document.querySelector<HTMLElement>('.step[aria-current="step"]')?.dataset.step,
    expected: passed.at(-1)?.dataset.step,
    charts,
  };
}

/**
 * True once the page has settled on the step a reader sees after a jump to a section: the last step past the
 * reading line is current and its chart draws it, and the section's own chart draws its last step past the
 * line (else its first). Runs in the page.
 */
function landedOn(slug: string): boolean {
  const line = window.innerHeight * 0.5;
  const steps = [...document.querySelectorAll<HTMLElement>('.scrolly .step[data-step]')];
  const passed = steps.filter((step) => step.getBoundingClientRect().top <= line);
  const current = passed.at(-1);
  if (!current || current.getAttribute('aria-current') !== 'step') return false;
  const chartOf = (el: Element): HTMLElement | null | undefined => el.closest('section')?.querySelector<HTMLElement>('story-chart');
  if (chartOf(current)?.dataset.currentStep !== current.dataset.step) return false;
  const own = [...document.querySelectorAll<HTMLElement>(`#${slug} .step[data-step]`)];
  const ownStep = own.filter((step) => passed.includes(step)).at(-1) ?? own[0];
  const ownChart = document.querySelector<HTMLElement>(`#${slug} story-chart`);
  return !ownChart || ownChart.dataset.currentStep === ownStep?.dataset.step;
}

/** Registers the smoke tests for one engine. */
export function smokeSuite(name: string, launch: Launch): void {
  describe(`${name}: the built site`, () => {
    let site: StaticSite;
    let engine: Engine;

    before(async () => {
      htmlPages(distDir); // fails with a clear message when there is no build
      site = await startStaticSite({ dir: distDir, probe: true });
      const started = performance.now();
      // No skipping: a browser that cannot start fails the pass, saying what is missing.
      engine = await launch(site.root, PHONE.width, PHONE.height).catch((error: unknown) => {
        throw new Error(`${name} could not start (run \`node tests/support/ensure-system.mjs ${name}\` as root): ${String(error)}`);
      });
      console.log(`${engine.version} started in ${Math.round(performance.now() - started)} ms`);
    });
    after(async () => {
      await engine?.close();
      site?.stop();
    });

    test('the probe records a script error (so "no errors" below means something)', async () => {
      await engine.open('/404.html');
      await run(engine, () => {
        setTimeout(() => {
          throw new Error('probe check');
        });
      });
      await waitFor(engine, 'the thrown error', () =>
        (window as unknown as { __pageErrors: string[] }).__pageErrors.some((e) => e.includes('probe check')),
      );
    });

    test('every kind of page loads and runs its script with no error', async () => {
      const pages: Array<[string, () => unknown]> = [
        ['/', () => document.querySelector('[data-share-tools]:not([hidden])')],
        ['/present/', () => document.querySelector('[data-stage] .slide[data-current]')],
        [
          '/present/speaker/#headline/2',
          () => document.querySelector('[data-stage] .slide[data-current]')?.getAttribute('data-slide') === 'headline/2',
        ],
        // A share page sends the reader on to its section of the article.
        ['/s/cluster/', () => location.pathname === '/' && location.hash === '#cluster'],
        ['/embed/cluster/', () => document.querySelector('story-chart svg')?.getAttribute('viewBox') !== '0 0 640 440'],
      ];
      for (const [path, ready] of pages) {
        await engine.open(path);
        await waitFor(engine, `${path} to run its script`, ready);
        assert.deepEqual(await pageErrors(engine), [], path);
      }
    });

    test('the article is exactly phone-wide: nothing overflows 375 px', async () => {
      await engine.open('/');
      const widths = await run(engine, () => [document.documentElement.clientWidth, document.documentElement.scrollWidth]);
      assert.deepEqual(widths, [PHONE.width, PHONE.width]);
    });

    test('an embed draws the step its address names at its own size, and a chart told a step draws it once its code is there', async () => {
      await engine.open('/embed/cluster/?step=cluster-capex');
      // The chart's code loads as it wakes: wait for its first draw in the browser, then compare.
      const drawn = await waitFor(engine, 'the embed drawn in the browser', () => {
        const chart = document.querySelector<HTMLElement>('story-chart');
        return (
          chart?.dataset.settled === 'true' && [
            chart.dataset.currentStep,
            chart.querySelector('svg')?.getAttribute('viewBox'),
            `0 0 ${chart.clientWidth} ${chart.clientHeight}`,
          ]
        );
      });
      assert.equal(drawn[0], 'cluster-capex');
      assert.equal(drawn[1], drawn[2]);
      // A chart measures itself when it wakes, not on its resize observer's first callback (which WebKit can
      // deliver seconds late, leaving an embed on its server-drawn step): told a step, a second chart added
      // here must have drawn it at its size before this task ends, when no observer can have fired yet.
      // Its code is loaded already (the embed's chart): drawn when the element connects, with no observer callback.
      const atOnce = await run(engine, () => {
        const first = document.querySelector<HTMLElement>('story-chart');
        const chart = document.createElement('story-chart') as HTMLElement & {
          show: (step: string, progress: number, animate: boolean) => void;
          ready: () => Promise<void>;
        };
        chart.dataset.chart = 'cluster';
        chart.dataset.steps = first?.dataset.steps ?? '';
        chart.style.cssText = 'display:block;width:320px;height:240px';
        chart.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
        document.body.append(chart);
        chart.show('cluster-power', 1, false);
        chart.id = 'probe-chart';
        return chart.dataset.steps.length > 0;
      });
      assert.ok(atOnce, 'the embed lists its chart’s steps');
      const probe = await waitFor(engine, 'the added chart drawn', () => {
        const chart = document.getElementById('probe-chart');
        return chart?.dataset.settled === 'true' && [chart.dataset.currentStep, chart.querySelector('svg')?.getAttribute('viewBox')];
      });
      assert.deepEqual(probe, ['cluster-power', '0 0 320 240']);
    });

    test('every story step, reached by scrolling, becomes current and its chart redraws for it', async () => {
      await engine.open('/');
      const steps = await run(engine, () =>
        [...document.querySelectorAll<HTMLElement>('.scrolly .step[data-step]')].map((el) => el.dataset.step ?? ''),
      );
      assert.ok(steps.length >= 28, `only ${steps.length} steps`);
      for (const step of steps) {
        await run(
          engine,
          (id: string) => {
            const el = document.querySelector(`.step[data-step="${id}"]`);
            if (el) window.scrollBy({ top: el.getBoundingClientRect().top - window.innerHeight * 0.5 + 40, behavior: 'instant' });
          },
          step,
        );
        await waitFor(
          engine,
          `step ${step} to be current and drawn`,
          (id: string) => {
            const el = document.querySelector<HTMLElement>(`.step[data-step="${id}"]`);
            const chart = el?.closest('section')?.querySelector<HTMLElement>('story-chart');
            const svg = chart?.querySelector('svg');
            return (
              el?.getAttribute('aria-current') === 'step' &&
              chart?.dataset.currentStep === id &&
              svg?.getAttribute('viewBox') === `0 0 ${chart?.clientWidth} ${chart?.clientHeight}` &&
              (svg?.getAttribute('aria-label')?.length ?? 0) > 20
            );
          },
          step,
        );
      }
      assert.deepEqual(await pageErrors(engine), []);
    });

    test('a table-of-contents jump ends on the step a reader sees there, and its chart', async () => {
      await engine.open('/');
      await engine.click('.toc a[data-toc="cluster"]');
      await waitFor(
        engine,
        'the jump to #cluster',
        () => location.hash === '#cluster' && (document.getElementById('cluster')?.getBoundingClientRect().top ?? 999) < 200,
      );
      const landed = await waitFor(engine, 'the step and chart after the jump', landedOn, 'cluster').catch(async (error: unknown) => {
        throw new Error(`${String(error)}; reader state: ${JSON.stringify(await run(engine, readerState))}`);
      });
      assert.ok(landed);
    });

    test('a deep link, and then End, each end on the right step and chart', async () => {
      await engine.open('/#outlook');
      await waitFor(engine, 'the step and chart of /#outlook', landedOn, 'outlook');
      const heading = await run(engine, () => document.getElementById('outlook')?.getBoundingClientRect().top ?? -1);
      assert.ok(heading >= 0 && heading < PHONE.height * 0.35, `#outlook heading at ${heading}px`);
      await engine.press('End');
      await waitFor(engine, 'End to reach the foot of the page and the last step', () => {
        const steps = [...document.querySelectorAll<HTMLElement>('.scrolly .step[data-step]')];
        const last = steps.at(-1);
        // At the foot, and kept there: nothing lazily loaded may lengthen the page under the reader.
        const atFoot = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1;
        return (
          atFoot &&
          last?.getAttribute('aria-current') === 'step' &&
          last.closest('section')?.querySelector<HTMLElement>('story-chart')?.dataset.currentStep === last.dataset.step
        );
      });
    });

    test('the calculator updates on a preset and on typing, keeps it in the address, and restores from it', async () => {
      await engine.open('/#methods');
      await waitFor(engine, 'the calculator, live', () => document.querySelector('#methods cost-calculator[data-ready] form:not([hidden])'));
      const total = (): string => document.querySelector('#methods output[name="total"]')?.textContent ?? '';
      const central = await run(engine, total);
      await engine.click('#methods button[data-preset="high"]');
      await waitFor(
        engine,
        'the High preset',
        (before: string) => {
          const pressed = document.querySelector('#methods button[data-preset="high"]')?.getAttribute('aria-pressed') === 'true';
          const shown = document.querySelector('#methods output[name="total"]')?.textContent;
          return pressed && shown !== before && location.search !== '';
        },
        central,
      );
      await engine.fill('#calc-gpus', '50000');
      const typed = await waitFor(engine, 'the total and address for 50,000 GPUs', () => {
        const shown = document.querySelector('#methods output[name="total"]')?.textContent ?? '';
        const label = document.querySelector('#methods svg[data-chart="breakdown"]')?.getAttribute('aria-label') ?? '';
        const params = new URLSearchParams(location.search);
        return params.get('gpus') === '50000' && label.includes(shown) && { shown, address: location.href };
      });
      assert.notEqual(typed.shown, central);
      await engine.open(new URL(typed.address).pathname + new URL(typed.address).search + '#methods');
      await waitFor(
        engine,
        'the calculator restored from its address',
        (expected: string) => {
          const gpus = document.querySelector<HTMLInputElement>('#calc-gpus')?.value;
          return gpus === '50000' && document.querySelector('#methods output[name="total"]')?.textContent === expected;
        },
        typed.shown,
      );
      assert.deepEqual(await pageErrors(engine), []);
    });

    test('Copy link puts the section’s address on the clipboard (real click, real paste)', async () => {
      await engine.open('/');
      await engine.click('[data-copy-link="peers"]');
      await waitFor(engine, 'the "Link copied" status', () => document.querySelector('#peers [role="status"]')?.textContent === 'Link copied');
      // Paste it back with the keyboard into a field the test adds, as a reader pastes into a message.
      await run(engine, () => {
        const field = document.createElement('textarea');
        field.id = 'paste-target';
        document.body.prepend(field);
      });
      await engine.click('#paste-target');
      await engine.press('Control+v');
      const pasted = await waitFor(engine, 'the pasted address', () => (document.getElementById('paste-target') as HTMLTextAreaElement).value);
      assert.equal(pasted, `${site.root}#peers`);
    });

    test('the deck: its address opens a slide; arrows, End and the overview move it; the address follows', async () => {
      await engine.resize(LAPTOP.width, LAPTOP.height);
      await engine.open('/present/#cluster/3');
      const slide = (id: string): boolean =>
        document.querySelector('[data-stage] .slide[data-current]')?.getAttribute('data-slide') === id && location.hash === `#${id}`;
      await waitFor(engine, 'slide cluster/3', slide, 'cluster/3');
      await engine.press('ArrowRight');
      await waitFor(engine, 'slide cluster/4', slide, 'cluster/4');
      await engine.press('ArrowLeft');
      await engine.press('ArrowLeft');
      await waitFor(engine, 'slide cluster/2', slide, 'cluster/2');
      await engine.press('o');
      const count = await waitFor(
        engine,
        'the overview',
        () =>
          document.querySelector<HTMLDialogElement>('dialog[data-overview]')?.open &&
          document.querySelectorAll('dialog[data-overview] button[data-index]').length,
      );
      const slides = await run(engine, () => document.querySelectorAll('[data-stage] .slide[data-slide]').length);
      assert.equal(count, slides);
      await engine.press('ArrowRight');
      await engine.press('Enter');
      await waitFor(
        engine,
        'the overview to close on cluster/3',
        () =>
          !document.querySelector<HTMLDialogElement>('dialog[data-overview]')?.open &&
          document.querySelector('[data-stage] .slide[data-current]')?.getAttribute('data-slide') === 'cluster/3',
      );
      await engine.press('End');
      await waitFor(engine, 'the last slide', slide, 'sources');
      assert.deepEqual(await pageErrors(engine), []);
    });
  });
}
