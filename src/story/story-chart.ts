/**
 * <story-chart data-chart="slug">: a section's live chart. Until the reader nears it (or, on a slide, data-wake="shown",
 * until it is told a step), it keeps the SVG drawn at build time and loads nothing; then it fetches its chart's code
 * and the renderer, reads its data (serialized into the page at build time), and redraws at its real size for the step
 * it is told.
 */
import type { FigureId } from '../../content/facts';
import { bindChart } from '../charts/bind';
import { loadChart } from '../charts/lazy';
import type { Chart, ChartFigures, Mark, Size, StepState } from '../charts/types';
import { transitionMs } from './motion';
import { markBusy, markSettled } from './settled';

type Draw = (svg: SVGSVGElement, marks: Mark[], duration: number, atRest: () => void) => void;

/** The chart's data block, written once per page by ChartDataScript.astro. */
const dataFor = (slug: string): ChartFigures<FigureId> | undefined => {
  const block = document.querySelector(`script[type="application/json"][data-chart-data="${CSS.escape(slug)}"]`);
  return block?.textContent ? (JSON.parse(block.textContent) as ChartFigures<FigureId>) : undefined;
};

/** Loads a chart's code and the renderer, and binds the chart to its data; undefined when any part is missing. */
async function load(slug: string): Promise<{ chart: Chart; draw: Draw } | undefined> {
  const [spec, renderer] = await Promise.all([loadChart(slug), import('../charts/draw')]);
  const data = dataFor(slug);
  return spec && data ? { chart: bindChart(spec, data), draw: renderer.drawMarks } : undefined;
}

/** The custom element wrapping a chart's SVG. */
export class StoryChart extends HTMLElement {
  private live?: { chart: Chart; draw: Draw };
  private svg?: SVGSVGElement;
  private stepIds: readonly string[] = [];
  private state: StepState = { step: '', progress: 1 };
  private size?: Size;
  private observer?: ResizeObserver;
  /** Waits for the chart to come near the viewport before it loads anything (not on a slide: data-wake="shown"). */
  private nearby?: IntersectionObserver;
  /** Its code has been asked for (near the viewport, or told a step). */
  private woken = false;
  private loading?: Promise<void>;
  /** The marks last drawn, serialised, so unchanged redraws are skipped. */
  private drawn = '';
  /** When the running step transition ends (ms, performance clock). */
  private transitionEnd = 0;

  connectedCallback(): void {
    this.svg = this.querySelector('svg') ?? undefined;
    // Read once: show() checks it on every progress change while the reader scrolls.
    this.stepIds = (this.dataset.steps ?? '').split(' ').filter(Boolean);
    this.state = { step: this.dataset.currentStep ?? this.steps[0] ?? '', progress: 1 };
    this.observer = new ResizeObserver(() => this.measure());
    // Woken before and connected again (moved): it measures again, but need not load twice.
    if (this.woken) {
      if (this.live) this.observer.observe(this);
      return;
    }
    // A slide's chart (data-wake="shown") waits to be shown: its slides are stacked, so every one is in view, and the
    // SVG drawn at build time is already right at the slide's fixed size.
    if (this.dataset.wake === 'shown') return;
    this.nearby = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.wake();
      },
      { rootMargin: '50% 0px' },
    );
    this.nearby.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.nearby?.disconnect();
  }

  /** The chart's step ids, from the page (known before its code loads). */
  get steps(): readonly string[] {
    return this.stepIds;
  }

  /** The step currently shown (or to be drawn once the chart's code arrives). */
  get step(): string {
    return this.state.step;
  }

  /** Resolves once the chart's code has loaded and its current step is drawn (or at once when it cannot load). */
  ready(): Promise<void> {
    this.wake();
    return this.loading ?? Promise.resolve();
  }

  /** Shows a step; animated unless `animate` is false or the reader prefers reduced motion. An unknown step is ignored. */
  show(step: string, progress: number, animate: boolean): void {
    if (!this.steps.includes(step)) return;
    this.wake();
    if (step === this.state.step && progress === this.state.progress) return;
    const stepChanged = step !== this.state.step;
    this.state = { step, progress };
    if (!stepChanged) {
      // Progress within a step: finish any running step transition rather than cutting it short.
      this.draw(Math.max(0, this.transitionEnd - performance.now()));
      return;
    }
    const duration = animate ? transitionMs() : 0;
    this.transitionEnd = performance.now() + duration;
    this.draw(duration);
  }

  /** Near the viewport (unless it waits to be shown), or told a step: loads the chart once, then measures (and so draws) it. */
  private wake(): void {
    if (this.woken) return;
    this.woken = true;
    this.nearby?.disconnect();
    this.nearby = undefined;
    markBusy(this); // at rest again once its code has loaded and drawn
    this.loading = load(this.dataset.chart ?? '').then((live) => {
      this.live = live;
      this.observer?.observe(this);
      // Measure now rather than wait for the observer's first callback, which WebKit can deliver a second or more late.
      this.measure();
      // Nothing to draw yet (hidden, or no chart): at rest as it is.
      if (!this.drawn) markSettled(this);
    });
  }

  private measure(): void {
    const width = Math.round(this.clientWidth);
    const height = Math.round(this.clientHeight);
    if (width < 10 || height < 10) return;
    if (this.size && this.size.width === width && this.size.height === height) return;
    this.size = { width, height };
    this.drawn = '';
    this.draw(0);
  }

  private draw(duration: number): void {
    if (!this.live || !this.svg || !this.size) return;
    const marks = this.live.chart.layout(this.state, this.size);
    const signature = JSON.stringify(marks);
    if (signature === this.drawn) return;
    this.drawn = signature;
    this.svg.setAttribute('viewBox', `0 0 ${this.size.width} ${this.size.height}`);
    // The settled signal tests await (data-settled): busy until the marks have reached this step's drawing.
    this.live.draw(this.svg, marks, duration, markBusy(this));
    this.svg.setAttribute('aria-label', this.live.chart.describe(this.state.step));
    this.dataset.currentStep = this.state.step;
  }
}

if (!customElements.get('story-chart')) customElements.define('story-chart', StoryChart);
