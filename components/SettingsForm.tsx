import { type FormEvent, useState } from 'react';
import { t } from '@/lib/i18n';

export interface SlaSettings {
  slaHours: number;
  notifications: boolean;
}

interface Props {
  initial: SlaSettings;
  onSave: (settings: SlaSettings) => Promise<void>;
}

/** Speed-to-lead settings: the SLA in hours and whether a breach raises a browser notification. */
export function SettingsForm({ initial, onSave }: Props) {
  const [hours, setHours] = useState(String(initial.slaHours));
  const [notifications, setNotifications] = useState(initial.notifications);
  const [status, setStatus] = useState<string | null>(null);
  const slaHours = Number(hours);
  const valid = Number.isFinite(slaHours) && slaHours > 0 && slaHours <= 8760;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    await onSave({ slaHours, notifications });
    setStatus(t('settingsSaved'));
  };
  return (
    <form className="card settings" onSubmit={submit} aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <label>
        {t('settingsSlaHours')}{' '}
        <input
          type="number"
          min={1}
          max={8760}
          step="any"
          value={hours}
          aria-invalid={!valid}
          onChange={(e) => setHours(e.target.value)}
        />
      </label>
      <label>
        <input type="checkbox" checked={notifications} onChange={(e) => setNotifications(e.target.checked)} />{' '}
        {t('settingsSlaNotifications')}
      </label>
      <button type="submit" disabled={!valid}>
        {t('settingsSave')}
      </button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
