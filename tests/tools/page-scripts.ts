/** Script sizes as a static host serves them: gzipped. */
import { gzipSync } from 'node:zlib';

/** Size of a buffer gzipped at the level static hosts use. */
export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;
