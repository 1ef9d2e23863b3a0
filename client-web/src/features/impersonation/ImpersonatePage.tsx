import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard, LoadingScreen } from '@portail/web';
import { removeHash, signInForPreview, tokenFromHash } from './signInForPreview.js';

/**
 * `/impersonate#token=…`, opened by the admin app's "Imiter": signs in as the client, read-only,
 * then shows their space. The token travels in the hash so it never reaches a server log.
 */
export function ImpersonatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const [failed, setFailed] = useState(!token);
  const started = useRef(false);

  useEffect(() => {
    removeHash();
    if (!token || started.current) return;
    started.current = true;
    signInForPreview(token).then(
      () => void navigate('/', { replace: true }),
      () => setFailed(true),
    );
  }, [token, navigate]);

  if (!failed) return <LoadingScreen />;
  return (
    <AuthCard title={t('impersonate.title')}>
      <p role="alert" className="error">
        {t('impersonate.failed')}
      </p>
    </AuthCard>
  );
}
