import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientActions, clientMayAct, type ClientAction } from '@portail/shared';
import { isPermissionDenied, useReadOnly } from '@portail/web';
import { useClientMove, type ClientMove } from '../api/clientMove.js';
import type { SpaceAssignment } from '../api/readAssignment.js';
import { ActionDialog } from './ActionDialog.js';
import { OfferForm } from './OfferForm.js';
import { RejectionForm } from './RejectionForm.js';
import { ReportForm } from './ReportForm.js';
import { VisitRequestForm } from './VisitRequestForm.js';

const actionOrder: ClientAction[] = ['visitRequest', 'report', 'offer', 'rejection'];

type Outcome = { kind: 'done'; action: ClientAction } | { kind: 'refused' | 'failed' };

const forms = {
  visitRequest: VisitRequestForm,
  report: ReportForm,
  offer: OfferForm,
  rejection: RejectionForm,
};
const formTitles: Record<ClientAction, string> = {
  visitRequest: 'space.visitForm.title',
  report: 'space.reportForm.title',
  offer: 'space.offerForm.title',
  rejection: 'space.rejectionForm.title',
};

/**
 * The actions of the card's stage (C2), each opening its form. The move shows at once; when the
 * rules refuse it (the hunter moved the card meanwhile, access withdrawn) the page returns to
 * the truth and says so. A preview shows the actions disabled.
 */
export function PropertyActions({ card }: { card: SpaceAssignment }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const move = useClientMove(card.propertyId);
  const [open, setOpen] = useState<ClientAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const actions = actionOrder.filter((action) => clientMayAct(action, card.stage));
  // "Sent" holds while the card is where the action put it; once the hunter moves it on, it goes.
  const shown =
    outcome?.kind === 'done' && card.stage !== clientActions[outcome.action].to ? null : outcome;

  function submit(chosen: ClientMove) {
    setOpen(null);
    setOutcome(null);
    move.mutate(
      { from: card.stage, move: chosen },
      {
        onSuccess: () => setOutcome({ kind: 'done', action: chosen.action }),
        onError: (error) => setOutcome({ kind: isPermissionDenied(error) ? 'refused' : 'failed' }),
      },
    );
  }

  const Form = open ? forms[open] : null;
  return (
    // Held at the bottom of a phone's screen only while there is something to do.
    <aside
      className={actions.length > 0 ? 'space-actions' : 'space-actions space-actions-idle'}
      aria-labelledby="space-actions-heading"
    >
      <h2 id="space-actions-heading" className="space-actions-heading">
        {t('space.actions.heading')}
      </h2>
      {move.isPending && (
        <p role="status" className="space-status">
          {t('space.actions.sending')}
        </p>
      )}
      {shown?.kind === 'done' && (
        <p role="status" className="space-status notice">
          {t(`space.actions.done.${shown.action}`)}
        </p>
      )}
      {shown && shown.kind !== 'done' && (
        <p role="alert" className="space-status error">
          {t(`space.actions.${shown.kind}`)}
        </p>
      )}
      {actions.length > 0 ? (
        <div className="space-action-buttons">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'rejection' ? 'secondary space-reject' : 'primary'}
              disabled={readOnly || move.isPending}
              onClick={() => {
                setOutcome(null);
                setOpen(action);
              }}
            >
              {t(`space.actions.${action}`)}
            </button>
          ))}
        </div>
      ) : (
        <p className="space-actions-note">
          {card.stage === 'rejected'
            ? t('space.actions.rejectedNote')
            : t('space.actions.followUp')}
        </p>
      )}
      {readOnly && actions.length > 0 && (
        <p className="space-actions-note">{t('space.actions.readOnly')}</p>
      )}
      {open && Form && !readOnly && (
        <ActionDialog title={t(formTitles[open])} onClose={() => setOpen(null)}>
          <Form onSubmit={submit} onCancel={() => setOpen(null)} />
        </ActionDialog>
      )}
    </aside>
  );
}
