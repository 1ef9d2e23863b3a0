import { useTranslation } from 'react-i18next';
import { useSpaceDocuments } from '../api/spaceDocuments.js';
import { DocumentList } from './DocumentList.js';

/** On a property's page: the documents about it (nothing at all when there are none). */
export function PropertyDocuments({ propertyId }: { propertyId: string }) {
  const { t } = useTranslation();
  const documents = useSpaceDocuments(propertyId);
  const list = documents.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="space-property-documents" aria-labelledby="property-documents-heading">
      <h2 id="property-documents-heading">{t('documents.ofProperty')}</h2>
      <DocumentList documents={list} />
    </section>
  );
}
