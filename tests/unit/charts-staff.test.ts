import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';

const staffChart = charts.staff;
import type { CircleMark, LineMark, Mark } from '../../src/charts/types';
import { text, value } from '../../src/lib/figure';
import { find, layoutOf, server, words } from '../support/chart-checks';
import { textWidth } from '../../src/charts/text';

const layout = layoutOf(staffChart);
const circles = (marks: Mark[], prefix: string): CircleMark[] =>
  marks.filter((m): m is CircleMark => m.kind === 'circle' && m.key.startsWith(prefix));

describe('the staff chart', () => {
  it('draws one mark per research author in staff-authors, beside one per author in Lambert’s count', () => {
    const marks = layout('staff-authors');
    expect(circles(marks, 'person-research-')).toHaveLength(value('staff.researchAuthors'));
    expect(circles(marks, 'lambert-')).toHaveLength(value('staff.authorsQuoted'));
    expect(find(marks, 'count-quoted', 'text').text).toBe(text('staff.authorsQuoted'));
    expect(find(marks, 'count-paper', 'text').text).toBe(text('staff.researchAuthors'));
  });

  it('sets the authors who have left apart from the current ones in staff-authors', () => {
    const research = circles(layout('staff-authors'), 'person-research-');
    expect(research.filter((m) => m.tone === 'muted')).toHaveLength(value('staff.departed'));
    expect(research.filter((m) => m.tone !== 'muted')).toHaveLength(value('staff.researchCurrent'));
  });

  it('lights the authors’ dots during the first half of staff-authors while the counts print the final figures', () => {
    const lit = (progress: number) => circles(layout('staff-authors', server, progress), 'person-research-').filter((m) => m.opacity === 1).length;
    expect(lit(0.1)).toBeLessThan(lit(0.3));
    expect(lit(0.5)).toBe(value('staff.researchAuthors'));
    expect(find(layout('staff-authors', server, 0.1), 'count-paper', 'text').text).toBe(text('staff.researchAuthors'));
    expect(find(layout('staff-authors', server, 0.1), 'count-quoted', 'text').text).toBe(text('staff.authorsQuoted'));
  });

  it('draws every name in the appendix by role in staff-roles, keeping the research authors’ marks from staff-authors', () => {
    const marks = layout('staff-roles');
    expect(circles(marks, 'person-')).toHaveLength(value('staff.entries'));
    expect(circles(marks, 'person-annotation-')).toHaveLength(value('staff.annotation'));
    expect(circles(marks, 'person-business-')).toHaveLength(value('staff.business'));
    const before = new Set(circles(layout('staff-authors'), 'person-research-').map((m) => m.key));
    expect(circles(marks, 'person-research-').every((m) => before.has(m.key))).toBe(true);
  });

  it('labels each role directly with its count in staff-roles, one colour per role', () => {
    const marks = layout('staff-roles');
    for (const id of ['staff.researchAuthors', 'staff.annotation', 'staff.business']) expect(words(marks)).toContain(text(id));
    const tones = ['research', 'annotation', 'business'].map((role) => circles(marks, `person-${role}-`)[0]?.tone);
    expect(new Set(tones).size).toBe(3);
  });

  it('places each cost per head in dollar order in staff-pay, Epoch’s median inside its interval', () => {
    const marks = layout('staff-pay');
    const x = (id: string) => find(marks, `dot-${id}`, 'circle').cx;
    expect(x('model.low.input.costPerHead')).toBeLessThan(x('model.central.input.costPerHead'));
    expect(x('model.central.input.costPerHead')).toBeLessThan(x('model.high.input.costPerHead'));
    expect(x('model.high.input.costPerHead')).toBeLessThan(x('staff.topOffer'));
    const interval = find(marks, 'range-epoch', 'line');
    expect(x('epoch.staffMedian')).toBeGreaterThan(interval.x1);
    expect(x('epoch.staffMedian')).toBeLessThan(interval.x2);
    for (const id of ['epoch.staffLow', 'epoch.staffMedian', 'epoch.staffHigh', 'model.central.input.costPerHead']) {
      expect(find(marks, `value-${id}`, 'text').text).toBe(text(id));
    }
  });

  it('draws the team’s yearly cost to scale in staff-pay, every preset above Lambert’s floor', () => {
    const marks = layout('staff-pay');
    const x = (id: string) => find(marks, `dot-${id}`, 'circle').cx;
    const floor: LineMark = find(marks, 'floor', 'line');
    const zero =
      x('model.low.staffPerYear') -
      ((x('model.high.staffPerYear') - x('model.low.staffPerYear')) * value('model.low.staffPerYear')) /
        (value('model.high.staffPerYear') - value('model.low.staffPerYear'));
    const perDollar = (x('model.high.staffPerYear') - zero) / value('model.high.staffPerYear');
    expect(x('model.central.staffPerYear')).toBeCloseTo(zero + perDollar * value('model.central.staffPerYear'), 3);
    expect(x('staff.atUsMedian')).toBeCloseTo(zero + perDollar * value('staff.atUsMedian'), 3);
    expect(floor.x1).toBeCloseTo(zero + perDollar * value('staff.floor'), 3);
    expect(floor.x1).toBeLessThan(x('model.low.staffPerYear'));
    expect(words(marks)).toContain(text('staff.atUsMedian'));
  });

  it('describes each step with its key figures', () => {
    expect(staffChart.describe('staff-authors')).toContain(text('staff.authorsQuoted'));
    expect(staffChart.describe('staff-authors')).toContain(text('staff.researchAuthors'));
    expect(staffChart.describe('staff-roles')).toContain(text('staff.entries'));
    expect(staffChart.describe('staff-pay')).toContain(text('staff.floor'));
    expect(staffChart.describe('staff-pay')).toContain(text('epoch.staffMedian'));
    expect(staffChart.describe('staff-pay')).toContain(text('staff.atUsMedian'));
  });

  it('gives the counts and the pay figures in its table', () => {
    const cells = staffChart.table().rows.flat().join(' ');
    for (const id of [
      'staff.authorsQuoted',
      'staff.researchAuthors',
      'staff.entries',
      'epoch.staffMedian',
      'staff.topOffer',
      'model.central.staffPerYear',
    ]) {
      expect(cells).toContain(text(id));
    }
  });

  it('sets each staff-pay row on one line on a phone-sized chart, its range in its label and its dots beside it', () => {
    const phone = { width: 320, height: 152 };
    const marks = layout('staff-pay', phone);
    const label = find(marks, 'label-model', 'text');
    expect(label.text).toContain(text('model.low.input.costPerHead'));
    expect(label.text).toContain(text('model.high.input.costPerHead'));
    for (const id of ['model.low.input.costPerHead', 'model.high.input.costPerHead']) {
      const dot = find(marks, `dot-${id}`, 'circle');
      expect(Math.abs(dot.cy - label.y)).toBeLessThan(label.size ?? 12);
      expect(dot.cx - dot.r).toBeGreaterThan(label.x + textWidth(label.text, label.size ?? 12));
    }
    expect(marks.some((m) => m.key.startsWith('value-'))).toBe(false);
  });
});
