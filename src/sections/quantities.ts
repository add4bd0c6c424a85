/**
 * Finding quantities in text: numbers with money, a unit or a multiplier on them ($5.6M, 71%, 11.1×,
 * 2.788M GPU-hours, 3.3 × 10²⁴ FLOPs) and bare counts of four or more digits (2,048), but not names
 * (H800, FP8, Llama 3.1 405B), ratios (16:9), section references (§2.5, Table 1) or years (2027).
 * Pure: the build checks texts against the figures' own formatted values with it.
 * Hand-written on purpose: no library knows this site's notion of "a figure in a sentence".
 */

/** One quantity found in a text. */
export interface Quantity {
  /** As written, e.g. "$25–40K" is found as "$25" and "40K", completed to "$25K" and "$40K". */
  written: string;
  /** The value part, normalised: sign, "$", digits without grouping, scale letter, "%" or "×": "$5.6M", "11.1×". */
  value: string;
  /** The unit, normalised ("gpu-hour", "day", "flop"), or "" when none follows. */
  unit: string;
  /** Where it starts in the text. */
  index: number;
}

/** Words that follow a number as its unit (singular or plural, any case). */
const UNITS = [
  'GPU[- ]hours?',
  'H800[- ]hours?',
  'TFLOP/s',
  'PFLOP/s',
  'FLOP/s',
  'TFLOPs?',
  'FLOPs?',
  'GB/s',
  'TB/s',
  'Gb/s',
  'GB',
  'TB',
  'TWh',
  'GWh',
  'MWh',
  'kWh',
  'kW',
  'MW',
  'GW',
  'W',
  'hours?',
  'h',
  'days?',
  'weeks?',
  'months?',
  'years?',
  'tokens?',
  'parameters?',
  'params',
  'people',
  'persons?',
  'authors?',
  'researchers?',
  'engineers?',
  'employees?',
  'hires?',
  'GPUs?',
  'chips?',
  'servers?',
  'nodes?',
  'experts?',
  'layers?',
  'models?',
  'fine-tunes?',
  'runs?',
  'entries',
  'names?',
  'points?',
];
const SCALE_WORDS: Record<string, string> = { thousand: 'K', million: 'M', billion: 'B', trillion: 'T' };
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹⁻';

/**
 * Spans that hold digits but no quantity, blanked out before the search: model names with their sizes,
 * section and table references, ratios and clock times.
 */
const NOT_QUANTITIES: RegExp[] = [
  /\b(?:Llama|Claude|Tülu|Qwen|Gemini|Gemma|GPT|Mistral|Mixtral|DeepSeek|Phi)(?:[- ]?\d+(?:\.\d+)*[a-z]?)(?:[- ]\d+(?:\.\d+)?[BM]\b)?/g,
  /(?:§\s?|\b(?:[Ss]ections?|[Tt]ables?|[Ff]igures?|Fig\.|[Aa]ppendix|App\.|[Cc]hapter|[Ee]q\.|pp?\.|[Pp]ages?|[Ss]teps?)\s+)[A-Z]?\d+(?:\.\d+)*(?:\s?[–-]\s?\d+(?:\.\d+)*)?/g,
  /\d+(?::\d+)+/g,
];

/**
 * A number and what is attached to it. Groups: 1 sign, 2 "$", 3 digits, 4 "× 10ⁿ" exponent, 5 scale letter,
 * 6 scale word, 7 "%"/"×"/"x", 8 unit. A number glued to a letter or a dot before it is part of a name (H800, GPT-4o, A.6).
 */
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\d.,_/]|\p{L}-)` +
    String.raw`(?:(?<=^|[\s(\[“"'‘])([-−]))?(\$)?` +
    String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:\s?×\s?10([${SUPERSCRIPT}]+|\^-?\d+))?` +
    String.raw`(?:([KMBT])(?![\p{L}\d])|\s(thousand|million|billion|trillion)\b)?` +
    String.raw`(%|×|x(?![\p{L}\d])| per ?cent\b)?` +
    String.raw`(?:[\s-](${UNITS.join('|')})(?![\p{L}\d]))?` +
    String.raw`(?![\p{L}\d])`,
  'gu',
);

/** What stands between the two ends of a range ("2–4×", "$25–40K", "$11.2M to $22.3M"), or two items of a list ("327 and 342 TFLOP/s"). */
const RANGE = /^\s*(?:[–—-]|to)\s*$/;
const LIST = /^\s*(?:and|or)\s*$/;

const fromSuperscript = (s: string): string => [...s].map((c) => (c === '⁻' ? '-' : String(SUPERSCRIPT.indexOf(c)))).join('');

/** A unit in one spelling: lower case, singular, hyphenated ("GPU hours" → "gpu-hour", "entries" → "entry", "h" → "hour"). */
const unitKey = (unit: string): string => {
  const lower = unit.toLowerCase().replace(/\s+/g, '-');
  if (lower === 'h') return 'hour';
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('/s') ? lower.slice(0, -1) : lower;
};

interface Parts {
  written: string;
  index: number;
  end: number;
  sign: string;
  dollar: string;
  digits: string;
  exponent: string;
  scale: string;
  post: string;
  unit: string;
}

const valueOf = (p: Parts): string => `${p.sign}${p.dollar}${p.digits}${p.exponent ? `×10^${p.exponent}` : ''}${p.scale}${p.post}`;

/** A year standing alone (2016, 2027), which is not a quantity. */
const isYear = (p: Parts): boolean => /^(?:19|20)\d\d$/.test(p.digits) && !p.written.includes(',');

/** Whether a number carries nothing that makes it a quantity by itself: no sign of money, scale, "%"/"×" or unit. */
const isBare = (p: Parts): boolean => !p.dollar && !p.exponent && !p.scale && !p.post && !p.unit;

/** Every number in a text with what is attached to it, quantity or not (a bare "197" too), in order. */
function numbers(input: string): Parts[] {
  let text = input;
  for (const pattern of NOT_QUANTITIES) text = text.replace(pattern, (span) => ' '.repeat(span.length));
  const found: Parts[] = [...text.matchAll(QUANTITY)].map((m) => ({
    written: m[0],
    index: m.index,
    end: m.index + m[0].length,
    sign: m[1] ? '-' : '',
    dollar: m[2] ?? '',
    digits: (m[3] ?? '').replace(/,/g, ''),
    exponent: m[4] ? (m[4].startsWith('^') ? m[4].slice(1) : fromSuperscript(m[4])) : '',
    scale: m[5] ?? (m[6] ? (SCALE_WORDS[m[6]] ?? '') : ''),
    post: m[7] ? (m[7].trim().startsWith('per') ? '%' : m[7] === 'x' ? '×' : m[7]) : '',
    unit: m[8] ? unitKey(m[8]) : '',
  }));
  // A range shares what is written once: "$25–40K" is $25K and $40K, "2–4×" is 2× and 4×, "900 to 400 GB/s" both in GB/s.
  // A list shares only the unit: "327 and 342 TFLOP/s" (but "$1B and 50,000" stay apart).
  for (let i = found.length - 2; i >= 0; i -= 1) {
    const a = found[i] as Parts;
    const b = found[i + 1] as Parts;
    const between = text.slice(a.end, b.index);
    const range = RANGE.test(between);
    if (!range && !LIST.test(between)) continue;
    if (!range) {
      if (isBare(a)) a.unit = b.unit;
      continue;
    }
    if (!a.scale && !a.post && !a.unit && !a.exponent) Object.assign(a, { scale: b.scale, post: b.post, unit: b.unit });
    // Dollars carry over only to an end without a unit: "$25–40K", not "1 year to $5.5M".
    if (a.dollar && !b.dollar && !b.unit) b.dollar = a.dollar;
    if (b.dollar && !a.dollar && !a.unit) a.dollar = b.dollar;
  }
  return found;
}

const toQuantity = (p: Parts): Quantity => ({ written: p.written, value: valueOf(p), unit: p.unit, index: p.index });

/** Every quantity in a text, in order: bare numbers only from four digits on, and never a year. */
export function findQuantities(input: string): Quantity[] {
  return numbers(input)
    .filter((p) => !isBare(p) || ((p.digits.split('.')[0] ?? '').length >= 4 && !isYear(p)))
    .map(toQuantity);
}

/** The quantities a text may contain: those in the figures' formatted values, by value, with the units each is written with. */
export type KnownQuantities = Map<string, Set<string>>;

/** Collects the quantities in a list of formatted figures ("$5.6M", "2.788M GPU-hours", "3.3 × 10²⁴ FLOPs"). */
export function knownQuantities(displays: Iterable<string>): KnownQuantities {
  const known: KnownQuantities = new Map();
  for (const display of displays) {
    for (const q of numbers(display).map(toQuantity)) {
      const units = known.get(q.value) ?? new Set<string>();
      units.add(q.unit);
      known.set(q.value, units);
    }
  }
  return known;
}

/** An accepted quantity that is not a figure, with the reason it may stand. */
export interface AllowedQuantity {
  /** The quantity as the checker normalises it, e.g. "24 hour" or "100%": value, then the unit after a space if any. */
  quantity: string;
  /** Only inside this phrase ("90% interval"); anywhere when omitted. */
  within?: string;
  reason: string;
}

/** How a quantity is named in messages and in the allowlist: "$5.6M", "57 day". */
export const quantityKey = (q: Pick<Quantity, 'value' | 'unit'>): string => (q.unit ? `${q.value} ${q.unit}` : q.value);

/** Whether the quantity sits inside an occurrence of the phrase (always, without one). */
function isWithin(text: string, q: Quantity, phrase?: string): boolean {
  if (phrase === undefined) return true;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (at <= q.index && q.index < at + phrase.length) return true;
  }
  return false;
}

/**
 * The quantities of a text that are no known figure: the value must be a figure's, and the unit the same
 * (or missing on one side: "119K" for "119K GPU-hours", "14.8T tokens" for "14.8T").
 */
export function unknownQuantities(text: string, known: KnownQuantities, allowed: readonly AllowedQuantity[] = []): Quantity[] {
  return findQuantities(text).filter((q) => {
    if (allowed.some((a) => a.quantity === quantityKey(q) && isWithin(text, q, a.within))) return false;
    const units = known.get(q.value);
    if (!units) return true;
    return !(q.unit === '' || units.has('') || units.has(q.unit));
  });
}
