/** The article's client entry: the step controller drives each section's chart. */
import { toolsFollowStep } from './chart-tools';
import { startReaderPlace } from './reader-place';
import { followRenamedStep } from './step-address';
import { startStepAccess } from './step-access';
import { createStepController } from './step-controller';
import { StoryChart } from './story-chart';

followRenamedStep();

const chartsBySection = new Map<string, StoryChart>();
for (const el of document.querySelectorAll<StoryChart>('story-chart')) {
  const section = el.closest('section')?.id;
  if (section) chartsBySection.set(section, el);
}
const steps = [...document.querySelectorAll<HTMLElement>('.scrolly .step[data-step]')];
const access = startStepAccess(steps);

createStepController(steps, (position, jumped) => {
  const chart = chartsBySection.get(position.section);
  chart?.show(position.step, position.progress, !jumped);
  toolsFollowStep(chart?.closest('figure'), position.step);
  access.onStep(position);
});

startReaderPlace();
