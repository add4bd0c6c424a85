/**
 * Every figure the site shows, with its source and status. Prose reads these through <Fig id="…" />,
 * charts through `figure(id)`. Derived figures are computed from the figures they name, never typed.
 */
import { derived, given, resolveFacts, type FactSpec } from '../src/lib/facts';
import type { Format } from '../src/lib/format';
import { computeCosts, type Costs } from '../src/model/cost';
import { presets, type PresetName } from '../src/model/inputs';

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

/** The headline run: DeepSeek-V3 report, Table 1 and Sections 1–3. */
const headline = {
  'v3.gpuHours.pretrain': given(2_664_000, { kind: 'number', compact: true, precision: 4, suffix: ' GPU-hours' }, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.gpuHours.context': given(119_000, gpuHours, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.gpuHours.post': given(5_000, gpuHours, 'ds-v3', 'Table 1, p. 5', 'confirmed'),
  'v3.gpuHours.total': derived(['v3.gpuHours.pretrain', 'v3.gpuHours.context', 'v3.gpuHours.post'], (a, b, c) => a + b + c,
    'pre-training + context extension + post-training GPU-hours', { kind: 'number', compact: true, precision: 4, suffix: ' GPU-hours' }, 'ds-v3', 'Table 1, p. 5 (sum)'),
  'v3.rentalPrice': given(2, { kind: 'usd', suffix: ' per GPU-hour' }, 'ds-v3', 'Table 1, p. 5 (assumed rental price)', 'confirmed'),
  'v3.cost.pretrain': derived(['v3.gpuHours.pretrain', 'v3.rentalPrice'], (h, p) => h * p, 'pre-training GPU-hours × rental price', usd, 'ds-v3', 'Table 1, p. 5'),
  'v3.cost.context': derived(['v3.gpuHours.context', 'v3.rentalPrice'], (h, p) => h * p, 'context-extension GPU-hours × rental price', usd, 'ds-v3', 'Table 1, p. 5'),
  'v3.cost.post': derived(['v3.gpuHours.post', 'v3.rentalPrice'], (h, p) => h * p, 'post-training GPU-hours × rental price', usd, 'ds-v3', 'Table 1, p. 5'),
  'v3.cost.total': derived(['v3.gpuHours.total', 'v3.rentalPrice'], (h, p) => h * p, 'total GPU-hours × rental price', usd, 'ds-v3', 'Table 1, p. 5'),
  'v3.cost.totalExact': derived(['v3.cost.total'], (c) => c, 'total GPU-hours × rental price, to the thousand dollars', { kind: 'usd', digits: 3 }, 'ds-v3', 'Table 1, p. 5'),
  'v3.clusterGpus': given(2_048, count, 'ds-v3', 'Section 3.1, compute clusters', 'confirmed'),
  'v3.gpusPerNode': given(8, count, 'ds-v3', 'Section 3.1, compute clusters', 'confirmed'),
  'v3.gpuHoursPerTrillion': given(180_000, gpuHours, 'ds-v3', 'Section 1, introduction', 'confirmed'),
  'v3.daysPerTrillion': derived(['v3.gpuHoursPerTrillion', 'v3.clusterGpus'], (h, g) => h / g / HOURS_PER_DAY, 'GPU-hours per trillion tokens ÷ 2,048 GPUs ÷ 24 hours', one(' days'), 'ds-v3', 'Section 1 (3.7 days stated)'),
  'v3.tokens': given(14.8e12, compact, 'ds-v3', 'Abstract; Section 4.1', 'confirmed'),
  'v3.pretrainDays': derived(['v3.gpuHours.pretrain', 'v3.clusterGpus'], (h, g) => h / g / HOURS_PER_DAY, 'pre-training GPU-hours ÷ 2,048 GPUs ÷ 24 hours', whole(' days'), 'ds-v3'),
  'v3.totalDays': derived(['v3.gpuHours.total', 'v3.clusterGpus'], (h, g) => h / g / HOURS_PER_DAY, 'total GPU-hours ÷ 2,048 GPUs ÷ 24 hours', whole(' days'), 'ds-v3'),
  'v3.params.total': given(671e9, compact, 'ds-v3', 'Abstract', 'confirmed'),
  'v3.params.active': given(37e9, compact, 'ds-v3', 'Abstract', 'confirmed'),
  'v3.activeShare': derived(['v3.params.active', 'v3.params.total'], (a, t) => a / t, 'active ÷ total parameters', { kind: 'percent', digits: 1 }, 'ds-v3'),
  'v3.experts.routed': given(256, count, 'ds-v3', 'Section 4.2, hyper-parameters', 'confirmed'),
  'v3.experts.active': given(8, count, 'ds-v3', 'Section 4.2, hyper-parameters', 'confirmed'),
  'v3.experts.shared': given(1, count, 'ds-v3', 'Section 4.2, hyper-parameters', 'confirmed'),
  'v3.layers': given(61, count, 'ds-v3', 'Section 4.2, hyper-parameters', 'confirmed'),
} satisfies Record<string, FactSpec>;

/** The techniques (DeepSeek-V3 report) and the hardware they run on. */
const techniques = {
  'v3.mtpSpeedup': given(1.8, times, 'ds-v3', 'Section 5.4.3, multi-token prediction for speculative decoding', 'confirmed'),
  'v3.fp8LossGap': given(0.0025, { kind: 'percent', digits: 2 }, 'ds-v3', 'Section 3.3, FP8 training (relative loss error)', 'confirmed'),
  'h100.nvlink': given(900, whole(' GB/s'), 'nvidia-h100', 'Specifications table, NVLink', 'confirmed'),
  'h800.nvlink': given(400, whole(' GB/s'), 'lambert', 'H800 export-control specification, as reported', 'reported'),
  'v3.nvlinkMeasured': given(160, whole(' GB/s'), 'ds-v3', 'Section 3.2.2, achievable NVLink bandwidth', 'confirmed'),
  'h100.bf16Dense': given(989, whole(' TFLOP/s'), 'nvidia-h100', 'Specifications table, BF16 (half the "with sparsity" figure)', 'confirmed'),
  'h100.fp8Dense': given(1_979, whole(' TFLOP/s'), 'nvidia-h100', 'Specifications table, FP8 (half the "with sparsity" figure)', 'confirmed'),
  'h100.fp8Speedup': derived(['h100.fp8Dense', 'h100.bf16Dense'], (f, b) => f / b, 'FP8 ÷ BF16 dense throughput', times, 'nvidia-h100'),
  'a100.bf16Dense': given(312, whole(' TFLOP/s'), 'nvidia-a100', 'Specifications table, BF16 dense', 'confirmed'),
  'h800.a100Equivalents': derived(['h100.bf16Dense', 'a100.bf16Dense'], (h, a) => h / a, 'Hopper ÷ A100 dense BF16 throughput', times, 'nvidia-h100'),
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
  'peers.gpuHoursRatio': derived(['llama405.gpuHours', 'v3.gpuHours.total'], (l, v) => l / v, 'Llama 3.1 405B GPU-hours ÷ DeepSeek-V3 GPU-hours', times, 'llama-card'),
  'llama405.rentalCost': derived(['llama405.gpuHours', 'v3.rentalPrice'], (h, p) => h * p, 'Llama 3.1 405B GPU-hours × $2', usd, 'llama-card'),
  'v3.flops': derived(['v3.params.active', 'v3.tokens'], (p, t) => 6 * p * t, '6 × active parameters × training tokens', { kind: 'sci', suffix: ' FLOPs' }, 'ds-v3'),
  'peers.flopsRatio': derived(['llama405.flops', 'v3.flops'], (l, v) => l / v, 'Llama 3.1 405B FLOPs ÷ DeepSeek-V3 FLOPs', times, 'llama-paper'),
  'v3.usefulTflops': derived(['v3.flops', 'v3.gpuHours.total'], (f, h) => f / (h * 3600) / 1e12, 'training FLOPs ÷ GPU-seconds', whole(' TFLOP/s'), 'ds-v3'),
  'llama405.usefulTflops': derived(['llama405.flops', 'llama405.gpuHours'], (f, h) => f / (h * 3600) / 1e12, 'training FLOPs ÷ GPU-seconds', whole(' TFLOP/s'), 'llama-paper'),
  'chinchilla.tokensPerParam': given(20, count, 'chinchilla', 'Section 3, compute-optimal scaling (about 20 tokens per parameter)', 'confirmed'),
  'v3.tokensPerActiveParam': derived(['v3.tokens', 'v3.params.active'], (t, p) => t / p, 'training tokens ÷ active parameters', count, 'ds-v3'),
} satisfies Record<string, FactSpec>;

/** DeepSeek-V3 report, Table 6: chat models on six benchmarks (scores in points). */
const benchmarkScores: Record<string, [number, number, number, number, number]> = {
  math500: [90.2, 78.3, 74.6, 73.8, 80.0],
  aime2024: [39.2, 16.0, 9.3, 23.3, 23.3],
  codeforces: [51.6, 20.3, 23.6, 25.3, 24.8],
  swebench: [42.0, 50.8, 38.8, 24.5, 23.8],
  gpqa: [59.1, 65.0, 49.9, 51.1, 49.0],
  mmluPro: [75.9, 78.0, 72.6, 73.3, 71.6],
};
/** The models of Table 6, in its column order. */
export const benchmarkModels = ['v3', 'claude35', 'gpt4o', 'llama405', 'qwen72'] as const;
const benchmarks: Record<string, FactSpec> = Object.fromEntries(
  Object.entries(benchmarkScores).flatMap(([bench, scores]) =>
    scores.map((score, i) => [`bench.${bench}.${benchmarkModels[i]}`, given(score, one(), 'ds-v3', 'Table 6, chat models', 'confirmed')]),
  ),
);

/** The experiments the final run leaves out. */
const experiments = {
  'exp.multiplierLow': given(2, times, 'lambert', 'Section on experiment compute (2–4× the reported run)', 'claim'),
  'exp.multiplierHigh': given(4, times, 'lambert', 'Section on experiment compute (2–4× the reported run)', 'claim'),
  'exp.costLow': derived(['exp.multiplierLow', 'v3.cost.total'], (m, c) => m * c, '2 × the $5.576M final run', usd, 'lambert'),
  'exp.costHigh': derived(['exp.multiplierHigh', 'v3.cost.total'], (m, c) => m * c, '4 × the $5.576M final run', usd, 'lambert'),
  'exp.smallParamsLow': given(1e9, compact, 'lambert', 'Section on experiment compute (de-risking runs)', 'claim'),
  'exp.smallParamsHigh': given(7e9, compact, 'lambert', 'Section on experiment compute (de-risking runs)', 'claim'),
  'exp.smallTokens': given(1e12, compact, 'lambert', 'Section on experiment compute (up to ~1T tokens)', 'claim'),
  'epoch.totalToFinalLow': given(1.2, times, 'epoch-costs', 'Section 2.4, ratio of total to final-run compute', 'confirmed'),
  'epoch.totalToFinalHigh': given(4, times, 'epoch-costs', 'Section 2.4, ratio of total to final-run compute', 'confirmed'),
  'epoch.totalToFinalMedian': given(2.2, times, 'epoch-costs', 'Section 2.4, ratio of total to final-run compute', 'confirmed'),
  'tulu3.finetunes': given(1_000, count, 'lambert', 'First-hand account of the Tülu 3 post-training search', 'claim'),
} satisfies Record<string, FactSpec>;

/** The fleet, its price and its power. */
const fleet = {
  'fleet.estimateLow': given(20_000, count, 'lambert', 'Section on compute, citing other estimates (A100-equivalents)', 'claim'),
  'fleet.estimateHigh': given(50_000, count, 'lambert', 'Section on compute, citing other estimates (A100-equivalents)', 'claim'),
  'fleet.hoppersReported': given(50_000, count, 'sa-debates', 'As reported by CNBC', 'reported'),
  'fleet.serverCapex': given(1.6e9, usd, 'sa-debates', 'As reported by CNBC', 'reported'),
  'fleet.operatingCost': given(944e6, usd, 'sa-debates', 'As reported by CNBC (probably several years)', 'reported'),
  'fleet.hardwareSpend': given(500e6, usd, 'sa-debates', 'As reported ("well over")', 'reported'),
  'highflyer.a100s2021': given(10_000, count, 'sa-debates', 'As reported (High-Flyer, 2021)', 'reported'),
  'gpu.price': given(30_000, usd, 'lambert', 'Assumed price of one H100', 'claim'),
  'gpu.priceLow': given(25_000, usd, 'lambert', 'Market range, as reported', 'reported'),
  'gpu.priceHigh': given(40_000, usd, 'lambert', 'Market range, as reported', 'reported'),
  'fleet.hopperEquivLow': derived(['fleet.estimateLow', 'h800.a100Equivalents'], (g, r) => g / r, '20,000 A100-equivalents ÷ 3.2 A100s per Hopper GPU', { kind: 'number', compact: true, precision: 2 }, 'lambert'),
  'fleet.hopperEquivHigh': derived(['fleet.estimateHigh', 'h800.a100Equivalents'], (g, r) => g / r, '50,000 A100-equivalents ÷ 3.2 A100s per Hopper GPU', { kind: 'number', compact: true, precision: 2 }, 'lambert'),
  'fleet.gpuCapexFloor': given(1e9, usd, 'lambert', 'Section on compute: GPU CapEx "over $1B" at $30K per GPU', 'claim'),
  'v3.clusterGpuCost': derived(['v3.clusterGpus', 'gpu.price'], (g, p) => g * p, '2,048 training GPUs × $30K', usd, 'lambert'),
  'fleet.gpusPerBillion': derived(['gpu.price'], (p) => Math.ceil(1e9 / p), '$1B ÷ $30K per GPU, rounded up', count, 'lambert'),
  'fleet.gpuCapexHigh': derived(['fleet.estimateHigh', 'gpu.price'], (g, p) => g * p, '50,000 GPUs × $30K', usd, 'lambert'),
  'epoch.serverMultiplier': given(1.64, { kind: 'multiplier', digits: 2 }, 'epoch-costs', 'Section 2.2, chip-to-server cost', 'confirmed'),
  'epoch.networkMultiplier': given(1.23, { kind: 'multiplier', digits: 2 }, 'epoch-costs', 'Section 2.2, cluster interconnect', 'confirmed'),
  'epoch.systemMultiplier': derived(['epoch.serverMultiplier', 'epoch.networkMultiplier'], (s, n) => s * n, 'server × interconnect multipliers', times, 'epoch-costs'),
  'power.gpuKw': given(0.7, one(' kW'), 'sa-100k', 'Power section: H100 TDP 700 W', 'confirmed'),
  'power.serverKw': given(0.575, { kind: 'number', digits: 3, suffix: ' kW' }, 'sa-100k', 'Power section: rest of the server per GPU', 'confirmed'),
  'power.overhead': given(0.1, share, 'sa-100k', 'Power section: storage and network', 'confirmed'),
  'power.kwPerGpu': derived(['power.gpuKw', 'power.serverKw', 'power.overhead'], (g, s, o) => (g + s) * (1 + o), '(GPU + server share) × (1 + storage and network)', one(' kW'), 'sa-100k'),
  'power.pue': given(1.25, { kind: 'number', digits: 2 }, 'sa-100k', 'Power section: PUE', 'confirmed'),
  'power.usdPerKwh': given(0.08, { kind: 'usd', suffix: ' per kWh' }, 'sa-100k', 'Rounded from $0.078 per kWh', 'confirmed'),
  'power.gpusFor12M': given(10_000, count, 'sa-100k', 'Scaled from the 100,000-GPU cluster', 'confirmed'),
  'power.costPer10k': derived(['power.gpusFor12M', 'power.kwPerGpu', 'power.pue', 'power.usdPerKwh'], (g, k, p, e) => g * k * p * HOURS_PER_YEAR * e,
    '10,000 GPUs × 1.4 kW × PUE 1.25 × 8,760 h × $0.08', usd, 'sa-100k'),
  'power.gpuOnlyPer10k': derived(['power.gpusFor12M', 'power.gpuKw', 'power.pue', 'power.usdPerKwh'], (g, k, p, e) => g * k * p * HOURS_PER_YEAR * e,
    '10,000 GPUs × 0.7 kW × PUE 1.25 × 8,760 h × $0.08', usd, 'sa-100k'),
  'sa100k.twh': given(1.59, { kind: 'number', digits: 2, suffix: ' TWh' }, 'sa-100k', 'Power section, 100K-H100 cluster per year', 'confirmed'),
  'sa100k.cost': given(123.9e6, usd, 'sa-100k', 'Power section, at $0.078 per kWh', 'confirmed'),
  'fleet.finalRunShareSmall': derived(['v3.gpuHours.total', 'fleet.estimateLow'], (h, g) => h / (g * HOURS_PER_YEAR), 'final-run GPU-hours ÷ (20,000 GPUs × 8,760 h)', { kind: 'percent', digits: 1 }, 'ds-v3'),
  'fleet.finalRunShareLarge': derived(['v3.gpuHours.total', 'fleet.estimateHigh'], (h, g) => h / (g * HOURS_PER_YEAR), 'final-run GPU-hours ÷ (50,000 GPUs × 8,760 h)', { kind: 'percent', digits: 1 }, 'ds-v3'),
} satisfies Record<string, FactSpec>;

/** The people. */
const people = {
  'staff.authorsQuoted': given(139, count, 'lambert', 'Count of technical authors', 'claim'),
  'staff.researchAuthors': given(150, count, 'ds-v3', 'Appendix A, contributions (counted)', 'confirmed'),
  'staff.departed': given(10, count, 'ds-v3', 'Appendix A, names marked as having left (counted)', 'confirmed'),
  'staff.researchCurrent': derived(['staff.researchAuthors', 'staff.departed'], (a, d) => a - d, 'research & engineering authors − those who left', count, 'ds-v3'),
  'staff.annotation': given(31, count, 'ds-v3', 'Appendix A, data annotation (counted)', 'confirmed'),
  'staff.business': given(18, count, 'ds-v3', 'Appendix A, business & compliance (counted)', 'confirmed'),
  'staff.entries': derived(['staff.researchAuthors', 'staff.annotation', 'staff.business'], (r, a, b) => r + a + b, 'research + annotation + business entries', count, 'ds-v3'),
  'staff.people': given(197, count, 'ds-v3', 'Appendix A (two names appear twice; counted)', 'confirmed'),
  'staff.floor': given(10e6, usd, 'lambert', 'Headcount cost, "easily over" per year', 'claim'),
  'staff.topOffer': given(1.3e6, usd, 'sa-debates', 'Offers for some hires, as reported', 'reported'),
  'epoch.staffMedian': given(330_000, usd, 'epoch-costs', 'Section 2.3, staff cost per head (median)', 'confirmed'),
  'staff.atUsMedian': derived(['staff.researchAuthors', 'epoch.staffMedian'], (n, c) => n * c, '150 research & engineering authors × $330K US median', usd, 'epoch-costs'),
  'epoch.staffLow': given(210_000, usd, 'epoch-costs', 'Section 2.3, 90% interval', 'confirmed'),
  'epoch.staffHigh': given(690_000, usd, 'epoch-costs', 'Section 2.3, 90% interval', 'confirmed'),
  'epoch.staffShareLow': given(0.29, share, 'epoch-costs', 'Section 3, cost breakdown', 'confirmed'),
  'epoch.staffShareHigh': given(0.49, share, 'epoch-costs', 'Section 3, cost breakdown', 'confirmed'),
  'epoch.hardwareShareLow': given(0.47, share, 'epoch-costs', 'Section 3, cost breakdown', 'confirmed'),
  'epoch.hardwareShareHigh': given(0.64, share, 'epoch-costs', 'Section 3, cost breakdown', 'confirmed'),
  'epoch.energyShareLow': given(0.02, share, 'epoch-costs', 'Section 3, cost breakdown', 'confirmed'),
  'epoch.energyShareHigh': given(0.06, share, 'epoch-costs', 'Section 3, cost breakdown', 'confirmed'),
} satisfies Record<string, FactSpec>;

/** A model line for a preset, computed by the cost model from the final run's GPU-hours. */
const modelLine = (preset: PresetName, line: keyof Costs, format: Format = usd) =>
  derived(['v3.gpuHours.total'], (hours) => computeCosts(presets[preset], hours)[line],
    `cost model, ${preset} preset: ${line}`, format, 'lambert', 'Cost model in the methods section, after Lambert');

const modelLines: (keyof Costs)[] = [
  'experiments', 'gpuCapex', 'clusterCapex', 'hardwarePerYear', 'electricityPerYear', 'otherRunningPerYear',
  'staffPerYear', 'totalPerYear', 'rentalCrossCheck',
];
/** A preset's assumption, as the methods table shows it: an input of the model (an estimate), not a result. */
const modelInput = (preset: PresetName, input: keyof typeof presets.central, format: Format) =>
  given(presets[preset][input], format, 'lambert',
    `Cost model assumption (${preset} preset), after Lambert and the sources listed in the methods section`, 'assumption');

const modelInputs: [keyof typeof presets.central, Format][] = [
  ['gpus', count], ['pricePerGpu', usd], ['systemMultiplier', times], ['depreciationYears', whole(' years')],
  ['kwPerGpu', one(' kW')], ['pue', { kind: 'number', digits: 2 }], ['load', share], ['usdPerKwh', usd],
  ['otherPerGpuYear', usd], ['headcount', count], ['costPerHead', usd], ['experimentMultiplier', times],
];
/** The annual picture: analysts' claims and the cost model's three presets. */
const annual: Record<string, FactSpec> = {
  'lambert.computeFloor': given(100e6, usd, 'lambert', 'Compute costs "at least $100Ms" a year', 'claim'),
  'lambert.annual': given(500e6, usd, 'lambert', 'A year of operations, order of magnitude', 'claim'),
  'lambert.annualUs': given(1e9, usd, 'lambert', 'The same lab run in the US', 'claim'),
  'lambert.usLabs': given(10e9, usd, 'lambert', 'US companies\u2019 yearly AI model spending', 'claim'),
  ...Object.fromEntries(
    (['low', 'central', 'high'] as const).flatMap((preset) => modelLines.map((line) => [`model.${preset}.${line}`, modelLine(preset, line)])),
  ),
  ...Object.fromEntries(
    (['low', 'central', 'high'] as const).flatMap((preset) => modelInputs.map(([input, format]) => [`model.${preset}.input.${input}`, modelInput(preset, input, format)])),
  ),
  'model.central.hardwareShare': derived(['model.central.hardwarePerYear', 'model.central.totalPerYear'], (h, t) => h / t,
    'hardware per year ÷ total per year, central preset', share, 'lambert', 'Cost model in the methods section, after Lambert'),
  'model.central.headlineShare': derived(['v3.cost.total', 'model.central.totalPerYear'], (r, t) => r / t,
    '$5.6M final run ÷ total per year, central preset', share, 'lambert', 'Cost model in the methods section, after Lambert'),
  'model.central.finalRunShare': modelLine('central', 'finalRunShareOfFleetYear', { kind: 'percent', digits: 1 }),
  'model.central.experimentsShare': modelLine('central', 'experimentsShareOfFleetYear', { kind: 'percent', digits: 1 }),
};

/** Where the price is going. */
const outlook = {
  'epoch.costGrowth': given(2.4, times, 'epoch-costs', 'Abstract: amortized cost growth per year since 2016', 'confirmed'),
  'epoch.billionYear': given(2027, { kind: 'year' }, 'epoch-costs', 'Abstract: largest runs pass $1B', 'confirmed'),
  'epoch.billionRun': given(1e9, usd, 'epoch-costs', 'Abstract: the largest training runs pass $1B', 'confirmed'),
  'algo.halvingMonths': given(8, whole(' months'), 'algo-progress', 'Abstract: compute to reach a fixed performance halves', 'confirmed'),
  'algo.halvingLow': given(5, count, 'algo-progress', 'Abstract, 95% confidence interval', 'confirmed'),
  'algo.halvingHigh': given(14, whole(' months'), 'algo-progress', 'Abstract, 95% confidence interval', 'confirmed'),
  'epoch.hardwareOom': given(0.14, { kind: 'number', digits: 2 }, 'epoch-costs', 'Section 2.2, hardware price-performance (orders of magnitude a year)', 'confirmed'),
  'algo.yearlyFactor': derived(['algo.halvingMonths'], (m) => 2 ** (12 / m), '2 to the power (12 ÷ 8 months): compute saved per year', times, 'algo-progress'),
  'hardware.yearlyFactor': derived(['epoch.hardwareOom'], (o) => 10 ** o, '10 to the power 0.14: price-performance gained per year', times, 'epoch-costs'),
  'outlook.yearlyFactor': derived(['algo.yearlyFactor', 'hardware.yearlyFactor'], (a, h) => a * h, 'algorithmic × hardware gains per year', times, 'algo-progress'),
  'lambert.futureCost': given(5.5e6, usd, 'lambert', 'What a V3-class model will really cost in a few years', 'claim'),
} satisfies Record<string, FactSpec>;

/** Every figure, resolved, by id. */
export const facts = resolveFacts({
  ...headline, ...techniques, ...peers, ...benchmarks, ...experiments, ...fleet, ...people, ...annual, ...outlook,
});
