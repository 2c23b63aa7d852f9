import { readFileSync } from 'node:fs';
import path from 'node:path';
import { modelTable } from '@/scripts/model-table';

// The README's model table is what a sales manager trusts: it must be the model that ships.
describe('README', () => {
  it('shows the default scoring model exactly as it ships (regenerate: npx tsx scripts/model-table.ts)', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(modelTable());
  });
});
