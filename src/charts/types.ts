/** The contract every chart meets: a pure layout from (step state, size) to marks, plus words and a table. */
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

export interface RectMark extends MarkBase { kind: 'rect'; x: number; y: number; width: number; height: number; rx?: number }
export interface CircleMark extends MarkBase { kind: 'circle'; cx: number; cy: number; r: number }
export interface LineMark extends MarkBase { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width?: number; dashed?: boolean }
export interface PathMark extends MarkBase { kind: 'path'; d: string; stroke?: Tone; fillOpacity?: number }
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

/** A section's chart. */
export interface Chart {
  slug: ChartSlug;
  /** The figcaption: what the chart is, in one line. */
  caption: string;
  /** The step ids, in story order (from steps.ts). */
  steps: readonly string[];
  /** The marks for a step at a size. Pure: the same input always gives the same marks. */
  layout: (state: StepState, size: Size) => Mark[];
  /** A sentence describing what the step shows, for the text alternative. */
  describe: (step: string) => string;
  /** The chart's numbers. */
  table: () => DataTable;
}

/** The order marks are layered in: shapes below, text on top. */
export const markKinds = ['rect', 'circle', 'path', 'line', 'text'] as const;
