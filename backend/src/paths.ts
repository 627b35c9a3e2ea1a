import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, found from this file so the program runs from any working directory. */
export const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export const PATHS = {
  widgetDist: path.join(ROOT, 'widget', 'dist'),
  staffDist: path.join(ROOT, 'moderation-ui', 'dist'),
  examples: path.join(ROOT, 'embed-examples'),
  /** Hand-written files the backend's own pages use (the hosted page's stylesheet). */
  publicAssets: path.join(ROOT, 'backend', 'public'),
  demoPractices: path.join(ROOT, 'backend', 'data', 'epraccur-lll-2019.csv'),
  /** Which ICB took over from each listed CCG, and from when (`practices/ccg-to-icb.ts`). */
  ccgToIcb: path.join(ROOT, 'backend', 'data', 'ccg-to-icb.csv'),
};
