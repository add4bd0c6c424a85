/** Why each assumption's preset range is what it is: a short note built from the sourced figures (server side only). */
import { text } from '../lib/figure';
import type { InputKey } from './assumptions';

/** One short note per assumption, every number read from the facts module. */
export function anchorNotes(): Record<InputKey, string> {
  return {
    gpus: `Estimates run from ${text('fleet.estimateLow')} to ${text('fleet.estimateHigh')} A100-equivalents; ${text('fleet.hoppersReported')} Hopper GPUs were reported.`,
    pricePerGpu: `The market price of a Hopper GPU: ${text('gpu.priceLow')}–${text('gpu.priceHigh')}; ${text('gpu.price')} is Lambert’s assumption.`,
    systemMultiplier: `Epoch AI: servers cost ${text('epoch.serverMultiplier')} the chips, the cluster network ${text('epoch.networkMultiplier')} more, about ${text('epoch.systemMultiplier')} in all.`,
    depreciationYears: `Hardware price-performance improves about ${text('epoch.hardwareOom')} orders of magnitude a year (Epoch AI), so GPUs lose value fast.`,
    kwPerGpu: `A GPU draws ${text('power.gpuKw')}, its share of the server ${text('power.serverKw')}, plus ${text('power.overhead')} for storage and network (SemiAnalysis).`,
    pue: `SemiAnalysis uses ${text('power.pue')} for a modern AI data centre; older halls run higher.`,
    load: 'Epoch AI assumes GPUs draw less than their full rated power on average; 1 means flat out all year.',
    usdPerKwh: `SemiAnalysis prices US industrial power at about ${text('power.usdPerKwh')}.`,
    otherPerGpuYear: `Our reading of the ${text('fleet.operatingCost')} operating cost SemiAnalysis reported (probably over several years).`,
    headcount: `${text('staff.authorsQuoted')} technical authors counted by Lambert; ${text('staff.people')} people named in the DeepSeek-V3 report.`,
    costPerHead: `Offers of up to ${text('staff.topOffer')} reported in China; the US median in Epoch AI’s study is ${text('epoch.staffMedian')}.`,
    experimentMultiplier: `Lambert: research and ablations take ${text('exp.multiplierLow')}–${text('exp.multiplierHigh')} the final run’s compute. They run on the owned fleet, so they do not add to the total.`,
    rentalPerGpuHour: `DeepSeek’s own assumption, ${text('v3.rentalPrice')}. It prices the final run and the rental cross-check, not the total.`,
  };
}
