import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssignPropertiesResult } from '@portail/shared';
import { errorMessage, ShellPage, useReadOnly } from '@portail/web';
import { clientName, type ClientRow } from '../../clients/api/clientRow.js';
import { telHref } from '../../clients/components/ContactLinks.js';
import { DeletionRequestBadge } from '../../clients/components/DeletionRequestBadge.js';
import { ClientPlacesSlot } from '../../map/components/ClientPlacesSlot.js';
import { ClientDocumentsSlot } from '../../documents/components/ClientDocumentsSlot.js';
import { useLiveClient } from '../api/clientDocument.js';
import { AccessSection } from './AccessSection.js';
import { AddPropertiesDialog } from './AddPropertiesDialog.js';
import { CriteriaSection } from './CriteriaSection.js';
import { IdentitySection } from './IdentitySection.js';
import { MailIcon, PhoneIcon } from './icons.js';
import { PipelineSlot } from './PipelineSlot.js';
import { PrivateNotesSection } from './PrivateNotesSection.js';
import { TogetherSlot } from './TogetherSlot.js';
import '../clientFile.css';

/** The client file (H1): one page for everything about one client space. */
export function ClientFilePage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const live = useLiveClient(clientId);

  if (live.state === 'ready') return <ClientFile client={live.client} />;
  return (
    <ShellPage title={t('clientFile.loading')}>
      <BackLink />
      {live.state === 'loading' ? (
        <p>{t('ui.loading')}</p>
      ) : (
        <p role="alert" className="error">
          {live.state === 'failed' ? errorMessage(live.error) : t('clientFile.notFound')}
        </p>
      )}
    </ShellPage>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <p className="file-back">
      <Link to="/clients">← {t('clientFile.back')}</Link>
    </p>
  );
}

function ClientFile({ client }: { client: ClientRow }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const readOnly = useReadOnly();
  const name = clientName(client);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<AssignPropertiesResult | null>(null);

  return (
    <ShellPage title={name}>
      <BackLink />
      <div className="file-summary">
        <span className={`badge badge-${client.status}`}>
          {t(`clients.statuses.${client.status}`)}
        </span>
        {client.deletionRequest && <DeletionRequestBadge request={client.deletionRequest} />}
        <span className="file-contact">
          {client.phone.trim() && (
            <a className="contact-button" href={telHref(client.phone)}>
              <PhoneIcon />
              {t('clientFile.call')} <span className="contact-value">{client.phone}</span>
            </a>
          )}
          <a className="contact-button" href={`mailto:${client.email}`}>
            <MailIcon />
            {t('clientFile.write')} <span className="contact-value">{client.email}</span>
          </a>
          <Link className="contact-button" to={`/mandats?client=${client.id}`}>
            {t('clientFile.mandates')}
          </Link>
        </span>
      </div>
      <div className="file-grid">
        <div className="file-column">
          <IdentitySection client={client} />
          <AccessSection client={client} onDeleted={() => navigate('/clients')} />
        </div>
        <div className="file-column">
          <CriteriaSection client={client} />
          <PrivateNotesSection clientId={client.id} />
          <ClientPlacesSlot clientId={client.id} />
        </div>
      </div>
      <section className="file-properties" aria-label={t('clientFile.properties.title')}>
        <div className="file-properties-bar">
          <button
            type="button"
            className="primary"
            disabled={readOnly}
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {t('clientFile.properties.add')}
          </button>
          <p className="field-help">{t('clientFile.properties.draftNote')}</p>
          {added && (
            <p role="status" className="saved">
              {added.created === 0
                ? t('clientFile.properties.existingOnly', { count: added.existing })
                : t('clientFile.properties.added', { count: added.created })}
              {added.created > 0 &&
                added.existing > 0 &&
                ` ${t('clientFile.properties.existing', { count: added.existing })}`}
            </p>
          )}
        </div>
        <PipelineSlot clientId={client.id} />
      </section>
      <TogetherSlot clientId={client.id} clientName={name} />
      <ClientDocumentsSlot clientId={client.id} clientName={name} />
      {adding && (
        <AddPropertiesDialog
          clientId={client.id}
          clientName={name}
          onClose={() => setAdding(false)}
          onDone={(result) => {
            setAdding(false);
            setAdded(result);
          }}
        />
      )}
    </ShellPage>
  );
}
