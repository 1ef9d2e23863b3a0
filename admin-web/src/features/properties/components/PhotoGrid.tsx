import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PropertyPhoto as Photo } from '@portail/shared';
import { ConfirmDialog, PropertyPhoto } from '@portail/web';
import { usePhotoOrder } from './usePhotoOrder.js';
import { useLocalised } from './useLocalError.js';

function moved(order: readonly string[], from: number, to: number): string[] {
  const next = [...order];
  const [id] = next.splice(from, 1);
  next.splice(to, 0, id!);
  return next;
}

/**
 * The property's photos in order, the first the cover. Reordered by drag-and-drop (a mouse) and
 * by the ← → buttons (a keyboard, a phone), deleted after a confirmation; every change is saved
 * through `updatePhotos`. While photos are being sent the grid is locked: an order sent then
 * would not name them, and `updatePhotos` deletes the photos its order leaves out.
 */
export function PhotoGrid({
  propertyId,
  title,
  photos,
  locked,
}: {
  propertyId: string;
  title: string;
  photos: readonly Photo[];
  locked: boolean;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const { order, change, saving, failed } = usePhotoOrder(propertyId, photos);
  const [dragged, setDragged] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const focusAfterMove = useRef<{ id: string; direction: 'left' | 'right' } | null>(null);
  const grid = useRef<HTMLOListElement>(null);

  // A moved photo keeps the focus on its arrow (or the other one at either end).
  useLayoutEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const item = grid.current?.querySelector(`[data-photo="${wanted.id}"]`);
    const buttons = item?.querySelectorAll<HTMLButtonElement>('[data-direction]');
    const preferred = [...(buttons ?? [])].find((b) => b.dataset.direction === wanted.direction);
    const usable =
      preferred && !preferred.disabled ? preferred : [...(buttons ?? [])].find((b) => !b.disabled);
    usable?.focus();
  });

  if (order.length === 0) return <p className="empty-state">{t('properties.photos.empty')}</p>;

  const move = (index: number, direction: 'left' | 'right') => {
    const to = direction === 'left' ? index - 1 : index + 1;
    focusAfterMove.current = { id: order[index]!, direction };
    change(moved(order, index, to));
  };
  const removeIndex = removing ? order.indexOf(removing) : -1;

  return (
    <>
      <p className="field-help">
        {locked ? t('properties.photos.locked') : t('properties.photos.reorderHint')}
      </p>
      {failed !== null && (
        <p role="alert" className="error">
          {localised.failure(failed, 'properties.photos.updateFailed')}
        </p>
      )}
      <ol
        ref={grid}
        className="photo-grid"
        aria-label={t('properties.photos.list')}
        aria-busy={saving || undefined}
      >
        {order.map((id, index) => {
          const n = index + 1;
          return (
            <li
              key={id}
              data-photo={id}
              className={[
                'photo-tile',
                dragged === id ? 'photo-dragged' : '',
                target === id && dragged !== id ? 'photo-target' : '',
              ].join(' ')}
              draggable={!locked}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', id);
                setDragged(id);
              }}
              onDragEnd={() => {
                setDragged(null);
                setTarget(null);
              }}
              onDragOver={(event) => {
                if (!dragged || locked) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setTarget(id);
              }}
              onDrop={(event) => {
                if (!dragged || locked) return;
                event.preventDefault();
                const from = order.indexOf(dragged);
                setDragged(null);
                setTarget(null);
                if (from >= 0 && from !== index) change(moved(order, from, index));
              }}
            >
              <PropertyPhoto
                propertyId={propertyId}
                photoId={id}
                size="thumb"
                alt={t('properties.photos.photoAlt', { n, title })}
                className="photo-thumb"
              />
              <p className={index === 0 ? 'photo-caption cover-caption' : 'photo-caption'}>
                {index === 0 ? t('properties.photos.cover') : t('properties.photos.number', { n })}
              </p>
              <div className="photo-actions">
                <button
                  type="button"
                  className="secondary"
                  data-direction="left"
                  aria-label={t('properties.photos.moveLeft', { n })}
                  disabled={locked || index === 0}
                  onClick={() => move(index, 'left')}
                >
                  ←
                </button>
                <button
                  type="button"
                  className="secondary"
                  data-direction="right"
                  aria-label={t('properties.photos.moveRight', { n })}
                  disabled={locked || index === order.length - 1}
                  onClick={() => move(index, 'right')}
                >
                  →
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={t('properties.photos.remove', { n })}
                  disabled={locked}
                  onClick={() => setRemoving(id)}
                >
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {removing && removeIndex >= 0 && (
        <ConfirmDialog
          title={t('properties.photos.removeTitle', { n: removeIndex + 1 })}
          confirmLabel={t('properties.photos.removeConfirm')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            change(order.filter((photoId) => photoId !== removing));
            setRemoving(null);
          }}
        >
          <PropertyPhoto
            propertyId={propertyId}
            photoId={removing}
            size="thumb"
            alt={t('properties.photos.photoAlt', { n: removeIndex + 1, title })}
            className="photo-thumb"
          />
          <p>{t('properties.photos.removeText')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
