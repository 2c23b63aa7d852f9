import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsForm, type SlaSettings } from './SettingsForm';

describe('SettingsForm', () => {
  it('saves the SLA hours and the notification choice', async () => {
    const user = userEvent.setup();
    const saved: SlaSettings[] = [];
    render(<SettingsForm initial={{ slaHours: 24, notifications: true }} onSave={async (s) => void saved.push(s)} />);
    const hours = screen.getByRole('spinbutton', { name: 'Speed-to-lead SLA (hours)' });
    await user.clear(hours);
    await user.type(hours, '4');
    await user.click(screen.getByRole('checkbox', { name: /Notify me/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(saved).toEqual([{ slaHours: 4, notifications: false }]);
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('refuses an SLA that is not a positive number of hours', async () => {
    const user = userEvent.setup();
    render(<SettingsForm initial={{ slaHours: 24, notifications: true }} onSave={async () => {}} />);
    const hours = screen.getByRole('spinbutton', { name: 'Speed-to-lead SLA (hours)' });
    await user.clear(hours);
    await user.type(hours, '0');
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  });
});
