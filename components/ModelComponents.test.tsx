import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ModelVersion } from '@/lib/hooks/useModels';
import { defaultModel } from '@/lib/scoring';
import { ModelDiff } from './ModelDiff';
import { ModelImport } from './ModelImport';
import { ModelRulesTable } from './ModelRulesTable';
import { ModelVersions } from './ModelVersions';

const record = (version: number, active: 0 | 1) => ({
  id: `model-${version}`,
  version,
  active,
  model: {},
  createdAt: Date.UTC(2026, 10, version),
});
const stricter = { ...defaultModel, name: 'Stricter', thresholds: { ...defaultModel.thresholds, mqlFit: 60 } };
const versions: ModelVersion[] = [
  { record: record(3, 0), model: stricter },
  { record: record(2, 1), model: { ...defaultModel, name: 'Current' } },
  { record: record(1, 0), model: defaultModel },
];

describe('ModelVersions', () => {
  it('marks the active version and offers activate for newer, roll back for older ones', async () => {
    const user = userEvent.setup();
    const activated: string[] = [];
    const exported: number[] = [];
    render(
      <ModelVersions
        versions={versions}
        onActivate={(id) => activated.push(id)}
        onExport={(v) => exported.push(v.record.version)}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(within(items[1] as HTMLElement).getByText('active')).toBeVisible();
    await user.click(within(items[0] as HTMLElement).getByRole('button', { name: 'Activate' }));
    await user.click(within(items[2] as HTMLElement).getByRole('button', { name: 'Roll back to this version' }));
    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Export' }));
    expect(activated).toEqual(['model-3', 'model-1']);
    expect(exported).toEqual([2]);
  });

  it('never offers to activate a stored version that no longer validates', () => {
    render(
      <ModelVersions versions={[{ record: record(4, 0), model: null }]} onActivate={() => {}} onExport={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Activate' })).toBeDisabled();
  });
});

describe('ModelDiff', () => {
  it('shows what changed between the two newest versions, and can compare others', async () => {
    const user = userEvent.setup();
    render(<ModelDiff versions={versions} />);
    const region = screen.getByRole('region', { name: 'Compare versions' });
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Model name: "Current" → "Stricter"', 'MQL fit threshold: 40 → 60']);
    await user.selectOptions(within(region).getByRole('combobox', { name: 'From' }), 'version 3 · Stricter');
    expect(within(region).getByText('These versions score the same way.')).toBeVisible();
  });
});

describe('ModelImport', () => {
  it('lists every problem of a refused file with its path', async () => {
    const user = userEvent.setup();
    render(
      <ModelImport
        onImport={async () => ({
          ok: false,
          error: 'the model file has 2 problem(s)',
          problems: [
            { path: 'engagementRules[2].points', message: 'expected a number' },
            { path: '', message: 'format: expected "leadlens-model"' },
          ],
        })}
      />,
    );
    await user.upload(
      screen.getByLabelText('Model file (JSON)'),
      new File(['{}'], 'model.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file was not imported: the model file has 2 problem(s)');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['engagementRules[2].points: expected a number', '(file): format: expected "leadlens-model"']);
  });

  it('confirms an import with the new version number', async () => {
    const user = userEvent.setup();
    const texts: string[] = [];
    render(
      <ModelImport
        onImport={async (text) => {
          texts.push(text);
          return { ok: true, version: 4 };
        }}
      />,
    );
    await user.upload(screen.getByLabelText('Model file (JSON)'), new File(['{"a":1}'], 'model.json'));
    expect(await screen.findByRole('status')).toHaveTextContent('Imported as version 4');
    expect(texts).toEqual(['{"a":1}']);
  });
});

describe('ModelRulesTable', () => {
  it('shows every rule of the model with its points', () => {
    render(<ModelRulesTable model={defaultModel} />);
    const table = screen.getByRole('table', { name: 'Rules of the active model' });
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(within(table).getByText('Pricing page visit')).toBeVisible();
  });
});
