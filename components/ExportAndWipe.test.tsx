import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '@/lib/i18n';
import type { WipeResult } from '@/lib/io/wipe';
import { ExportAndWipe } from './ExportAndWipe';

function setup(onConfirm: () => Promise<WipeResult>) {
  const calls: number[] = [];
  render(
    <ExportAndWipe
      onConfirm={() => {
        calls.push(1);
        return onConfirm();
      }}
    />,
  );
  return { user: userEvent.setup(), calls };
}

describe('ExportAndWipe', () => {
  beforeEach(() => setLanguage('en'));
  afterEach(() => setLanguage(null));

  it('does nothing until the confirmation word is typed, then backs up, erases and says how much', async () => {
    const { user, calls } = setup(async () => ({ fileName: 'leadlens-backup-2026-11-23.json', erased: 1234 }));
    const button = screen.getByRole('button', { name: 'Download backup and erase everything' });
    expect(button).toBeDisabled();
    const input = screen.getByRole('textbox', { name: 'Type ERASE to confirm' });
    await user.type(input, 'ERAS');
    expect(button).toBeDisabled();
    await user.type(input, 'e');
    expect(button).toBeEnabled();
    await user.click(button);
    expect(calls).toHaveLength(1);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Backup downloaded and 1234 records erased: LeadLens is empty on this machine.',
    );
    expect(button).toBeDisabled();
  });

  it('says nothing was erased, and why, when it fails', async () => {
    const { user } = setup(() => Promise.reject(new Error('downloads are blocked')));
    await user.type(screen.getByRole('textbox', { name: 'Type ERASE to confirm' }), 'ERASE');
    await user.click(screen.getByRole('button', { name: 'Download backup and erase everything' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was erased: downloads are blocked');
  });

  it('asks for the word in the UI language', async () => {
    setLanguage('ro');
    const { user } = setup(async () => ({ fileName: 'x', erased: 1 }));
    const input = screen.getByRole('textbox', { name: 'Scrie ȘTERGE pentru a confirma' });
    await user.type(input, 'ERASE');
    expect(screen.getByRole('button', { name: 'Descarcă copia de rezervă și șterge tot' })).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'ștERGE');
    expect(screen.getByRole('button', { name: 'Descarcă copia de rezervă și șterge tot' })).toBeEnabled();
  });
});
