import { CrmAccessSettings } from '@/components/CrmAccessSettings';
import { CustomFrameworkForm } from '@/components/CustomFrameworkForm';
import { ExportAndWipe } from '@/components/ExportAndWipe';
import { SettingsForm } from '@/components/SettingsForm';
import { getDatabase } from '@/lib/db/database';
import { downloadText } from '@/lib/download';
import { useSetting } from '@/lib/hooks/useSettings';
import { exportAndWipe } from '@/lib/io/wipe';
import type { Message, Reply } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';

/** Speed-to-lead settings, the CRMs LeadLens may read and the user's own qualification frameworks. */
export default function SettingsSection() {
  const slaHours = useSetting('sla-hours');
  const notifications = useSetting('sla-notifications');
  return (
    <>
      {slaHours !== undefined && notifications !== undefined && (
        <SettingsForm
          initial={{ slaHours, notifications }}
          onSave={async (s) => {
            await sendToBackground({ type: 'set-setting', key: 'sla-hours', value: s.slaHours });
            await sendToBackground({ type: 'set-setting', key: 'sla-notifications', value: s.notifications });
          }}
        />
      )}
      <CrmAccessSettings permissions={browser.permissions} />
      <CustomFrameworkForm
        onSave={async (framework) => {
          const message: Message = { type: 'save-custom-framework', framework };
          const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
          if (reply?.ok) return [];
          return reply?.problems ?? [{ path: '', message: reply?.error ?? 'no reply' }];
        }}
      />
      <ExportAndWipe
        onConfirm={() =>
          exportAndWipe(getDatabase(), new Date(), (name, text) => downloadText(document, name, text), browser.storage)
        }
      />
    </>
  );
}
