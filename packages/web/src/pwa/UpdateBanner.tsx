import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './pwa.css';

/** "A new version is available — Reload", until the user reloads or puts it off. */
export function UpdateBanner({ applyUpdate }: { applyUpdate(): void }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<typeof applyUpdate | null>(null);
  const [reloading, setReloading] = useState(false);
  if (dismissed === applyUpdate) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('pwa.update.available')}</p>
      <div className="update-prompt-actions">
        <button type="button" className="secondary" onClick={() => setDismissed(() => applyUpdate)}>
          {t('pwa.update.later')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            applyUpdate();
          }}
        >
          {t('pwa.update.reload')}
        </button>
      </div>
    </div>
  );
}
