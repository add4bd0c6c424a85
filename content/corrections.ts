/**
 * What changed on the page after it was first published, and why: shown in #methods and written into the data
 * downloads. Old wording is kept here verbatim (it is history, not a figure), so it is never checked against the facts.
 */
export interface Correction {
  /** When the change was published, ISO date. */
  date: string;
  /** The figure or claim that changed. */
  what: string;
  /** How the page put it before. */
  was: string;
  /** How it puts it now. */
  now: string;
  /** Why it changed. */
  why: string;
}

/** Newest first. */
export const corrections: readonly Correction[] = [
  {
    date: '2026-12-01',
    what: 'The size of DeepSeek’s fleet',
    was: '20,000–50,000 “A100-equivalents”, converted to about 6,300–16,000 Hopper GPUs',
    now: '20,000–50,000 GPUs, counted as Hopper-class throughout, with no conversion',
    why: 'The 50,000 figure (Dylan Patel, later SemiAnalysis) counts Hopper GPUs; no source supports shrinking it.',
  },
  {
    date: '2026-12-01',
    what: 'The High case of the cost model',
    was: '“High (run in the US)”, “the same lab as if it ran in the US”: $1.27B',
    now: 'High is a bigger, pricier fleet and US-level costs ($1.27B); the Central lab at US costs is $670M–$710M',
    why: 'High changes the fleet as well as the location; the location alone is now shown as its own scenario.',
  },
  {
    date: '2026-12-01',
    what: 'Who owns the GPUs',
    was: '“DeepSeek owns its hardware”; the experiments “ran on hardware the lab already owned”',
    now: 'Ownership is not known; the cost model assumes it, and says so where it leaves the experiments out of the total',
    why: 'Lambert: “we don’t know if DeepSeek owns or rents the GPUs”.',
  },
  {
    date: '2026-12-01',
    what: 'Lambert on salaries',
    was: 'Headcount costs over $10M a year “even assuming modest salaries” (Lambert)',
    now: 'Headcount costs “can also easily be over $10M per year” (Lambert), with no claim about salary levels',
    why: 'Lambert says nothing about salary levels.',
  },
  {
    date: '2026-12-01',
    what: 'Training data',
    was: 'The page promised to put a price on assembling the training data',
    now: 'Training data is named as a cost and left unpriced',
    why: 'No public source prices DeepSeek’s data; the page never did.',
  },
  {
    date: '2026-12-01',
    what: 'Epoch AI’s 1.2–4× ratio of total to final-run compute',
    was: 'A “survey of published models”',
    now: 'A 90% interval (median 2.2×) built from a handful of documented cases (Section 2.5, Appendix A.6)',
    why: 'That is how Epoch AI derives it.',
  },
  {
    date: '2026-12-01',
    what: 'Experiments, Lambert against Epoch AI',
    was: 'Lambert’s 2–4× “on top” and Epoch’s 1.2–4× “total” set side by side',
    now: 'Lambert’s range, read as on top of the run, is 3–5× in total, comparable with Epoch’s 1.2–4×; the dollar range is this page’s arithmetic',
    why: 'The two ranges measured different things; “on top” is our reading of Lambert.',
  },
  {
    date: '2026-12-01',
    what: 'The cost of owning the training cluster',
    was: 'Buying the 2,048 GPUs, $61.4M, is “already far more than the headline”',
    now: 'The run’s share of owning them is about $3.6M–$4.8M before power: the $2 rental price is fair for the run',
    why: 'The old comparison set the price of the machines against 57 days of using them.',
  },
  {
    date: '2026-12-01',
    what: 'Sources of several figures',
    was: '$25–40K GPU prices and PUE 1.25 credited to Lambert and SemiAnalysis; 160 GB/s called “measured”; computed figures credited to the sources of their inputs',
    now: 'Prices: press reports (CNBC); PUE: Epoch AI, Appendix A.4; 160 GB/s: what the report says NVLink “offers”; computed figures: this page; model assumptions: the cost model',
    why: 'Each figure now cites where it actually comes from.',
  },
  {
    date: '2026-12-01',
    what: 'Rounding',
    was: 'The Central cluster cost of $1.575B shown as “$1.57B”; large values shown as “$1,000M” or “$1000K”',
    now: '“$1.58B”; values roll over to the next unit',
    why: 'A rounding error in the number formatter.',
  },
  {
    date: '2026-12-01',
    what: 'Where the price is going',
    was: 'A whole lab-year ($554M) projected as “the cost of a V3-class model”',
    now: 'Two starting points: the run and its experiments reach $5.5M in about a year, a lab-year in about 3.4 years; a projection, not a forecast',
    why: 'The starting point decides the answer, so the page shows both.',
  },
  {
    date: '2026-12-01',
    what: 'Open weights and the recipe',
    was: 'Open weights with a detailed report “share the recipe as well as the result”',
    now: 'Without data and code, reproduction remains the bottleneck; Lambert says the numbers would be true at face value only for a fully open-source release',
    why: 'The old sentence reversed Lambert’s point.',
  },
  {
    date: '2026-12-01',
    what: 'Benchmarks',
    was: 'V3 “beats GPT-4o and Claude 3.5 Sonnet” on three benchmarks “but not” on the other three',
    now: 'V3 beats GPT-4o on all six and trails Claude 3.5 Sonnet on three',
    why: 'The old line implied V3 trailed GPT-4o too.',
  },
  {
    date: '2026-12-01',
    what: 'Numbers in the charts while scrolling',
    was: 'Counts and totals counted up with the scroll (for example 125 authors, $354M)',
    now: 'A chart prints only final figures; only shapes move with the scroll',
    why: 'A half-counted number on screen is a wrong number.',
  },
];
