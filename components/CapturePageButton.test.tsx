import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CaptureOutcome, CapturePageButton } from './CapturePageButton';

describe('CapturePageButton', () => {
  it.each<[CaptureOutcome, string, RegExp | null]>([
    ['lead', 'status', null],
    ['no-person', 'status', /No person found on this page/],
    ['no-access', 'alert', /Right-click the page and choose “Capture this page with LeadLens”/],
  ])('%s', async (outcome, role, text) => {
    const user = userEvent.setup();
    let calls = 0;
    render(
      <CapturePageButton
        onCapture={async () => {
          calls++;
          return outcome;
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    expect(calls).toBe(1);
    if (text) expect(screen.getByRole(role)).toHaveTextContent(text);
    else expect(screen.queryByRole(role)).toBeNull();
  });

  it('says why a capture failed', async () => {
    const user = userEvent.setup();
    render(
      <CapturePageButton
        onCapture={async () => {
          throw new Error('the page returned an unreadable capture');
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Capture this page' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not capture this page: the page returned an unreadable capture',
    );
  });
});
