import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ManualActivity } from '@/lib/manualEntry';
import { ManualActivityForm } from './ManualActivityForm';

const types = [
  { type: 'webinar-attendance', label: 'Webinar attendance' },
  { type: 'pricing-page-visit', label: 'Pricing page visit' },
];

function setup(onAdd: (a: ManualActivity) => Promise<boolean>) {
  const user = userEvent.setup();
  render(<ManualActivityForm types={types} today="2026-11-20" onAdd={onAdd} />);
  return user;
}

describe('ManualActivityForm', () => {
  it('logs an engagement type of the model with a day and a note', async () => {
    const added: ManualActivity[] = [];
    const user = setup(async (a) => {
      added.push(a);
      return true;
    });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose…',
      'Webinar attendance',
      'Pricing page visit',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'What the lead did' }), 'Webinar attendance');
    const day = screen.getByLabelText('Date');
    await user.clear(day);
    await user.type(day, '2026-11-18');
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), ' Spring webinar ');
    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    expect(added).toEqual([{ type: 'webinar-attendance', day: '2026-11-18', note: 'Spring webinar' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Activity added; the score counts it.');
  });

  it('says so when the same activity was logged already', async () => {
    const user = setup(async () => false);
    await user.selectOptions(screen.getByRole('combobox', { name: 'What the lead did' }), 'Pricing page visit');
    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    expect(screen.getByRole('status')).toHaveTextContent('This activity was logged already.');
  });

  it('refuses no type and a day in the future, beside the fields', async () => {
    const added: ManualActivity[] = [];
    const user = setup(async (a) => {
      added.push(a);
      return true;
    });
    const day = screen.getByLabelText('Date');
    await user.clear(day);
    await user.type(day, '2026-12-24');
    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    expect(added).toEqual([]);
    expect(screen.getByRole('combobox', { name: 'What the lead did' })).toHaveAccessibleDescription(
      'Choose what the lead did.',
    );
    expect(day).toHaveAccessibleDescription('Enter a date that is not in the future.');
  });
});
