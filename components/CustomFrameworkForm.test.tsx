import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseFramework } from '@/lib/qualification';
import { CustomFrameworkForm } from './CustomFrameworkForm';

describe('CustomFrameworkForm', () => {
  it('builds a valid framework from the form: items, key letters, questions and the pass rule', async () => {
    const user = userEvent.setup();
    const saved: unknown[] = [];
    render(<CustomFrameworkForm onSave={async (f) => (saved.push(f), [])} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Nordic SaaS');
    const [first, second] = screen.getAllByRole('group');
    await user.type(within(first as HTMLElement).getByRole('textbox', { name: 'Key letter' }), 'p');
    await user.type(within(first as HTMLElement).getByRole('textbox', { name: 'Label' }), 'Pain');
    await user.type(
      within(first as HTMLElement).getByRole('textbox', { name: 'Question to ask' }),
      'What breaks today?',
    );
    await user.click(within(first as HTMLElement).getByRole('checkbox', { name: 'Required to qualify' }));
    await user.type(within(second as HTMLElement).getByRole('textbox', { name: 'Key letter' }), 'S');
    await user.type(within(second as HTMLElement).getByRole('textbox', { name: 'Label' }), 'Sponsor');
    await user.type(
      within(second as HTMLElement).getByRole('textbox', { name: 'Question to ask' }),
      'Who sponsors it?',
    );
    await user.click(screen.getByRole('button', { name: 'Save framework' }));
    expect(saved).toHaveLength(1);
    const parsed = parseFramework(saved[0]);
    expect(parsed.ok).toBe(true);
    expect(saved[0]).toMatchObject({
      id: 'nordic-saas',
      items: [
        { id: 'pain', letter: 'P', question: 'What breaks today?' },
        { id: 'sponsor', letter: 'S' },
      ],
      passRule: { minMet: 1, required: ['pain'] },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Nordic SaaS saved');
  });

  it('shows every problem the background found, with where it is', async () => {
    const user = userEvent.setup();
    render(
      <CustomFrameworkForm
        onSave={async () => [
          { path: 'items[1].letter', message: 'letter P is already used by Pain (items[0])' },
          { path: 'items[1].question', message: 'question must not be empty' },
        ]}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'X');
    await user.click(screen.getByRole('button', { name: 'Save framework' }));
    expect(screen.getByRole('alert').textContent).toContain('items[1].letter: letter P is already used by Pain');
  });
});
