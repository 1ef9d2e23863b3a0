import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assignPropertiesInput,
  criteriaMatch,
  type AssignPropertiesResult,
  type PropertyRecord,
} from '@portail/shared';
import { ConfirmDialog } from '@portail/web';
import { useAssignProperties } from '../api/assignProperties.js';
import { useClientChoices } from '../api/searchClients.js';
import { CriteriaBadges } from './CriteriaBadges.js';
import { useDebounced } from './useDebounced.js';
import { useLocalised } from './useLocalError.js';

/**
 * "Affecter" (H3): pick one or many clients, each shown with how their criteria meet the
 * property; each becomes a draft card in that client's space. The choice survives new searches.
 */
export function AssignDialog({
  propertyId,
  property,
  assigned,
  onClose,
  onAssigned,
}: {
  propertyId: string;
  property: PropertyRecord;
  /** Clients who have the property already: shown, not pickable. */
  assigned: ReadonlySet<string>;
  onClose: () => void;
  onAssigned: (result: AssignPropertiesResult) => void;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const [text, setText] = useState('');
  const search = useDebounced(text, 250);
  const choices = useClientChoices(search);
  const assign = useAssignProperties();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [invalid, setInvalid] = useState<string | null>(null);
  const matches = useMemo(
    () =>
      new Map(
        (choices.data ?? []).map((client) => [client.id, criteriaMatch(client.criteria, property)]),
      ),
    [choices.data, property],
  );

  function toggle(clientId: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(clientId);
    else next.delete(clientId);
    setSelected(next);
    setInvalid(null);
  }

  function confirm() {
    const parsed = assignPropertiesInput.safeParse({
      propertyIds: [propertyId],
      clientIds: [...selected],
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setInvalid(localised.message(issue?.message ?? '', 'properties.assign.pickOne'));
    }
    assign.mutate(parsed.data, {
      onSuccess: (result) => {
        onAssigned(result);
        onClose();
      },
    });
  }

  const error =
    invalid ??
    (assign.isError ? localised.failure(assign.error, 'properties.assign.failed') : null);

  return (
    <ConfirmDialog
      title={t('properties.assign.title', { title: property.title })}
      confirmLabel={t('properties.assign.confirm')}
      pending={assign.isPending}
      error={error}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <div className="assign-picker">
        <input
          type="search"
          aria-label={t('properties.assign.search')}
          placeholder={t('properties.assign.search')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="field-help" aria-live="polite">
          {t('properties.assign.selected', { count: selected.size })} ·{' '}
          {t('properties.assign.draftHint')}
        </p>
        {choices.isError ? (
          <p role="alert" className="error">
            {t('properties.assign.loadFailed')}
          </p>
        ) : choices.isPending ? (
          <p role="status">{t('ui.loading')}</p>
        ) : choices.data.length === 0 ? (
          <p className="empty-state">{t('properties.assign.none')}</p>
        ) : (
          <ul className="assign-choices" aria-label={t('properties.assign.choices')}>
            {choices.data.map((client) => {
              const already = assigned.has(client.id);
              return (
                <li key={client.id}>
                  <label className={already ? 'assign-choice assign-already' : 'assign-choice'}>
                    <input
                      type="checkbox"
                      checked={already || selected.has(client.id)}
                      disabled={already || assign.isPending}
                      onChange={(event) => toggle(client.id, event.target.checked)}
                    />
                    <span className="assign-who">
                      <span className="assign-name">
                        {client.name}
                        {already && <span className="badge">{t('properties.assign.already')}</span>}
                      </span>
                      <span className="field-help">{client.email}</span>
                      <CriteriaBadges match={matches.get(client.id)!} name={client.name} />
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </ConfirmDialog>
  );
}
