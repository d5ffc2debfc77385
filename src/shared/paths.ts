import path from 'node:path';

/** The project folder, whether running from src/ (ts) or dist/src/ (compiled). */
export function projectRoot(): string {
  const up = path.resolve(__dirname, '..', '..');
  return path.basename(up) === 'dist' ? path.dirname(up) : up;
}
