import { describe, expect, it } from 'vitest';
import { formatUsd } from '../../src/lib/format';

describe('formatUsd', () => {
  it('writes millions with one decimal', () => expect(formatUsd(5_576_000)).toBe('$5.6M'));
});
