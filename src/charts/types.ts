/** The contract every chart meets: a step table of pure layouts from (data, step state, size) to marks, plus words and a table. */
import type { FigureId } from '../../content/facts';
import type { ChartSlug } from './steps';

/** The drawing area, in SVG user units (CSS pixels in the browser). */
export interface Size {
  width: number;
  height: number;
}

/** Which step is showing, and how far the reader has scrolled through it (0–1; 1 in the deck). */
export interface StepState {
  step: string;
  progress: number;
}

/** Colour roles, mapped to theme custom properties on the page and to fixed colours on cards. */
export type Tone = 'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6' | 'ink' | 'muted' | 'grid' | 'none';

interface MarkBase {
  /** Stable identity across steps: the join key. */
  key: string;
  tone: Tone;
  /** 0–1; marks fade in and out through opacity. */
  opacity?: number;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
}
export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}
export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width?: number;
  dashed?: boolean;
}
export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
  stroke?: Tone;
  fillOpacity?: number;
}
export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Font size in user units. */
  size?: number;
  weight?: 'normal' | 'bold';
}

/** One drawn element. */
export type Mark = RectMark | CircleMark | LineMark | PathMark | TextMark;

/** A chart's numbers as a table for screen readers and "Show the data". */
export interface DataTable {
  columns: string[];
  rows: string[][];
}

/** What a chart reads of a figure: its value, its text as printed, and for a computed figure the formula in words. */
export interface FigureView {
  value: number;
  text: string;
  formula?: string;
}

/** A chart's data: the figures it names, by id. Computed at build time from the facts module and serialized into the page. */
export type ChartFigures<Id extends FigureId> = Readonly<Record<Id, FigureView>>;

/** One step of a chart, as a row of its step table: the step's marks and its sentence, both from the chart's data. */
export interface StepView<D> {
  /** The marks for the step at a size. Pure: the same input always gives the same marks. */
  layout(data: D, state: StepState, size: Size): Mark[];
  /** A sentence describing what the step shows, for the text alternative. */
  describe(data: D): string;
}

/** A chart as written: the figures it reads, its step table (in story order) and its table of numbers. */
export interface ChartSpec<Id extends FigureId = FigureId> {
  slug: string;
  /** The figcaption: what the chart is, in one line. */
  caption: string;
  /** Every figure the chart reads; its data holds these and only these. */
  figures: readonly Id[];
  /** The steps, in story order: the one place a chart's step ids are written. */
  steps: Readonly<Record<string, StepView<ChartFigures<Id>>>>;
  /** The chart's numbers, for screen readers and "Show the data". */
  table(data: ChartFigures<Id>): DataTable;
}

/** Declares a chart, inferring its figure ids so that reading an id it does not list is a type error. */
export const defineChart = <Id extends FigureId>(spec: ChartSpec<Id>): ChartSpec<Id> => spec;

/** A chart bound to its data: what the page, the deck, cards and embeds draw with. */
export interface Chart {
  slug: ChartSlug;
  caption: string;
  /** The step ids, in story order. */
  steps: readonly string[];
  /** The marks for a step at a size. */
  layout: (state: StepState, size: Size) => Mark[];
  /** A sentence describing what the step shows. */
  describe: (step: string) => string;
  /** The chart's numbers. */
  table: () => DataTable;
}

/** The order marks are layered in: shapes below, text on top. */
export const markKinds = ['rect', 'circle', 'path', 'line', 'text'] as const;
