/** Embed pages: the chart sized to its frame, showing the step named by ?step=<id> (else its first). */
import { chartFor } from '../charts/index';
import { StoryChart } from './story-chart';

const element = document.querySelector<StoryChart>('story-chart');
const step = new URLSearchParams(window.location.search).get('step');
if (element instanceof StoryChart && step && chartFor(element.dataset.chart ?? '')?.steps.includes(step)) {
  element.show(step, 1, false);
}
