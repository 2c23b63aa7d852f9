import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ModelVersion } from '@/lib/hooks/useModels';
import { defaultModel, type ScoringModel } from '@/lib/scoring';
import type { WhatIfSummary } from '@/lib/scoring/whatIf';
import { ModelEditor, type SaveOutcome } from './ModelEditor';

/** Stands in for the what-if Web Worker: records what it was asked and lets a test answer. */
class FakeWorker {
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    act(() => this.onmessage?.({ data } as MessageEvent));
  }
}

const versions: ModelVersion[] = [
  {
    record: { id: 'model-2', version: 2, active: 0, model: {}, createdAt: Date.UTC(2026, 10, 2) },
    model: { ...defaultModel, name: 'Draft', version: 2 },
  },
  {
    record: { id: 'default-1', version: 1, active: 1, model: {}, createdAt: Date.UTC(2026, 10, 1) },
    model: defaultModel,
  },
];

function setup() {
  const workers: FakeWorker[] = [];
  const saved: { model: ScoringModel; note: string; activate: boolean }[] = [];
  const onSave = async (model: ScoringModel, note: string, activate: boolean): Promise<SaveOutcome> => {
    saved.push({ model, note, activate });
    return { ok: true, version: 3, activated: activate };
  };
  const createWorker = () => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  };
  render(<ModelEditor versions={versions} createWhatIfWorker={createWorker} onSave={onSave} />);
  return {
    user: userEvent.setup({ delay: null }),
    workers,
    saved,
    save: () => screen.getByRole('button', { name: 'Save as a new version' }),
  };
}

describe('ModelEditor', () => {
  it('starts from the active version, shows a bad threshold’s problem at the field and saves once it is fixed', async () => {
    const { user, saved, save } = setup();
    expect(screen.getByRole('textbox', { name: 'Model name' })).toHaveValue('LeadLens default');
    const mqlFit = screen.getByRole('textbox', { name: 'MQL: fit at least' });
    expect(mqlFit).toHaveValue('40');
    expect(save()).toBeEnabled();

    await user.clear(mqlFit);
    await user.type(mqlFit, '150');
    expect(mqlFit).toHaveAttribute('aria-invalid', 'true');
    expect(mqlFit).toHaveAccessibleDescription(/<=100/);
    expect(save()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Try it on all leads' })).toBeDisabled();
    expect(screen.getByText('1 problem(s) to fix before trying or saving:')).toBeVisible();

    await user.clear(mqlFit);
    await user.type(mqlFit, '55');
    expect(mqlFit).not.toHaveAttribute('aria-invalid');
    expect(save()).toBeEnabled();
    await user.type(screen.getByRole('textbox', { name: 'Note for this version' }), 'stricter MQL');
    await user.click(save());
    expect(saved).toEqual([
      {
        model: { ...defaultModel, thresholds: { ...defaultModel.thresholds, mqlFit: 55 } },
        note: 'stricter MQL',
        activate: true,
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Saved as version 3 and activated');
  });

  it('adds a fit rule that must be labelled and given a condition before it can be saved', async () => {
    const { user, saved, save } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a fit rule' }));
    const rule = screen.getByText('Rule 18 (no label yet)').closest('li') as HTMLElement;
    const label = within(rule).getByRole('textbox', { name: 'Label' });
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(save()).toBeDisabled();

    await user.type(label, 'Tiny company');
    const condition = within(rule).getByRole('group', { name: 'Condition 1' });
    await user.selectOptions(
      within(condition).getByRole('combobox', { name: 'Condition 1' }),
      'Company size (employees)',
    );
    await user.type(within(condition).getByRole('textbox', { name: 'To' }), '10');
    await user.clear(within(rule).getByRole('textbox', { name: 'Points' }));
    await user.type(within(rule).getByRole('textbox', { name: 'Points' }), '-5');
    expect(save()).toBeEnabled();
    await user.click(save());
    expect(saved[0]?.model.fitRules.at(-1)).toEqual({
      id: 'fit-1',
      label: 'Tiny company',
      points: -5,
      when: [{ type: 'companySize', max: 10 }],
    });
  });

  it('moves and removes rules, and a new engagement rule names its problems until filled in', async () => {
    const { user, saved, save } = setup();
    await user.click(screen.getByRole('button', { name: 'Move Senior title up' }));
    await user.click(screen.getByRole('button', { name: 'Remove Student or intern' }));
    await user.click(screen.getByRole('button', { name: 'Add an engagement rule' }));
    const rule = screen.getByText('Rule 19 (no label yet)').closest('li') as HTMLElement;
    await user.type(within(rule).getByRole('textbox', { name: 'Label' }), 'Event visit');
    await user.type(within(rule).getByRole('textbox', { name: /Activity type/ }), 'page-view');
    expect(within(rule).getByText('second rule for page-view')).toBeVisible();
    await user.clear(within(rule).getByRole('textbox', { name: /Activity type/ }));
    await user.type(within(rule).getByRole('textbox', { name: /Activity type/ }), 'event-visit');
    await user.click(save());
    const model = saved[0]?.model;
    expect(model?.fitRules.slice(2, 4).map((r) => r.id)).toEqual(['senior-title', 'head-manager-title']);
    expect(model?.knockouts.map((r) => r.id)).toEqual(['competitor', 'country-not-served']);
    expect(model?.engagementRules.at(-1)).toMatchObject({ activityType: 'event-visit', points: 10, repeat: 'every' });
  });

  it('edits from another version when asked', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Start from' }), 'version 2 · Draft');
    expect(screen.getByRole('textbox', { name: 'Model name' })).toHaveValue('LeadLens default');
    await user.click(screen.getByRole('button', { name: 'Edit this version' }));
    expect(screen.getByRole('textbox', { name: 'Model name' })).toHaveValue('Draft');
  });
});

const summary: WhatIfSummary = {
  leads: 500,
  changed: 3,
  transitions: [
    { from: 'mql', to: 'lead', count: 2 },
    { from: 'lead', to: 'disqualified', count: 1 },
  ],
  changes: [
    {
      leadId: 'a',
      name: 'Ana Popescu',
      company: 'Carpathia',
      oldStage: 'mql',
      newStage: 'lead',
      oldScore: 95,
      newScore: 95,
    },
    { leadId: 'b', name: '', oldStage: 'mql', newStage: 'lead', oldScore: 90, newScore: 90 },
  ],
  histogram: { before: [100, 100, 100, 100, 100, 0, 0, 0, 0, 0], after: [100, 100, 100, 100, 99, 1, 0, 0, 0, 0] },
};

describe('ModelEditor what-if', () => {
  it('runs the edited model in a worker with progress and cancel, then lists who changes stage', async () => {
    const { user, workers } = setup();
    const mqlFit = screen.getByRole('textbox', { name: 'MQL: fit at least' });
    await user.clear(mqlFit);
    await user.type(mqlFit, '60');
    await user.click(screen.getByRole('button', { name: 'Try it on all leads' }));
    const first = workers[0] as FakeWorker;
    expect(first.posted).toEqual([
      expect.objectContaining({
        type: 'run',
        model: expect.objectContaining({ thresholds: expect.objectContaining({ mqlFit: 60 }) }),
      }),
    ]);
    first.reply({ type: 'progress', done: 250, total: 500 });
    expect(screen.getByText('Scored 250 of 500 leads')).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '250');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(first.terminated).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Try it on all leads' }));
    const second = workers[1] as FakeWorker;
    second.reply({ type: 'done', summary });
    expect(second.terminated).toBe(true);
    expect(screen.getByText('3 of 500 leads change stage.')).toBeVisible();
    expect(screen.getByText('MQL → Lead: 2 lead(s)')).toBeVisible();
    expect(screen.getByText('Lead → Disqualified: 1 lead(s)')).toBeVisible();
    const rows = within(screen.getByRole('table', { name: 'Leads that change stage' })).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'LeadStage now → afterTotal now → after',
      'Ana Popescu · CarpathiaMQL → Lead95 → 95',
      '(no name)MQL → Lead90 → 90',
    ]);
    expect(screen.getByText('Showing 2 of 3 changes.')).toBeVisible();
    const histogram = screen.getByRole('table', { name: 'Leads per total score, now and after the edit' });
    expect(within(histogram).getByRole('row', { name: /^100–119/ })).toHaveTextContent('100–11901');

    await user.type(mqlFit, '5');
    expect(screen.getByText('The model changed since this run: try it again.')).toBeVisible();
  });

  it('says so when the worker fails or answers with something it cannot read', async () => {
    const { user, workers } = setup();
    await user.click(screen.getByRole('button', { name: 'Try it on all leads' }));
    workers[0]?.reply({ type: 'done', summary: { leads: -1 } });
    expect(screen.getByRole('alert')).toHaveTextContent('the what-if worker sent an unreadable reply');
    await user.click(screen.getByRole('button', { name: 'Try it on all leads' }));
    workers[1]?.reply({ type: 'failed', error: 'database closed' });
    expect(screen.getByRole('alert')).toHaveTextContent('The what-if failed: database closed');
  });
});
