/** Stable codes for the apps to translate; the message is the French text shown as it is. */
export type ExportErrorCode =
  | 'export/invalid-sheet-name'
  | 'export/no-columns'
  | 'export/duplicate-column'
  | 'export/output-closed';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
