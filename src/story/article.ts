/** The article's client entry: the reader's position drives each section's chart. */
import { toolsFollowStep } from './chart-tools';
import { startReaderPlace } from './reader-place';
import { createReaderPosition } from './reader-position';
import { followRenamedStep } from './step-address';
import { startStepAccess } from './step-access';
import { StoryChart } from './story-chart';

followRenamedStep();

const chartsBySection = new Map<string, StoryChart>();
for (const el of document.querySelectorAll<StoryChart>('story-chart')) {
  const section = el.closest('section')?.id;
  if (section) chartsBySection.set(section, el);
}
const steps = [...document.querySelectorAll<HTMLElement>('.scrolly .step[data-step]')];
const sections = [...document.querySelectorAll<HTMLElement>('main section[id]')];
const reader = createReaderPosition({ steps, sections, article: document.querySelector('main') ?? document.body });

reader.onStep((position, jumped) => {
  const chart = chartsBySection.get(position.section);
  chart?.show(position.step, position.progress, !jumped);
  toolsFollowStep(chart?.closest('figure'), position.step);
});
startStepAccess(steps, reader);
startReaderPlace(reader);
