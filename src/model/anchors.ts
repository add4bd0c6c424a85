/** Why each assumption's preset range is what it is: a short note built from the sourced figures (server side only). */
import { text } from '../lib/figure';
import type { InputKey } from './assumptions';

/** One short note per assumption, every number read from the facts module. */
export function anchorNotes(): Record<InputKey, string> {
  return {
    gpus: `Hopper-class GPUs. Estimates run from ${text('fleet.estimateLow')} (ChinaTalk) to ${text('fleet.estimateHigh')} (Dylan Patel); SemiAnalysis reportedly counts about ${text('fleet.hoppersReported')} Hoppers.`,
    pricePerGpu: `Press reports put an H100 at ${text('gpu.priceLow')}–${text('gpu.priceHigh')}; ${text('gpu.price')} is Lambert’s assumption. Cheaper H20s in the fleet pull the average down.`,
    systemMultiplier: `Epoch AI: servers cost ${text('epoch.serverMultiplier')} the chips, the cluster network ${text('epoch.networkMultiplier')} more, about ${text('epoch.systemMultiplier')} in all at top-end clusters; Central assumes ${text('model.central.input.systemMultiplier')} for a mixed fleet.`,
    depreciationYears: `Hardware price-performance improves about ${text('epoch.hardwareOom')} orders of magnitude a year (Epoch AI), so GPUs lose value fast.`,
    kwPerGpu: `A GPU draws ${text('power.gpuKw')}, its share of the server ${text('power.serverKw')}, plus ${text('power.overhead')} for storage and network (SemiAnalysis).`,
    pue: `Epoch AI uses ${text('power.pue')} for data centres other than the hyperscalers’ (Appendix A.4).`,
    load: 'Epoch AI assumes GPUs draw less than their full rated power on average; 1 means flat out all year.',
    usdPerKwh: `SemiAnalysis prices the power of its 100K-GPU cluster at about ${text('power.usdPerKwh')}.`,
    otherPerGpuYear: `Our reading of the ${text('fleet.operatingCost')} operating cost SemiAnalysis reported (probably over several years).`,
    headcount: `${text('staff.authorsQuoted')} technical authors counted by Lambert; ${text('staff.people')} people named in the DeepSeek-V3 report.`,
    costPerHead: `DeepSeek reportedly offered some hires more than ${text('staff.topOffer')}; the US median in Epoch AI’s study is ${text('epoch.staffMedian')}.`,
    experimentMultiplier: `Lambert: pretraining experiments likely took ${text('exp.multiplierLow')}–${text('exp.multiplierHigh')} the reported compute, read here as on top of the run. The model assumes an owned fleet (not known), so they do not add to the total.`,
    rentalPerGpuHour: `DeepSeek’s own assumption, ${text('v3.rentalPrice')}. It prices the final run and the rental cross-check, not the total.`,
  };
}
