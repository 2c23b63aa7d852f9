/**
 * English UI strings of the speed-to-lead card, `{0}`-style like lib/i18n/en.ts (to be moved there).
 * Durations come from formatDuration, dates from Intl.
 */
export const speedToLeadText = {
  heading: 'Speed to lead',
  mqlSince: 'MQL since {0} ({1} ago)',
  touched: 'First touch after {0}',
  touchedLate: 'First touch after {0}, {1} past the {2} SLA',
  waiting: 'Waiting for a first touch: due in {0}',
  overdue: 'Overdue by {0} — no call, email, message or meeting yet',
};

export type SpeedToLeadText = typeof speedToLeadText;
