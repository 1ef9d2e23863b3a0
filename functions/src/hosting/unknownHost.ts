import type { Response } from 'express';

/** No agency lives at this host: the same refusal for the manifest and the icons. */
export function sendUnknownHost(response: Response): void {
  response
    .status(404)
    .set('Cache-Control', 'public, max-age=60')
    .json({
      error: {
        status: 'not-found',
        code: 'unknown-host',
        message: 'Aucune agence n’est associée à cette adresse.',
      },
    });
}

export function sendMethodNotAllowed(response: Response): void {
  response
    .status(405)
    .set('Allow', 'GET, HEAD')
    .json({
      error: { status: 'invalid-argument', code: 'method', message: 'Lecture attendue.' },
    });
}
