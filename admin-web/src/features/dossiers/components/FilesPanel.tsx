import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkUpload, type DossierFile } from '@portail/shared';
import { errorMessage, useReadOnly } from '@portail/web';
import { downloadDossierFile, useUpdateDossierFiles } from '../api/dossierFiles.js';
import type { DossierRow } from '../api/dossierRow.js';
import { useFileStats } from '../api/history.js';
import { uploadDossierFile } from '../api/uploadDossierFile.js';
import { StateBadge } from './StateBadge.js';

interface Upload {
  name: string;
  progress: number;
  error: string | null;
}

type Edits = Record<string, { title: string; comment: string }>;

const editsOf = (files: DossierFile[]): Edits =>
  Object.fromEntries(files.map((f) => [f.id, { title: f.title, comment: f.comment }]));

/**
 * D1–D2 — a dossier's files: upload (one request per file, checked on content by the backend),
 * titles and comments, removal, download through the one file path, per-file download counts
 * and whether the client has it.
 */
export function FilesPanel({ dossier }: { dossier: DossierRow }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const stats = useFileStats(dossier.id);
  const update = useUpdateDossierFiles();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [edits, setEdits] = useState<Edits>(() => editsOf(dossier.files));
  const [saved, setSaved] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const filesKey = dossier.files.map((f) => f.id).join(',');
  const [seenKey, setSeenKey] = useState(filesKey);
  if (seenKey !== filesKey) {
    // Files came or went (here or elsewhere): keep what is typed, add the new ones.
    setSeenKey(filesKey);
    setEdits((current) => ({ ...editsOf(dossier.files), ...pick(current, dossier.files) }));
  }

  const send = async (list: FileList | null) => {
    for (const file of Array.from(list ?? [])) {
      const name = file.name;
      const bytes = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
      // A quick check in the browser on the first bytes; the backend checks the whole file.
      const precheck = checkUpload(
        { bytes: file.size > 0 ? bytes : new Uint8Array(), name },
        'document',
      );
      if (!precheck.ok && precheck.code !== 'file-too-large') {
        setUploads((u) => [...u, { name, progress: 0, error: precheck.message }]);
        continue;
      }
      setUploads((u) => [...u, { name, progress: 0, error: null }]);
      const progress = (fraction: number) =>
        setUploads((u) => u.map((x) => (x.name === name ? { ...x, progress: fraction } : x)));
      try {
        await uploadDossierFile(dossier.id, file, name, progress);
        setUploads((u) => u.filter((x) => x.name !== name));
      } catch (error) {
        setUploads((u) =>
          u.map((x) => (x.name === name ? { ...x, error: errorMessage(error) } : x)),
        );
      }
    }
  };

  const commit = (files: DossierFile[]) => {
    setSaved(false);
    update.mutate(
      {
        dossierId: dossier.id,
        files: files.map((f) => ({
          id: f.id,
          title: edits[f.id]?.title ?? f.title,
          comment: edits[f.id]?.comment ?? f.comment,
        })),
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <section className="panel" aria-labelledby="dossier-files-title">
      <div className="dossier-panel-head">
        <h2 id="dossier-files-title">{t('dossiers.files.title')}</h2>
        <StateBadge state={dossier.downloadState} />
      </div>
      <label className={`dossier-upload${readOnly ? ' disabled' : ''}`}>
        <input
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          disabled={readOnly}
          onChange={(e) => {
            void send(e.target.files);
            e.target.value = '';
          }}
        />
        <span>{t('dossiers.files.add')}</span>
      </label>
      <p className="field-help">{t('dossiers.files.accepted')}</p>
      {uploads.length > 0 && (
        <ul className="dossier-uploads">
          {uploads.map((u) => (
            <li key={u.name}>
              {u.error ? (
                <p role="alert" className="error">
                  {u.name} : {u.error}
                </p>
              ) : (
                <>
                  <span>
                    {t('dossiers.files.uploading', {
                      name: u.name,
                      percent: Math.round(u.progress * 100),
                    })}
                  </span>
                  <progress value={u.progress} max={1} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {dossier.files.length === 0 ? (
        <p>{t('dossiers.files.none')}</p>
      ) : (
        <ul className="dossier-files">
          {dossier.files.map((file) => {
            const edit = edits[file.id] ?? { title: file.title, comment: file.comment };
            const downloads = stats.data?.[file.id] ?? 0;
            return (
              <li key={file.id} className="dossier-file">
                <div className="dossier-file-head">
                  <strong>{file.name}</strong>
                  <span className="field-help">
                    {file.pages !== null &&
                      `${t('dossiers.files.pages', { count: file.pages })} · `}
                    {t('dossiers.files.downloads', { count: downloads })} ·{' '}
                    {dossier.downloadedFileIds.includes(file.id)
                      ? t('dossiers.files.byClient')
                      : t('dossiers.files.notByClient')}
                  </span>
                </div>
                <label>
                  <span>{t('dossiers.files.fileTitle')}</span>
                  <input
                    value={edit.title}
                    disabled={readOnly}
                    onChange={(e) =>
                      setEdits((x) => ({ ...x, [file.id]: { ...edit, title: e.target.value } }))
                    }
                  />
                </label>
                <label>
                  <span>{t('dossiers.files.comment')}</span>
                  <input
                    value={edit.comment}
                    disabled={readOnly}
                    onChange={(e) =>
                      setEdits((x) => ({ ...x, [file.id]: { ...edit, comment: e.target.value } }))
                    }
                  />
                </label>
                <div className="row-actions">
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('dossiers.files.downloadName', { name: file.name })}
                    onClick={() => {
                      setDownloadError(null);
                      downloadDossierFile(dossier.id, file.id, file.name).catch((error: unknown) =>
                        setDownloadError(errorMessage(error)),
                      );
                    }}
                  >
                    {t('dossiers.files.download')}
                  </button>
                  <button
                    type="button"
                    className="secondary danger"
                    disabled={readOnly || update.isPending}
                    aria-label={t('dossiers.files.removeName', { name: file.name })}
                    onClick={() => commit(dossier.files.filter((f) => f.id !== file.id))}
                  >
                    {t('dossiers.files.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {dossier.files.length > 0 && (
        <button
          type="button"
          className="primary"
          disabled={readOnly || update.isPending}
          onClick={() => commit(dossier.files)}
        >
          {t('dossiers.files.save')}
        </button>
      )}
      {saved && <p role="status">{t('dossiers.files.saved')}</p>}
      {(update.isError || downloadError) && (
        <p role="alert" className="error">
          {downloadError ?? errorMessage(update.error)}
        </p>
      )}
    </section>
  );
}

function pick(edits: Edits, files: DossierFile[]): Edits {
  return Object.fromEntries(files.filter((f) => edits[f.id]).map((f) => [f.id, edits[f.id]!]));
}
