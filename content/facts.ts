/**
 * Every figure the site shows, with its source and status. Prose reads these through <Fig id="…" />,
 * charts through `figure(id)`. Derived figures are computed from the figures they name, never typed.
 */
import { derived, given, resolveFacts, type FactSpec } from '../src/lib/facts';
import type { Format } from '../src/lib/format';
import { computeCosts, type Costs } from '../src/model/cost';
import { presets, scenarios, type PresetName, type ScenarioName } from '../src/model/inputs';

const usd: Format = { kind: 'usd' };
const count: Format = { kind: 'number' };
const compact: Format = { kind: 'number', compact: true };
const gpuHours: Format = { kind: 'number', compact: true, suffix: ' GPU-hours' };
const times: Format = { kind: 'multiplier' };
const share: Format = { kind: 'percent' };
const one = (suffix = ''): Format => ({ kind: 'number', digits: 1, suffix });
const whole = (suffix: string): Format => ({ kind: 'number', suffix });

const HOURS_PER_DAY = 24;
const HOURS_PER_YEAR = 8_760;

/** The headline run: DeepSeek-V3 report, Table 1 and Sections 1–3. Table 1's totals are typed as the report states them; tests check they add up. */
const headline = {
  'v3.gpuHours.pretrain': given(
    2_664_000,
    { kind: 'number', compact: true, precision: 4, suffix: ' GPU-hours' },
    'ds-v3',
    'Table 1, p. 5',
    'confirmed',
  ),
  'v3.gpuHours.context': given(119_000, gpuHours, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.gpuHours.post': given(5_000, gpuHours, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.gpuHours.total': given(2_788_000, { kind: 'number', compact: true, precision: 4, suffix: ' GPU-hours' }, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.rentalPrice': given(2, { kind: 'usd', suffix: ' per GPU-hour' }, 'ds-v3', 'Table 1, p. 5 (the rental price DeepSeek assumes)', 'confirmed'),
  'v3.cost.pretrain': given(5.328e6, usd, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.cost.context': given(0.238e6, usd, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.cost.post': given(0.01e6, usd, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.cost.total': given(5.576e6, usd, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.cost.totalExact': given(5.576e6, { kind: 'usd', digits: 3 }, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.clusterGpus': given(2_048, count, 'ds-v3', 'Section 3.1, compute clusters', 'confirmed'),
  'v3.gpusPerNode': given(8, count, 'ds-v3', 'Section 3.1, compute clusters', 'confirmed'),
  'v3.clusterNodes': derived(['v3.clusterGpus', 'v3.gpusPerNode'], (g, n) => g / n, '2,048 GPUs ÷ 8 per node', count),
  'v3.gpuHoursPerTrillion': given(180_000, gpuHours, 'ds-v3', 'Section 1, introduction', 'confirmed'),
  'v3.daysPerTrillion': given(3.7, one(' days'), 'ds-v3', 'Section 1, introduction', 'confirmed'),
  'v3.tokens': given(14.8e12, compact, 'ds-v3', 'Abstract; Section 4.1', 'confirmed'),
  'v3.pretrainDays': derived(
    ['v3.gpuHours.pretrain', 'v3.clusterGpus'],
    (h, g) => h / g / HOURS_PER_DAY,
    'pre-training GPU-hours ÷ 2,048 GPUs ÷ 24 hours',
    whole(' days'),
  ),
  'v3.totalDays': derived(
    ['v3.gpuHours.total', 'v3.clusterGpus'],
    (h, g) => h / g / HOURS_PER_DAY,
    'all training GPU-hours ÷ 2,048 GPUs ÷ 24 hours',
    whole(' days'),
  ),
  'v3.params.total': given(671e9, compact, 'ds-v3', 'Abstract', 'confirmed'),
  'v3.params.active': given(37e9, compact, 'ds-v3', 'Abstract', 'confirmed'),
  'v3.activeShare': derived(['v3.params.active', 'v3.params.total'], (a, t) => a / t, 'active ÷ total parameters', { kind: 'percent', digits: 1 }),
  'v3.experts.routed': given(256, count, 'ds-v3', 'Section 4.2, hyper-parameters', 'confirmed'),
  'v3.experts.active': given(8, count, 'ds-v3', 'Section 4.2, hyper-parameters', 'confirmed'),
  'v3.experts.shared': given(1, count, 'ds-v3', 'Section 4.2, hyper-parameters', 'confirmed'),
  'v3.layers': given(61, count, 'ds-v3', 'Section 4.2, hyper-parameters', 'confirmed'),
} satisfies Record<string, FactSpec>;

/** The techniques (DeepSeek-V3 report) and the hardware they run on. */
const techniques = {
  'v3.mtpSpeedup': given(1.8, times, 'ds-v3', 'Section 5.4.3, multi-token prediction for speculative decoding', 'confirmed'),
  'v3.fp8LossGap': given(
    0.0025,
    { kind: 'percent', digits: 2 },
    'ds-v3',
    'Section 3.3, FP8 training: relative loss error, validated on smaller models',
    'confirmed',
  ),
  'v3.maxNodesPerToken': given(4, count, 'ds-v3', 'Section 3.2.2, each token sent to at most 4 nodes', 'confirmed'),
  'v3.infinibandOffered': given(50, whole(' GB/s'), 'ds-v3', 'Section 3.2.2, the InfiniBand bandwidth the cluster offers', 'confirmed'),
  'v3.nvlinkOffered': given(
    160,
    whole(' GB/s'),
    'ds-v3',
    'Section 3.2.2, the NVLink bandwidth the cluster "offers" (not a measurement)',
    'confirmed',
  ),
  'h100.nvlink': given(900, whole(' GB/s'), 'nvidia-h100', 'Specifications table, NVLink', 'confirmed'),
  'h800.nvlink': given(400, whole(' GB/s'), 'sa-china-2023', 'The H800\u2019s NVLink cap, as SemiAnalysis reported it', 'reported'),
  'h100.bf16Dense': given(989, whole(' TFLOP/s'), 'nvidia-h100', 'Specifications table, BF16 (half the "with sparsity" figure)', 'confirmed'),
  'h100.fp8Dense': given(1_979, whole(' TFLOP/s'), 'nvidia-h100', 'Specifications table, FP8 (half the "with sparsity" figure)', 'confirmed'),
  'h100.fp8Speedup': derived(['h100.fp8Dense', 'h100.bf16Dense'], (f, b) => f / b, 'FP8 ÷ BF16 dense throughput on paper', times),
} satisfies Record<string, FactSpec>;

/** Llama 3.1 405B and the compute comparison. */
const peers = {
  'llama405.gpuHours': given(30.84e6, gpuHours, 'llama-card', 'Training energy use table', 'confirmed'),
  'llama.family.gpuHours': given(39.3e6, gpuHours, 'llama-card', 'Training energy use table (8B + 70B + 405B)', 'confirmed'),
  'llama405.params': given(405e9, compact, 'llama-paper', 'Section 1', 'confirmed'),
  'llama405.tokens': given(15.6e12, compact, 'llama-paper', 'Section 3.1', 'confirmed'),
  'llama405.flops': given(3.8e25, { kind: 'sci', suffix: ' FLOPs' }, 'llama-paper', 'Section 3.2.1, scaling laws', 'confirmed'),
  'llama405.gpus': given(16_000, count, 'llama-paper', 'Section 3.3.1', 'confirmed'),
  'llama405.mfuLow': given(0.38, share, 'llama-paper', 'Table 4, BF16 model FLOPs utilisation', 'confirmed'),
  'llama405.mfuHigh': given(0.43, share, 'llama-paper', 'Table 4, BF16 model FLOPs utilisation', 'confirmed'),
  'peers.gpuHoursRatio': derived(
    ['llama405.gpuHours', 'v3.gpuHours.total'],
    (l, v) => l / v,
    'Llama 3.1 405B GPU-hours ÷ DeepSeek-V3 GPU-hours',
    times,
  ),
  'llama405.rentalCost': derived(
    ['llama405.gpuHours', 'v3.rentalPrice'],
    (h, p) => h * p,
    'Llama 3.1 405B GPU-hours × DeepSeek\u2019s $2 rental price',
    usd,
  ),
  'v3.flops': derived(['v3.params.active', 'v3.tokens'], (p, t) => 6 * p * t, '6 × active parameters × training tokens', {
    kind: 'sci',
    suffix: ' FLOPs',
  }),
  'peers.flopsRatio': derived(['llama405.flops', 'v3.flops'], (l, v) => l / v, 'Llama 3.1 405B FLOPs ÷ DeepSeek-V3 FLOPs', times),
  'v3.usefulTflops': derived(['v3.flops', 'v3.gpuHours.total'], (f, h) => f / (h * 3600) / 1e12, 'training FLOPs ÷ GPU-seconds', whole(' TFLOP/s')),
  'llama405.usefulTflops': derived(
    ['llama405.flops', 'llama405.gpuHours'],
    (f, h) => f / (h * 3600) / 1e12,
    'training FLOPs ÷ GPU-seconds',
    whole(' TFLOP/s'),
  ),
  'chinchilla.tokensPerParam': given(20, count, 'chinchilla', 'Section 3, compute-optimal scaling (about 20 tokens per parameter)', 'confirmed'),
  'v3.tokensPerActiveParam': derived(['v3.tokens', 'v3.params.active'], (t, p) => t / p, 'training tokens ÷ active parameters', count),
} satisfies Record<string, FactSpec>;

/** DeepSeek-V3 report, Table 6: chat models on six benchmarks (scores in points). */
const benchmarkScores = {
  math500: [90.2, 78.3, 74.6, 73.8, 80.0],
  aime2024: [39.2, 16.0, 9.3, 23.3, 23.3],
  codeforces: [51.6, 20.3, 23.6, 25.3, 24.8],
  swebench: [42.0, 50.8, 38.8, 24.5, 23.8],
  gpqa: [59.1, 65.0, 49.9, 51.1, 49.0],
  mmluPro: [75.9, 78.0, 72.6, 73.3, 71.6],
} satisfies Record<string, [number, number, number, number, number]>;
/** The models of Table 6, in its column order. */
export const benchmarkModels = ['v3', 'claude35', 'gpt4o', 'llama405', 'qwen72'] as const;
type BenchmarkId = `bench.${keyof typeof benchmarkScores}.${(typeof benchmarkModels)[number]}`;
const benchmarks = Object.fromEntries(
  Object.entries(benchmarkScores).flatMap(([bench, scores]) =>
    scores.map((score, i) => [`bench.${bench}.${benchmarkModels[i]}`, given(score, one(), 'ds-v3', 'Table 6, chat models', 'confirmed')]),
  ),
) as Record<BenchmarkId, FactSpec>;

const lambertExperiments = 'Section "DeepSeek\u2019s compute transparency and reality": pretraining experiments "2-4 times the reported number"';
const epochRatio = 'Section 2.5 and Appendix A.6: 90% interval (and median) of total ÷ final-run compute, from a handful of documented cases';
/** The experiments the final run leaves out. */
const experiments = {
  'exp.multiplierLow': given(2, times, 'lambert', lambertExperiments, 'claim'),
  'exp.multiplierHigh': given(4, times, 'lambert', lambertExperiments, 'claim'),
  'exp.costLow': derived(
    ['exp.multiplierLow', 'v3.cost.total'],
    (m, c) => m * c,
    '2 × the $5.576M final run (this page\u2019s arithmetic on Lambert\u2019s multiplier)',
    usd,
  ),
  'exp.costHigh': derived(
    ['exp.multiplierHigh', 'v3.cost.total'],
    (m, c) => m * c,
    '4 × the $5.576M final run (this page\u2019s arithmetic on Lambert\u2019s multiplier)',
    usd,
  ),
  'exp.costPretrainLow': derived(['exp.multiplierLow', 'v3.cost.pretrain'], (m, c) => m * c, '2 × the $5.328M pre-training stage alone', usd),
  'exp.costPretrainHigh': derived(['exp.multiplierHigh', 'v3.cost.pretrain'], (m, c) => m * c, '4 × the $5.328M pre-training stage alone', usd),
  'exp.totalLow': derived(['exp.multiplierLow'], (m) => 1 + m, 'the final run (1×) + 2× on top', times),
  'exp.totalHigh': derived(['exp.multiplierHigh'], (m) => 1 + m, 'the final run (1×) + 4× on top', times),
  'exp.smallParamsLow': given(
    1e9,
    compact,
    'lambert',
    'Section "DeepSeek\u2019s compute transparency and reality": de-risking runs "likely 1B-7B"',
    'claim',
  ),
  'exp.smallParamsHigh': given(
    7e9,
    compact,
    'lambert',
    'Section "DeepSeek\u2019s compute transparency and reality": de-risking runs "likely 1B-7B"',
    'claim',
  ),
  'exp.smallTokens': given(
    1e12,
    compact,
    'lambert',
    'Section "DeepSeek\u2019s compute transparency and reality": data "from Chinchilla optimal to 1T tokens"',
    'claim',
  ),
  'epoch.totalToFinalLow': given(1.2, times, 'epoch-costs', epochRatio, 'confirmed'),
  'epoch.totalToFinalHigh': given(4, times, 'epoch-costs', epochRatio, 'confirmed'),
  'epoch.totalToFinalMedian': given(2.2, times, 'epoch-costs', epochRatio, 'confirmed'),
  'tulu3.finetunes': given(1_000, count, 'lambert', 'First-hand: "we fine-tuned about 1000 models" for Tülu 3', 'claim'),
} satisfies Record<string, FactSpec>;

/** The fleet (Hopper-class GPUs throughout), its price and its power. */
const fleet = {
  'fleet.estimateLow': given(
    20_000,
    count,
    'lambert',
    'Estimates he cites: "20K (on ChinaTalk)", labelled "A100 equivalent" (unit unclear)',
    'reported',
  ),
  'fleet.estimateHigh': given(
    50_000,
    count,
    'lambert',
    'Estimates he cites: "50K (Dylan Patel)", a count of Hopper GPUs in Patel\u2019s own words',
    'reported',
  ),
  'fleet.hoppersReported': given(50_000, count, 'sa-debates', 'About 50K Hopper GPUs, as reported by CNBC', 'reported'),
  'fleet.h800sReported': given(10_000, count, 'sa-debates', 'About 10K of them H800s, as reported', 'reported'),
  'fleet.h100sReported': given(10_000, count, 'sa-debates', 'About 10K of them H100s, the rest H20s, as reported', 'reported'),
  'fleet.serverCapex': given(1.6e9, usd, 'sa-debates', 'Server CapEx, as reported by CNBC', 'reported'),
  'fleet.operatingCost': given(944e6, usd, 'sa-debates', 'Operating costs, as reported by CNBC (probably over several years)', 'reported'),
  'fleet.hardwareSpend': given(500e6, usd, 'sa-debates', 'Hardware spend "well over" this over the company\u2019s history, as reported', 'reported'),
  'highflyer.a100s2021': given(10_000, count, 'sa-debates', 'A100s High-Flyer bought in 2021, as reported', 'reported'),
  'gpu.price': given(30_000, usd, 'lambert', '"a market price of $30K for a single H100", his assumption', 'claim'),
  'gpu.priceLow': given(25_000, usd, 'cnbc-h100-price', 'Analysts\u2019 estimates of an H100\u2019s price, as reported', 'reported'),
  'gpu.priceHigh': given(40_000, usd, 'cnbc-h100-price', 'Analysts\u2019 estimates of an H100\u2019s price, as reported', 'reported'),
  'fleet.gpuCapexFloor': given(1e9, usd, 'lambert', 'GPU CapEx, "at least for H100s, is probably over $1B"', 'claim'),
  'v3.clusterGpuCost': derived(['v3.clusterGpus', 'gpu.price'], (g, p) => g * p, '2,048 training GPUs × $30K', usd),
  'fleet.gpusPerBillion': derived(['gpu.price'], (p) => Math.ceil(1e9 / p), '$1B ÷ $30K per GPU, rounded up', count),
  'fleet.gpuCapexHigh': derived(
    ['fleet.estimateHigh', 'gpu.price'],
    (g, p) => g * p,
    '50,000 GPUs × $30K, all priced as H100s (an upper reading: H20s cost far less)',
    usd,
  ),
  'epoch.serverMultiplier': given(1.64, { kind: 'multiplier', digits: 2 }, 'epoch-costs', 'Appendix A.1, chip-to-server cost', 'confirmed'),
  'epoch.networkMultiplier': given(1.23, { kind: 'multiplier', digits: 2 }, 'epoch-costs', 'Appendix A.1, cluster interconnect', 'confirmed'),
  'epoch.systemMultiplier': derived(
    ['epoch.serverMultiplier', 'epoch.networkMultiplier'],
    (s, n) => s * n,
    'server × interconnect multipliers',
    times,
  ),
  'fleet.systemCapexFloor': derived(
    ['fleet.gpuCapexFloor', 'epoch.systemMultiplier'],
    (c, m) => c * m,
    '$1B of chips × Epoch AI\u2019s server and network multipliers',
    usd,
  ),
  'power.gpuKw': given(0.7, one(' kW'), 'sa-100k', 'Power section: H100 TDP 700 W', 'confirmed'),
  'power.serverKw': given(0.575, { kind: 'number', digits: 3, suffix: ' kW' }, 'sa-100k', 'Power section: rest of the server per GPU', 'confirmed'),
  'power.overhead': given(0.1, share, 'sa-100k', 'Power section: storage and network', 'confirmed'),
  'power.kwPerGpu': derived(
    ['power.gpuKw', 'power.serverKw', 'power.overhead'],
    (g, s, o) => (g + s) * (1 + o),
    '(GPU + its share of the server) × (1 + storage and network)',
    one(' kW'),
  ),
  'power.pue': given(1.25, { kind: 'number', digits: 2 }, 'epoch-costs', 'Appendix A.4, PUE for data centres other than hyperscalers', 'confirmed'),
  'power.usdPerKwh': given(0.08, { kind: 'usd', suffix: ' per kWh' }, 'sa-100k', 'Power section: $0.078 per kWh, rounded', 'confirmed'),
  'power.scaleGpus': given(
    10_000,
    count,
    'this-page',
    'A round scaling base chosen here, echoing Lambert\u2019s "10K+ A/H100s"; in no source',
    'assumption',
  ),
  'power.costPer10k': derived(
    ['power.scaleGpus', 'power.kwPerGpu', 'power.pue', 'power.usdPerKwh'],
    (g, k, p, e) => g * k * p * HOURS_PER_YEAR * e,
    '10,000 GPUs × 1.4 kW × PUE 1.25 × 8,760 hours × $0.08 per kWh',
    usd,
  ),
  'power.gpuOnlyPer10k': derived(
    ['power.scaleGpus', 'power.gpuKw', 'power.pue', 'power.usdPerKwh'],
    (g, k, p, e) => g * k * p * HOURS_PER_YEAR * e,
    '10,000 GPUs × 0.7 kW × PUE 1.25 × 8,760 hours × $0.08 per kWh',
    usd,
  ),
  'lambert.powerFloor': given(10e6, usd, 'lambert', 'Electricity for "10K+ A/H100s" clusters: "over $10M per year", citing SemiAnalysis', 'claim'),
  'sa100k.twh': given(1.59, { kind: 'number', digits: 2, suffix: ' TWh' }, 'sa-100k', 'Power section, 100K-H100 cluster per year', 'confirmed'),
  'sa100k.cost': given(123.9e6, usd, 'sa-100k', 'Power section, at $0.078 per kWh', 'confirmed'),
  'fleet.finalRunShareSmall': derived(
    ['v3.gpuHours.total', 'fleet.estimateLow'],
    (h, g) => h / (g * HOURS_PER_YEAR),
    'final-run GPU-hours ÷ (20,000 GPUs × 8,760 hours)',
    { kind: 'percent', digits: 1 },
  ),
  'fleet.finalRunShareLarge': derived(
    ['v3.gpuHours.total', 'fleet.estimateHigh'],
    (h, g) => h / (g * HOURS_PER_YEAR),
    'final-run GPU-hours ÷ (50,000 GPUs × 8,760 hours)',
    { kind: 'percent', digits: 1 },
  ),
} satisfies Record<string, FactSpec>;

const epochStaff = 'Section 2.5.1, staff cost per head at frontier labs';
/** The people. */
const people = {
  'staff.authorsQuoted': given(139, count, 'lambert', '"139 technical authors"', 'claim'),
  'staff.researchAuthors': given(150, count, 'ds-v3', 'Appendix A, contributions (counted)', 'confirmed'),
  'staff.departed': given(10, count, 'ds-v3', 'Appendix A, names marked as having left (counted)', 'confirmed'),
  'staff.researchCurrent': derived(
    ['staff.researchAuthors', 'staff.departed'],
    (a, d) => a - d,
    'research & engineering authors − those marked as having left',
    count,
  ),
  'staff.annotation': given(31, count, 'ds-v3', 'Appendix A, data annotation (counted)', 'confirmed'),
  'staff.business': given(18, count, 'ds-v3', 'Appendix A, business & compliance (counted)', 'confirmed'),
  'staff.entries': derived(
    ['staff.researchAuthors', 'staff.annotation', 'staff.business'],
    (r, a, b) => r + a + b,
    'research + annotation + business entries',
    count,
  ),
  'staff.people': given(197, count, 'ds-v3', 'Appendix A (two names appear twice; counted)', 'confirmed'),
  'staff.floor': given(10e6, usd, 'lambert', 'Headcount costs "can also easily be over $10M per year"', 'claim'),
  'staff.topOffer': given(1.3e6, usd, 'sa-debates', 'Offers for some hires, as reported', 'reported'),
  'epoch.staffMedian': given(330_000, usd, 'epoch-costs', `${epochStaff} (median)`, 'confirmed'),
  'staff.atUsMedian': derived(
    ['staff.researchAuthors', 'epoch.staffMedian'],
    (n, c) => n * c,
    '150 research & engineering authors × the $330K US median',
    usd,
  ),
  'epoch.staffLow': given(210_000, usd, 'epoch-costs', `${epochStaff} (90% interval)`, 'confirmed'),
  'epoch.staffHigh': given(690_000, usd, 'epoch-costs', `${epochStaff} (90% interval)`, 'confirmed'),
  'epoch.staffShareLow': given(0.29, share, 'epoch-costs', 'Section 3, cost breakdown of frontier models', 'confirmed'),
  'epoch.staffShareHigh': given(0.49, share, 'epoch-costs', 'Section 3, cost breakdown of frontier models', 'confirmed'),
  'epoch.hardwareShareLow': given(0.47, share, 'epoch-costs', 'Section 3, cost breakdown of frontier models', 'confirmed'),
  'epoch.hardwareShareHigh': given(0.64, share, 'epoch-costs', 'Section 3, cost breakdown of frontier models', 'confirmed'),
  'epoch.energyShareLow': given(0.02, share, 'epoch-costs', 'Section 3, cost breakdown of frontier models', 'confirmed'),
  'epoch.energyShareHigh': given(0.06, share, 'epoch-costs', 'Section 3, cost breakdown of frontier models', 'confirmed'),
} satisfies Record<string, FactSpec>;

/** How each line of the model reads in words. */
const lineNames: Record<keyof Costs, string> = {
  finalRun: 'the final run at the rental price',
  experiments: 'the experiments (multiplier × final run)',
  gpuCapex: 'GPUs × price per GPU',
  clusterCapex: 'GPU cost × system multiplier',
  hardwarePerYear: 'hardware written off per year',
  electricityPerYear: 'electricity per year',
  otherRunningPerYear: 'other running costs per year',
  staffPerYear: 'staff per year',
  totalPerYear: 'the total per year (hardware + electricity + other running + staff)',
  rentalCrossCheck: 'renting the same fleet for a year at $2 per GPU-hour',
  finalRunShareOfFleetYear: 'final-run GPU-hours ÷ the fleet\u2019s GPU-hours in a year',
  experimentsShareOfFleetYear: 'experiment GPU-hours ÷ the fleet\u2019s GPU-hours in a year',
};
const presetNames: Record<PresetName | ScenarioName, string> = {
  low: 'Low preset',
  central: 'Central preset',
  high: 'High preset (bigger fleet, US-level costs)',
  centralUs: 'Central fleet at US running costs and pay, 200 people',
  centralUsLarge: 'Central fleet at US running costs and pay, 300 people',
};
const inputsOf = (name: PresetName | ScenarioName) => (name in presets ? presets[name as PresetName] : scenarios[name as ScenarioName]);

/** The assumption figures a preset or scenario is built from (a scenario takes Central's, with High's US-cost ones). */
const assumptionIds = (name: PresetName | ScenarioName): string[] =>
  (name in presets ? [name] : ['central', 'high']).flatMap((preset) => modelInputs.map(([input]) => `model.${preset}.input.${input}`));
/** A model line for a preset or scenario, computed by the cost model from the final run's GPU-hours and its assumptions. */
const modelLine = (name: PresetName | ScenarioName, line: keyof Costs, format: Format = usd) =>
  derived(
    ['v3.gpuHours.total', ...assumptionIds(name)],
    (hours) => computeCosts(inputsOf(name), hours)[line],
    `Cost model, ${presetNames[name]}: ${lineNames[line]}`,
    format,
  );

const modelLines = [
  'experiments',
  'gpuCapex',
  'clusterCapex',
  'hardwarePerYear',
  'electricityPerYear',
  'otherRunningPerYear',
  'staffPerYear',
  'totalPerYear',
  'rentalCrossCheck',
] as const satisfies readonly (keyof Costs)[];
/** A preset's assumption, as the methods table shows it: an input of the model (an estimate), not a result. */
const modelInput = (preset: PresetName, input: keyof typeof presets.central, format: Format) =>
  given(
    presets[preset][input],
    format,
    'cost-model',
    `${presetNames[preset]}: an assumption chosen here, anchored in the sources listed beside it`,
    'assumption',
  );

const modelInputs = [
  ['gpus', count],
  ['pricePerGpu', usd],
  ['systemMultiplier', times],
  ['depreciationYears', whole(' years')],
  ['kwPerGpu', one(' kW')],
  ['pue', { kind: 'number', digits: 2 }],
  ['load', share],
  ['usdPerKwh', usd],
  ['otherPerGpuYear', usd],
  ['headcount', count],
  ['costPerHead', usd],
  ['experimentMultiplier', times],
] as const satisfies readonly (readonly [keyof typeof presets.central, Format])[];
const lambertYear = 'A year of operations: "closer to $500M" than to $5.5M (a comparison, not a point estimate)';
/** The annual picture: analysts' claims and the cost model's presets and scenarios. */
type ModelPreset = 'low' | 'central' | 'high';
type ModelId = `model.${ModelPreset}.input.${(typeof modelInputs)[number][0]}` | `model.${ModelPreset}.${(typeof modelLines)[number]}`;
const modelFigures = {
  ...Object.fromEntries(
    (['low', 'central', 'high'] as const).flatMap((preset) =>
      modelInputs.map(([input, format]) => [`model.${preset}.input.${input}`, modelInput(preset, input, format)]),
    ),
  ),
  ...Object.fromEntries(
    (['low', 'central', 'high'] as const).flatMap((preset) => modelLines.map((line) => [`model.${preset}.${line}`, modelLine(preset, line)])),
  ),
} as Record<ModelId, FactSpec>;
const annual = {
  'lambert.computeFloor': given(
    100e6,
    { kind: 'usd', suffix: '\u2019s' },
    'lambert',
    'Compute alone, before electricity: "at least $100M\u2019s per year" (hundreds of millions)',
    'claim',
  ),
  'lambert.annual': given(500e6, usd, 'lambert', lambertYear, 'claim'),
  'lambert.annualUs': given(
    1e9,
    usd,
    'lambert',
    '"or even $1B+ easily if operating in the U.S.", with error bars he adds for not knowing business costs in China',
    'claim',
  ),
  'lambert.usLabs': given(
    10e9,
    usd,
    'lambert',
    'American technology companies spending "approaching or surpassing $10B per year on AI models"',
    'claim',
  ),
  ...modelFigures,
  'model.centralUs.totalPerYear': modelLine('centralUs', 'totalPerYear'),
  'model.centralUsLarge.totalPerYear': modelLine('centralUsLarge', 'totalPerYear'),
  'model.central.runningSubtotal': derived(
    ['model.central.hardwarePerYear', 'model.central.electricityPerYear', 'model.central.otherRunningPerYear'],
    (h, e, o) => h + e + o,
    'hardware + electricity + other running costs per year, Central preset',
    usd,
  ),
  'model.central.hardwareShare': derived(
    ['model.central.hardwarePerYear', 'model.central.totalPerYear'],
    (h, t) => h / t,
    'hardware per year ÷ total per year, Central preset',
    share,
  ),
  'model.central.staffShare': derived(
    ['model.central.staffPerYear', 'model.central.totalPerYear'],
    (h, t) => h / t,
    'staff per year ÷ total per year, Central preset',
    share,
  ),
  'model.central.headlineShare': derived(
    ['v3.cost.total', 'model.central.totalPerYear'],
    (r, t) => r / t,
    'the $5.6M final run ÷ total per year, Central preset',
    share,
  ),
  'model.central.finalRunShare': modelLine('central', 'finalRunShareOfFleetYear', { kind: 'percent', digits: 1 }),
  'model.central.experimentsShare': modelLine('central', 'experimentsShareOfFleetYear', { kind: 'percent', digits: 1 }),
  'v3.runOwnedLow': derived(
    ['gpu.price', 'model.central.input.systemMultiplier', 'model.central.input.depreciationYears', 'v3.gpuHours.total'],
    (p, m, y, h) => ((p * m) / y) * (h / HOURS_PER_YEAR),
    'the run\u2019s share of owning 2,048 GPUs: $30K × 1.5 system multiplier ÷ 4 years × (2.788M GPU-hours ÷ 8,760 hours), before power',
    usd,
  ),
  'v3.runOwnedHigh': derived(
    ['gpu.price', 'model.high.input.systemMultiplier', 'model.central.input.depreciationYears', 'v3.gpuHours.total'],
    (p, m, y, h) => ((p * m) / y) * (h / HOURS_PER_YEAR),
    'the run\u2019s share of owning 2,048 GPUs: $30K × 2.0 system multiplier ÷ 4 years × (2.788M GPU-hours ÷ 8,760 hours), before power',
    usd,
  ),
} satisfies Record<string, FactSpec>;

/** Where the price is going. */
const outlook = {
  'epoch.costGrowth': given(2.4, times, 'epoch-costs', 'Abstract: amortized cost growth per year since 2016', 'confirmed'),
  'epoch.billionYear': given(2027, { kind: 'year' }, 'epoch-costs', 'Abstract: largest runs pass $1B', 'confirmed'),
  'epoch.billionRun': given(1e9, usd, 'epoch-costs', 'Abstract: the largest training runs pass $1B', 'confirmed'),
  'algo.halvingMonths': given(8, whole(' months'), 'algo-progress', 'Abstract: compute to reach a fixed performance halves', 'confirmed'),
  'algo.halvingLow': given(5, count, 'algo-progress', 'Abstract, 95% confidence interval', 'confirmed'),
  'algo.halvingHigh': given(14, whole(' months'), 'algo-progress', 'Abstract, 95% confidence interval', 'confirmed'),
  'epoch.hardwareOom': given(
    0.14,
    { kind: 'number', digits: 2 },
    'epoch-costs',
    'Section 2.2, hardware price-performance (orders of magnitude a year)',
    'confirmed',
  ),
  'algo.yearlyFactor': derived(['algo.halvingMonths'], (m) => 2 ** (12 / m), '2 to the power (12 ÷ 8 months): compute saved per year', times),
  'hardware.yearlyFactor': derived(['epoch.hardwareOom'], (o) => 10 ** o, '10 to the power 0.14: price-performance gained per year', times),
  'outlook.yearlyFactor': derived(['algo.yearlyFactor', 'hardware.yearlyFactor'], (a, h) => a * h, 'algorithmic × hardware gains per year', times),
  'lambert.futureCost': given(5.5e6, usd, 'lambert', '"you can train a model at the performance of DeepSeek V3 for ~$5.5M in a few years"', 'claim'),
  'outlook.runStart': derived(
    ['v3.cost.total', 'model.central.experiments'],
    (r, e) => r + e,
    'the $5.6M final run + the Central preset\u2019s experiments (3× on top)',
    usd,
  ),
  'outlook.yearsFromRun': derived(
    ['outlook.runStart', 'lambert.futureCost', 'outlook.yearlyFactor'],
    (s, f, g) => Math.log(s / f) / Math.log(g),
    'years for the run and its experiments to fall to $5.5M at the combined yearly gain: log(start ÷ $5.5M) ÷ log(3.9)',
    whole(' year'),
  ),
  'outlook.yearsFromLab': derived(
    ['model.central.totalPerYear', 'lambert.futureCost', 'outlook.yearlyFactor'],
    (s, f, g) => Math.log(s / f) / Math.log(g),
    'years for a Central lab-year to fall to $5.5M at the combined yearly gain: log(start ÷ $5.5M) ÷ log(3.9)',
    one(' years'),
  ),
  'outlook.yearsFromLabFast': derived(
    ['model.central.totalPerYear', 'lambert.futureCost', 'algo.halvingLow', 'hardware.yearlyFactor'],
    (s, f, m, h) => Math.log(s / f) / Math.log(2 ** (12 / m) * h),
    'the same, with compute halving every 5 months',
    one(' years'),
  ),
  'outlook.yearsFromLabSlow': derived(
    ['model.central.totalPerYear', 'lambert.futureCost', 'algo.halvingHigh', 'hardware.yearlyFactor'],
    (s, f, m, h) => Math.log(s / f) / Math.log(2 ** (12 / m) * h),
    'the same, with compute halving every 14 months',
    one(' years'),
  ),
} satisfies Record<string, FactSpec>;

const declared = { ...headline, ...techniques, ...peers, ...benchmarks, ...experiments, ...fleet, ...people, ...annual, ...outlook };

/** The id of a figure: a wrong id in a chart's figure list is a type error. */
export type FigureId = keyof typeof declared;

/** Every figure, resolved, by id. */
export const facts = resolveFacts(declared);
