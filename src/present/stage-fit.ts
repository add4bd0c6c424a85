/** Scales a fixed-size slide stage to fit its box, whatever the window: sets `--stage-scale` on the stage. */
import { fitScale } from './stage';

/** Keeps `stage` fitted inside `box`; returns the teardown. */
export function fitStage(box: HTMLElement, stage: HTMLElement): () => void {
  const fit = (): void => {
    stage.style.setProperty('--stage-scale', String(fitScale({ width: box.clientWidth, height: box.clientHeight })));
  };
  const observer = new ResizeObserver(fit);
  observer.observe(box);
  fit();
  return () => observer.disconnect();
}
