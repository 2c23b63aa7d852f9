import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MergeRecord } from '@/lib/db/records';
import { applyObservation, entryKey } from '@/lib/leads/merge';
import { storedLead } from '@/test/unit/leadFixtures';
import { FieldProvenance } from './FieldProvenance';
import { MergeHistory } from './MergeHistory';
import { PossibleMatchQuestion } from './PossibleMatchQuestion';

const T0 = Date.UTC(2026, 10, 1);
const LI = 'https://www.linkedin.com/in/ana-popescu/';

describe('PossibleMatchQuestion', () => {
  const other = storedLead({ id: 'crm-ana', name: 'Ana Maria Popescu', company: 'Carpathia Software SRL' });

  it('asks with the other lead’s name, company and the reason, and merges on request', async () => {
    const calls: string[] = [];
    render(
      <PossibleMatchQuestion
        other={other}
        reason="middle-name"
        onMerge={async () => void calls.push('merge')}
        onDismiss={async () => void calls.push('dismiss')}
      />,
    );
    expect(
      screen.getByText(
        'Possibly the same person as Ana Maria Popescu at Carpathia Software SRL (same first and last name at the same company)?',
      ),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Merge Ana Maria Popescu into this lead' }));
    expect(calls).toEqual(['merge']);
  });

  it('says "not the same" and shows why an action failed', async () => {
    render(
      <PossibleMatchQuestion
        other={other}
        reason="same-name"
        onMerge={async () => {
          throw new Error('no lead with id crm-ana');
        }}
        onDismiss={async () => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Merge Ana Maria Popescu into this lead' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not do that: no lead with id crm-ana');
    expect(screen.getByRole('button', { name: 'Ana Maria Popescu is not the same person' })).toBeEnabled();
  });
});

describe('FieldProvenance', () => {
  const lead = [
    { fields: { title: 'Director vânzări' }, source: 'linkedin', url: LI, at: T0 },
    {
      fields: { title: 'Sales Director' },
      source: 'hubspot',
      url: 'https://app.hubspot.com/contacts/1/record/0-1/2',
      at: T0 + 1,
    },
  ].reduce((l, o) => applyObservation(l, o).lead, storedLead({ title: undefined, headline: undefined, updatedAt: T0 }));

  it('lists each value with its source, page and date, marks the shown one, and pins another', async () => {
    const pins: [string, string | null][] = [];
    render(<FieldProvenance lead={lead} onPin={async (field, key) => void pins.push([field, key])} />);
    await userEvent.click(screen.getByText('Where each value comes from'));
    const title = screen.getByText('Title').closest('div') as HTMLElement;
    const rows = within(title).getAllByRole('definition');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(
        /^Sales Director HubSpot · .+ · https:\/\/app\.hubspot\.com\/contacts\/1\/record\/0-1\/2 shown $/,
      ),
      expect.stringMatching(
        /^Director vânzări LinkedIn · .+ · https:\/\/www\.linkedin\.com\/in\/ana-popescu\/ {2}Pin$/,
      ),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Always show “Director vânzări” as Title' }));
    expect(pins).toEqual([['title', 'linkedin|https://www.linkedin.com/in/ana-popescu/|string:Director vânzări']]);
  });

  it('shows a pin and unpins it; values from before provenance are "earlier value"', async () => {
    const pinned = {
      ...lead,
      pins: { title: entryKey({ value: 'Director vânzări', source: 'linkedin', url: LI, capturedAt: 0 }) },
    };
    const pins: [string, string | null][] = [];
    render(<FieldProvenance lead={pinned} onPin={async (field, key) => void pins.push([field, key])} />);
    await userEvent.click(screen.getByText('Where each value comes from'));
    expect(screen.getByText('pinned')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Unpin Title' }));
    expect(pins).toEqual([['title', null]]);
    const name = screen.getByText('Name').closest('div') as HTMLElement;
    expect(within(name).getByRole('definition')).toHaveTextContent(/Ana Popescu earlier value/);
  });
});

describe('MergeHistory', () => {
  const merge = (id: string, at: number, extra: Partial<MergeRecord> = {}): MergeRecord => {
    const removed = storedLead({ id: `removed-${id}`, name: `Removed ${id}` });
    const kept = storedLead();
    return {
      id,
      keptId: kept.id,
      removedId: removed.id,
      at,
      cause: 'user',
      kept,
      removed,
      result: kept,
      moved: { activities: [], outcomes: [], notes: [], captures: [] },
      answers: { removed: [], written: [], replaced: [] },
      ...extra,
    };
  };

  it('offers to undo only the latest merge still in effect', async () => {
    const undone: string[] = [];
    render(
      <MergeHistory
        merges={[
          merge('m3', T0 + 3, { undoneAt: T0 + 4 }),
          merge('m2', T0 + 2, { cause: 'identity-key' }),
          merge('m1', T0 + 1),
        ]}
        onUndo={async (id) => void undone.push(id)}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Merged with Removed m3 \(you confirmed it\) · undone/);
    expect(items[1]).toHaveTextContent('Merged with Removed m2 (same LinkedIn profile, email or CRM record)');
    expect(screen.getAllByRole('button', { name: 'Undo merge' })).toHaveLength(1);
    await userEvent.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Undo merge' }));
    expect(undone).toEqual(['m2']);
  });

  it('shows nothing for a lead that was never merged', () => {
    const { container } = render(<MergeHistory merges={[]} onUndo={async () => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
