/** Every source the site cites, keyed by the short name used in the facts module. */
export interface Source {
  /** Who wrote it. */
  author: string;
  /** Title as published. */
  title: string;
  /** Where and when it was published. */
  venue: string;
  /** Canonical address of the source. */
  url: string;
}

export const sources = {
  'ds-v3': {
    author: 'DeepSeek-AI',
    title: 'DeepSeek-V3 Technical Report',
    venue: 'arXiv 2412.19437, v1, 26 December 2024',
    url: 'https://arxiv.org/abs/2412.19437',
  },
  lambert: {
    author: 'Nathan Lambert',
    title: 'DeepSeek V3 and the actual cost of training frontier AI models',
    venue: 'Interconnects, 9 January 2025',
    url: 'https://www.interconnects.ai/p/deepseek-v3-and-the-actual-cost-of',
  },
  'llama-card': {
    author: 'Meta',
    title: 'Llama 3.1 model card',
    venue: 'meta-llama/llama-models on GitHub, July 2024',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  },
  'llama-paper': {
    author: 'Llama Team, AI @ Meta',
    title: 'The Llama 3 Herd of Models',
    venue: 'arXiv 2407.21783, July 2024',
    url: 'https://arxiv.org/abs/2407.21783',
  },
  'epoch-costs': {
    author: 'Ben Cottier, Robi Rahman, Loredana Fattorini, Nestor Maslej, Tamay Besiroglu, David Owen (Epoch AI)',
    title: 'The rising costs of training frontier AI models',
    venue: 'arXiv 2405.21015, May 2024',
    url: 'https://arxiv.org/abs/2405.21015',
  },
  'sa-100k': {
    author: 'SemiAnalysis',
    title: '100,000 H100 Clusters: Power, Network Topology, Ethernet vs InfiniBand, Reliability, Failures, Checkpointing',
    venue: 'SemiAnalysis, 17 June 2024',
    url: 'https://semianalysis.com/2024/06/17/100000-h100-clusters-power-network/',
  },
  'sa-debates': {
    author: 'SemiAnalysis',
    title: 'DeepSeek Debates: Chinese Leadership On Cost, True Training Cost, Closed Model Margin Impacts',
    venue: 'SemiAnalysis, 31 January 2025 (paywalled; figures as reported by CNBC and others)',
    url: 'https://semianalysis.com/2025/01/31/deepseek-debates/',
  },
  'nvidia-h100': {
    author: 'NVIDIA',
    title: 'NVIDIA H100 Tensor Core GPU, specifications',
    venue: 'nvidia.com product page',
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
  },
  'sa-china-2023': {
    author: 'SemiAnalysis',
    title: 'China AI & Semiconductors Rise: US Sanctions Have Failed',
    venue: 'SemiAnalysis, 12 September 2023 (quoted in Lambert\u2019s essay)',
    url: 'https://semianalysis.com/2023/09/12/china-ai-and-semiconductors-rise/',
  },
  'cnbc-h100-price': {
    author: 'CNBC',
    title: 'Nvidia\u2019s Blackwell AI chip will cost more than $30,000, CEO says',
    venue: 'CNBC, 19 March 2024 (analysts\u2019 estimates of the H100\u2019s price, reported)',
    url: 'https://www.cnbc.com/2024/03/19/nvidias-blackwell-ai-chip-will-cost-more-than-30000-ceo-says.html',
  },
  'cost-model': {
    author: 'This explainer',
    title: 'The annual cost model in \u201cBuild your own estimate\u201d',
    venue: 'Assumptions chosen here, each anchored in the sources above',
    url: '#methods',
  },
  'this-page': {
    author: 'This explainer',
    title: 'Arithmetic and choices made on this page',
    venue: 'Computed or chosen here from the sourced figures; each states its formula or its reason',
    url: '#methods',
  },
  chinchilla: {
    author: 'Jordan Hoffmann et al.',
    title: 'Training Compute-Optimal Large Language Models',
    venue: 'arXiv 2203.15556, March 2022',
    url: 'https://arxiv.org/abs/2203.15556',
  },
  'algo-progress': {
    author: 'Anson Ho et al.',
    title: 'Algorithmic progress in language models',
    venue: 'arXiv 2403.05812, March 2024',
    url: 'https://arxiv.org/abs/2403.05812',
  },
  tulu3: {
    author: 'Nathan Lambert et al.',
    title: 'Tülu 3: Pushing Frontiers in Open Language Model Post-Training',
    venue: 'arXiv 2411.15124, November 2024',
    url: 'https://arxiv.org/abs/2411.15124',
  },
} as const satisfies Record<string, Source>;

/** A key of {@link sources}. */
export type SourceKey = keyof typeof sources;

/** Whether a source lives outside this page (this page's own arithmetic and cost model do not). */
export const isExternal = (source: Source): boolean => source.url.startsWith('https://');
