// Prints the default scoring model as the Markdown table in the README:
// npx tsx scripts/model-table.ts  (test/unit/readme.test.ts keeps the README in step with it)
import { defaultModel, describeModel } from '../lib/scoring';

export function modelTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = describeModel(defaultModel).map(
    (r) => `| ${r.section} | ${cell(r.rule)} | ${cell(r.condition)} | ${r.points} | ${cell(r.notes)} |`,
  );
  return ['| Section | Rule | When | Points | Notes |', '|---|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1]?.endsWith('model-table.ts')) console.log(modelTable());
