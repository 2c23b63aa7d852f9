import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDatabase } from '@/lib/db/database';
import { setLanguage } from '@/lib/i18n';
import { storedLead } from '@/test/unit/leadFixtures';
import { HotList } from './HotList';
import { LeadSearch } from './LeadSearch';

const leads = [
  storedLead(),
  storedLead({ id: 'ro-stefan', name: 'Ștefan Țurcanu', title: 'CTO', stage: 'sql' }),
  storedLead({ id: 'nl-jan', name: 'Jan de Vries', title: 'Inkoper', company: 'Kaaskop B.V.', stage: 'lead' }),
  storedLead({ id: 'sv-asa', name: 'Åsa Sjöberg', title: undefined, company: undefined, stage: 'nurture' }),
];

describe('LeadSearch', () => {
  beforeEach(async () => {
    const db = getDatabase();
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.leads.bulkAdd(leads);
  });

  function renderSearch(onPick = vi.fn()) {
    render(<LeadSearch onPick={onPick} />);
    return { input: screen.getByRole('combobox', { name: 'Search leads' }), onPick };
  }

  it('shows nothing until something is typed', () => {
    const { input } = renderSearch();
    expect(input).toHaveAttribute('type', 'search');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByText(/No lead matches/)).toBeNull();
  });

  it('finds leads by a later word or without accents, with role, company and stage', async () => {
    const user = userEvent.setup();
    const { input } = renderSearch();
    await user.type(input, 'vries');
    const jan = await screen.findByRole('option', { name: /Jan de Vries/ });
    expect(jan).toHaveTextContent('Inkoper · Kaaskop B.V.');
    expect(within(jan).getByRole('status')).toHaveTextContent('Lead');

    await user.clear(input);
    await user.type(input, 'asa sjo');
    const asa = await screen.findByRole('option', { name: /Åsa Sjöberg/ });
    expect(asa).toHaveTextContent(/^Åsa Sjöberg Nurture$/);
  });

  it('moves through the results with the arrow keys, wrapping, and picks with Enter', async () => {
    const user = userEvent.setup();
    const { input, onPick } = renderSearch();
    await user.type(input, 'carpathia');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.querySelector('.role')?.textContent)).toEqual(['Ana Popescu', 'Ștefan Țurcanu']);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).not.toHaveAttribute('aria-activedescendant');

    const selected = () => screen.getByRole('option', { selected: true }).querySelector('.role')?.textContent;
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('Ana Popescu');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('Ștefan Țurcanu');
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('Ana Popescu');
    await user.keyboard('{ArrowUp}');
    expect(selected()).toBe('Ștefan Țurcanu');

    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledExactlyOnceWith('ro-stefan');
    expect(input).toHaveValue('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('picks the first result on Enter, and any result on click', async () => {
    const user = userEvent.setup();
    const { input, onPick } = renderSearch();
    await user.type(input, 'stefan');
    await screen.findByRole('option', { name: /Ștefan Țurcanu/ });
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenLastCalledWith('ro-stefan');

    await user.type(input, 'ana');
    await user.click(await screen.findByRole('option', { name: /Ana Popescu/ }));
    expect(onPick).toHaveBeenLastCalledWith('lead-ana');
  });

  it('clears the search with Escape', async () => {
    const user = userEvent.setup();
    const { input } = renderSearch();
    await user.type(input, 'jan');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    const { input } = renderSearch();
    await user.type(input, 'xyz');
    expect(screen.getByText('Searching…')).toBeVisible();
    expect(await screen.findByText('No lead matches “xyz”')).toBeVisible();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('speaks the UI language', async () => {
    setLanguage('pl');
    try {
      const user = userEvent.setup();
      render(<LeadSearch onPick={vi.fn()} />);
      const input = screen.getByRole('combobox', { name: 'Szukaj leadów' });
      expect(input).toHaveAttribute('placeholder', 'Imię i nazwisko, firma lub e-mail');
      await user.type(input, 'xyz');
      expect(await screen.findByText('Brak leadów pasujących do „xyz”')).toBeVisible();
    } finally {
      setLanguage(null);
    }
  });

  it('shows a lead captured while the results are open', async () => {
    const user = userEvent.setup();
    const { input } = renderSearch();
    await user.type(input, 'jan');
    await screen.findByRole('option', { name: /Jan de Vries/ });
    await getDatabase().leads.add(storedLead({ id: 'nl-janneke', name: 'Janneke Smit', stage: 'mql' }));
    expect(await screen.findByRole('option', { name: /Janneke Smit/ })).toBeVisible();
  });
});

describe('HotList', () => {
  const revisitAt = Date.UTC(2026, 10, 20, 9, 30);

  it('lists hot leads with company, score and stage, and picks on click', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<HotList hot={[storedLead(), leads[2] ?? storedLead()]} followUps={[]} onPick={onPick} />);
    const hot = screen.getByRole('region', { name: 'Hot leads' });
    const buttons = within(hot).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Ana Popescu · Carpathia Software A2 · 105 points MQL',
      'Jan de Vries · Kaaskop B.V. A2 · 105 points Lead',
    ]);
    await user.click(buttons[1] as HTMLElement);
    expect(onPick).toHaveBeenCalledExactlyOnceWith('nl-jan');
  });

  it('lists follow-ups with their due date in the given locale', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    const lead = storedLead({ id: 'sv-asa', name: 'Åsa Sjöberg', company: 'Norrsken AB', stage: 'nurture' });
    render(<HotList hot={[]} followUps={[{ lead, revisitAt }]} onPick={onPick} locale="nl-NL" />);
    const due = screen.getByRole('region', { name: 'Follow-ups due' });
    const button = within(due).getByRole('button', { name: /Åsa Sjöberg/ });
    expect(button).toHaveTextContent('Åsa Sjöberg · Norrsken AB due 20 nov 2026 Nurture');
    expect(button.querySelector('time')).toHaveAttribute('datetime', '2026-11-20T09:30:00.000Z');
    await user.click(button);
    expect(onPick).toHaveBeenCalledWith('sv-asa');
  });

  it('says when either list is empty', () => {
    render(<HotList hot={[]} followUps={[]} onPick={vi.fn()} />);
    expect(screen.getByText('No MQLs or high-scoring leads yet.')).toBeVisible();
    expect(screen.getByText('No follow-ups due.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks the UI language, with dates in its locale', () => {
    setLanguage('sv');
    try {
      const lead = storedLead({ id: 'sv-asa', name: 'Åsa Sjöberg', company: 'Norrsken AB', stage: 'nurture' });
      render(<HotList hot={[storedLead()]} followUps={[{ lead, revisitAt }]} onPick={vi.fn()} />);
      const hot = screen.getByRole('region', { name: 'Heta leads' });
      expect(within(hot).getByRole('button')).toHaveTextContent('Ana Popescu · Carpathia Software A2 · 105 poäng MQL');
      const due = screen.getByRole('region', { name: 'Uppföljningar att göra' });
      expect(within(due).getByRole('button')).toHaveTextContent(
        'Åsa Sjöberg · Norrsken AB följ upp 20 nov. 2026 Bearbetning',
      );
    } finally {
      setLanguage(null);
    }
  });
});
