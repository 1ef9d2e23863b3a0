import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { assignPropertiesInput, type AssignPropertiesResult } from '@portail/shared';
import { ConfirmDialog, errorMessage, PropertyPhoto } from '@portail/web';
import { usePickableProperties, type PickableProperty } from '../api/pickableProperties.js';
import { useAssignProperties } from '../api/assignProperties.js';
import { useFieldMessage } from './useFieldMessage.js';

const SEARCH_DELAY_MS = 250;

function useDebounced(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

function PropertyOption({
  property,
  checked,
  onToggle,
}: {
  property: PickableProperty;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'fr-FR';
  const price =
    property.price === null
      ? null
      : new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: 'EUR',
          maximumFractionDigits: 0,
        }).format(property.price);
  const facts = [
    [property.postalCode, property.city].filter(Boolean).join(' '),
    property.surface !== null ? `${property.surface.toLocaleString(locale)} m²` : null,
    property.rooms !== null ? t('clientFile.properties.rooms', { count: property.rooms }) : null,
  ].filter(Boolean);
  return (
    <li>
      <label className={checked ? 'property-option checked' : 'property-option'}>
        <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.target.checked)} />
        <PropertyPhoto
          propertyId={property.id}
          photoId={property.photoId}
          size="thumb"
          alt=""
          className="property-option-photo"
        />
        <span className="property-option-text">
          <span className="property-option-title">{property.title}</span>
          <span className="field-help">{facts.join(' · ')}</span>
          {price && <span className="property-option-price">{price}</span>}
        </span>
      </label>
    </li>
  );
}

/**
 * "Ajouter des biens": pick among the agency's properties (the most recent, or a search through
 * their keywords) and propose them to this client as drafts.
 */
export function AddPropertiesDialog({
  clientId,
  clientName,
  onClose,
  onDone,
}: {
  clientId: string;
  clientName: string;
  onClose: () => void;
  onDone: (result: AssignPropertiesResult) => void;
}) {
  const { t } = useTranslation();
  const fieldMessage = useFieldMessage();
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed);
  const properties = usePickableProperties(search);
  const assign = useAssignProperties();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [invalid, setInvalid] = useState<string | null>(null);

  function toggle(id: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    setSelected(next);
    setInvalid(null);
  }

  function confirm() {
    const parsed = assignPropertiesInput.safeParse({
      propertyIds: [...selected],
      clientIds: [clientId],
    });
    if (!parsed.success) {
      return setInvalid(fieldMessage('propertyIds', parsed.error.issues[0]?.message) ?? null);
    }
    setInvalid(null);
    assign.mutate(parsed.data, { onSuccess: onDone });
  }

  const list = properties.data ?? [];
  return (
    <ConfirmDialog
      title={t('clientFile.properties.dialogTitle', { name: clientName })}
      confirmLabel={
        selected.size > 0
          ? t('clientFile.properties.confirm', { count: selected.size })
          : t('clientFile.properties.confirmNone')
      }
      pending={assign.isPending}
      error={invalid ?? (assign.isError ? errorMessage(assign.error) : null)}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <input
        type="search"
        aria-label={t('clientFile.properties.search')}
        placeholder={t('clientFile.properties.search')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      {!search.trim() && <p className="field-help">{t('clientFile.properties.recent')}</p>}
      {properties.isError && (
        <p role="alert" className="error">
          {errorMessage(properties.error)}
        </p>
      )}
      {properties.isPending ? (
        <p>{t('ui.loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty-state">{t('clientFile.properties.none')}</p>
      ) : (
        <ul className="property-options" aria-busy={properties.isFetching}>
          {list.map((property) => (
            <PropertyOption
              key={property.id}
              property={property}
              checked={selected.has(property.id)}
              onToggle={(checked) => toggle(property.id, checked)}
            />
          ))}
        </ul>
      )}
      <p className="field-help" role="status">
        {selected.size > 0 && `${t('clientFile.properties.selected', { count: selected.size })} · `}
        {t('clientFile.properties.draftNote')}
      </p>
      <Link to="/biens/nouveau" className="create-property-link">
        {t('clientFile.properties.create')}
      </Link>
    </ConfirmDialog>
  );
}
