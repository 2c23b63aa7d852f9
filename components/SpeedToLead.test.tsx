import { render, screen } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import { type SpeedToLeadActivity, speedToLead } from '@/lib/speedToLead';
import { storedLead } from '@/test/unit/leadFixtures';
import { SpeedToLead } from './SpeedToLead';

const MIN = 60_000;
const H = 60 * MIN;
const lead = storedLead();
const mqlAt = lead.stageHistory.at(-1)?.at ?? 0;
const sinceText = new Date(mqlAt).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });

function renderAt(hoursAfterMql: number, activities: SpeedToLeadActivity[] = [], locale: string | null = 'en') {
  const now = new Date(mqlAt + hoursAfterMql * H);
  const result = speedToLead(lead, activities, { slaHours: 24 }, now);
  return render(<SpeedToLead result={result} now={now} locale={locale ?? undefined} />);
}

describe('SpeedToLead', () => {
  it('shows since when the lead is an MQL and how long until the first touch is due', () => {
    renderAt(3);
    expect(screen.getByRole('heading', { name: 'Speed to lead' })).toBeVisible();
    const since = screen.getByText(sinceText);
    expect(since).toHaveAttribute('datetime', new Date(mqlAt).toISOString());
    expect(since.parentElement).toHaveTextContent(`MQL since ${sinceText} (3 hr ago)`);
    expect(screen.getByText('Waiting for a first touch: due in 21 hr')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns in words when the SLA has passed with no touch', () => {
    renderAt(29);
    expect(screen.getByRole('alert')).toHaveTextContent('⚠ Overdue by 5 hr — no call, email, message or meeting yet');
    expect(screen.getByText('⚠')).toHaveAttribute('aria-hidden', 'true');
  });

  it.each<[string, number, string]>([
    ['within the SLA', 2 * H + 10 * MIN, 'First touch after 2 hr 10 min'],
    ['after the SLA', 26 * H, 'First touch after 1 day 2 hr, 2 hr past the 1 day SLA'],
  ])('says how long the first touch took, %s', (_, touchAfter, expected) => {
    renderAt(40, [{ type: 'call', at: mqlAt + touchAfter }]);
    expect(screen.getByText(expected)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders nothing for a lead that never became MQL', () => {
    const result = speedToLead(storedLead({ stageHistory: [] }), [], { slaHours: 24 }, new Date(mqlAt));
    const { container } = render(<SpeedToLead result={result} now={new Date(mqlAt)} />);
    expect(container).toBeEmptyDOMElement();
  });

  describe('in Dutch', () => {
    beforeEach(() => setLanguage('nl'));
    afterEach(() => setLanguage(null));

    it('speaks the UI language, with dates and durations in its locale', () => {
      renderAt(29, [], null);
      expect(screen.getByRole('heading', { name: 'Reactiesnelheid' })).toBeVisible();
      const since = new Date(mqlAt).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
      expect(screen.getByText(since).parentElement).toHaveTextContent(`MQL sinds ${since} (1 dag, 5 uur geleden)`);
      expect(screen.getByRole('alert')).toHaveTextContent(
        '⚠ 5 uur te laat — nog geen belletje, e-mail, bericht of afspraak',
      );
    });

    it('says how late the first touch was', () => {
      renderAt(40, [{ type: 'call', at: mqlAt + 26 * H }], null);
      expect(screen.getByText('Eerste contact na 1 dag, 2 uur, 2 uur over de SLA van 1 dag')).toBeVisible();
    });
  });
});
