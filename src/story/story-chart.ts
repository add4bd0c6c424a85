/** <story-chart data-chart="slug">: a section's live chart, redrawn at its real size for the step it is told. */
import { chartFor } from '../charts/index';
import { drawMarks } from '../charts/draw';
import type { Chart, Size, StepState } from '../charts/types';
import { transitionMs } from './motion';
import { markBusy } from './settled';

/** The custom element wrapping a chart's SVG. */
export class StoryChart extends HTMLElement {
  private chart?: Chart;
  private svg?: SVGSVGElement;
  private state: StepState = { step: '', progress: 1 };
  private size?: Size;
  private observer?: ResizeObserver;
  /** Waits for the chart to come near the viewport before its first client-side draw. */
  private nearby?: IntersectionObserver;
  /** The marks last drawn, serialised, so unchanged redraws are skipped. */
  private drawn = '';
  /** When the running step transition ends (ms, performance clock). */
  private transitionEnd = 0;

  connectedCallback(): void {
    this.chart = chartFor(this.dataset.chart ?? '');
    this.svg = this.querySelector('svg') ?? undefined;
    this.state = { step: this.dataset.currentStep ?? this.chart?.steps[0] ?? '', progress: 1 };
    this.observer = new ResizeObserver(() => this.measure());
    // Until the reader nears it, a chart keeps its server-drawn SVG: no layout or drawing work at page load.
    this.nearby = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.wake();
      },
      { rootMargin: '50% 0px' },
    );
    this.nearby.observe(this);
  }

  /** Starts measuring (and so drawing) the chart: it is near the viewport, or has been told a step. */
  private wake(): void {
    if (!this.nearby) return;
    this.nearby.disconnect();
    this.nearby = undefined;
    this.observer?.observe(this);
    // Measure now rather than wait for the observer's first callback, which WebKit can deliver a second or
    // more late (an embed would show its server-drawn step meanwhile); later size changes come from the observer.
    this.measure();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.nearby?.disconnect();
  }

  /** Shows a step; animated unless `animate` is false or the reader prefers reduced motion. */
  show(step: string, progress: number, animate: boolean): void {
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

  /** The step currently drawn. */
  get step(): string {
    return this.state.step;
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
    if (!this.chart || !this.svg || !this.size) return;
    const marks = this.chart.layout(this.state, this.size);
    const signature = JSON.stringify(marks);
    if (signature === this.drawn) return;
    this.drawn = signature;
    this.svg.setAttribute('viewBox', `0 0 ${this.size.width} ${this.size.height}`);
    drawMarks(this.svg, marks, duration);
    markBusy(this, duration); // the settled signal tests await (data-settled)
    this.svg.setAttribute('aria-label', this.chart.describe(this.state.step));
    this.dataset.currentStep = this.state.step;
  }
}

if (!customElements.get('story-chart')) customElements.define('story-chart', StoryChart);
