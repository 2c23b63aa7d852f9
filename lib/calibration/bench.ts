// `npx tsx lib/calibration/bench.ts [outcomes]`: times calibrate on a synthetic history (10,000
// outcomes by default) in Node and prints the phases as the progress callback reports them.
import { calibrate } from './calibrate';
import { syntheticHistory } from './testSupport';

const count = Number(process.argv[2] ?? 10_000);
const input = syntheticHistory(count, 1);
const phases: string[] = [];
const start = performance.now();
const result = calibrate(input, {
  seed: 1,
  onProgress: ({ phase, fraction }) => {
    if (phases.at(-1)?.startsWith(phase)) return;
    phases.push(`${phase} from ${(performance.now() - start).toFixed(0)} ms (${(fraction * 100).toFixed(0)}%)`);
  },
});
const ms = performance.now() - start;
console.log(`${count} outcomes: ${ms.toFixed(0)} ms; ready: ${result.readiness.ready}`);
console.log(phases.join('\n'));
console.log(
  `AUC current ${result.backtest?.current.auc?.toFixed(3)}, suggested ${result.backtest?.suggested.auc?.toFixed(3)}`,
);
