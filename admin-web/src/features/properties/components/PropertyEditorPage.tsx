import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ShellPage } from '@portail/web';
import { useProperty, usePropertyDetails } from '../api/propertyRecord.js';
import { newPropertyValues, valuesOfProperty } from '../propertyForm.js';
import { GeneratedPdfButton } from '../../dossiers/components/GeneratedPdfButton.js';
import { AssignmentsPanel } from './AssignmentsPanel.js';
import { DeletePropertyPanel } from './DeletePropertyPanel.js';
import { PhotosPanel } from './PhotosPanel.js';
import { PropertyForm } from './PropertyForm.js';
import '../properties.css';

function BackLink() {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <Link to="/biens">{t('properties.back')}</Link>
    </p>
  );
}

/**
 * H2–H3 — a property's page: its fields, then (once it exists) its photos, the clients it is
 * proposed to with "Affecter" and "Publier", and its deletion. The property and its private
 * details are followed live; the form starts from them once and keeps what is being typed.
 */
export function PropertyEditorPage() {
  const { t } = useTranslation();
  const { propertyId = null } = useParams();
  const property = useProperty(propertyId);
  const details = usePropertyDetails(propertyId);

  if (!propertyId) {
    return (
      <ShellPage title={t('properties.new')}>
        <BackLink />
        <PropertyForm key="new" propertyId={null} initial={newPropertyValues} />
      </ShellPage>
    );
  }
  if (property.isError || details.isError || property.data === null) {
    return (
      <ShellPage title={t('properties.title')}>
        <BackLink />
        <p role="alert" className="panel error">
          {property.data === null
            ? t('properties.editor.notFound')
            : t('properties.editor.loadFailed')}
        </p>
      </ShellPage>
    );
  }
  if (property.isPending || details.isPending) {
    return (
      <ShellPage title={t('properties.title')}>
        <BackLink />
        <p role="status">{t('properties.editor.loading')}</p>
      </ShellPage>
    );
  }
  const record = property.data;
  return (
    <ShellPage title={record.title}>
      <BackLink />
      <div className="property-editor">
        <PropertyForm
          key={propertyId}
          propertyId={propertyId}
          initial={valuesOfProperty(record, details.data)}
        />
        <div className="property-side">
          <GeneratedPdfButton document="propertySheet" propertyId={propertyId} />
          <PhotosPanel propertyId={propertyId} title={record.title} photos={record.photos} />
          <AssignmentsPanel propertyId={propertyId} property={record} />
          <DeletePropertyPanel propertyId={propertyId} title={record.title} />
        </div>
      </div>
    </ShellPage>
  );
}
