import { useCallback, useEffect, useRef, useState } from 'react';
import {
  checkUpload,
  formatMegabytes,
  PHOTO_MAX_BYTES,
  PROPERTY_MAX_PHOTOS,
  type UploadRefusalCode,
} from '@portail/shared';
import { errorCode } from '@portail/web';
import { uploadPhoto } from '../api/uploadPhoto.js';

export type UploadStatus = 'checking' | 'waiting' | 'uploading' | 'done' | 'refused' | 'failed';

export interface UploadItem {
  key: string;
  name: string;
  status: UploadStatus;
  /** 0 to 1 while uploading. */
  progress: number;
  /** Why it was refused or failed: the shared check's or the function's (French) message. */
  message?: string;
  /** A stable code for the message: the check's refusal, `too-many`, or the function's code. */
  code?: UploadRefusalCode | 'too-many' | string;
  size: number;
}

/** Two photos in flight at a time: each its own request and progress bar. */
const PARALLEL_UPLOADS = 2;
/** How long a sent photo stays listed as sent (it is in the grid by then). */
const DONE_SHOWN_MS = 2500;

let nextKey = 0;

/**
 * The photos being added to a property: each file is checked on its content with the shared
 * rules before anything is sent (a PDF renamed .jpg, a 40 MB file are refused here, with the
 * check's message), the total is capped at PROPERTY_MAX_PHOTOS, then the accepted ones are sent
 * to `uploadPhoto`. The property's `photos` (followed live) then shows them.
 */
export function usePhotoUploads(propertyId: string, photoCount: number) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<{ key: string; file: File }[]>([]);
  const running = useRef(0);
  const aborts = useRef(new Set<AbortController>());
  const count = useRef(photoCount);
  useEffect(() => {
    count.current = photoCount;
  }, [photoCount]);

  useEffect(() => {
    const pending = aborts.current;
    return () => pending.forEach((controller) => controller.abort());
  }, []);

  const update = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) =>
      current.map((item) => (item.key === key ? { ...item, ...change } : item)),
    );
  }, []);

  const pump = useCallback(() => {
    function startNext() {
      while (running.current < PARALLEL_UPLOADS && queue.current.length > 0) {
        const { key, file } = queue.current.shift()!;
        running.current++;
        const controller = new AbortController();
        aborts.current.add(controller);
        update(key, { status: 'uploading', progress: 0 });
        uploadPhoto(
          propertyId,
          file,
          file.name,
          (progress) => update(key, { progress }),
          controller.signal,
        )
          .then(() => {
            update(key, { status: 'done', progress: 1 });
            setTimeout(
              () => setItems((current) => current.filter((item) => item.key !== key)),
              DONE_SHOWN_MS,
            );
          })
          .catch((error: unknown) =>
            update(key, {
              status: 'failed',
              message: error instanceof Error ? error.message : undefined,
              code: errorCode(error) ?? undefined,
            }),
          )
          .finally(() => {
            aborts.current.delete(controller);
            running.current--;
            startNext();
          });
      }
    }
    startNext();
  }, [propertyId, update]);

  const add = useCallback(
    async (files: readonly File[]) => {
      const added = files.map((file) => ({
        key: `upload-${nextKey++}`,
        file,
      }));
      setItems((current) => [
        ...current.filter((item) => item.status !== 'done'),
        ...added.map(({ key, file }) => ({
          key,
          name: file.name,
          status: 'checking' as const,
          progress: 0,
          size: file.size,
        })),
      ]);
      for (const { key, file } of added) {
        // One file in memory at a time: its bytes are read for the check, then let go.
        const check = checkUpload(
          { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name },
          'photo',
        );
        if (!check.ok) {
          update(key, { status: 'refused', code: check.code, message: check.message });
          continue;
        }
        // Photos already there, plus those on their way: the rest are refused, not sent.
        const inFlight = running.current + queue.current.length;
        if (count.current + inFlight >= PROPERTY_MAX_PHOTOS) {
          update(key, { status: 'refused', code: 'too-many' });
          continue;
        }
        update(key, { status: 'waiting' });
        queue.current.push({ key, file });
        pump();
      }
    },
    [pump, update],
  );

  const dismiss = useCallback((key: string) => {
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  const busy = items.some((item) => ['checking', 'waiting', 'uploading'].includes(item.status));
  return { items, add, dismiss, busy };
}

/** The numbers the English refusal of a too-large file needs. */
export function sizeValues(size: number) {
  return { size: formatMegabytes(size), limit: formatMegabytes(PHOTO_MAX_BYTES) };
}
