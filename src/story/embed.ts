/** Embed pages: the chart sized to its frame, showing the step named by ?step=<id> (an old id too; else its first), and its tools. */
import { currentStepId } from '../charts/step-aliases';
import { toolsFollowStep } from './chart-tools';
import { enableShareButtons } from './share-buttons';
import { StoryChart } from './story-chart';

const element = document.querySelector<StoryChart>('story-chart');
const asked = new URLSearchParams(window.location.search).get('step');
const step = asked ? currentStepId(asked) : undefined;
if (element instanceof StoryChart && step && element.steps.includes(step)) {
  element.show(step, 1, false);
  toolsFollowStep(document, step);
}
enableShareButtons();
