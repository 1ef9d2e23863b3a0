import { onRequest } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions/v2';
import { parseIconPath } from './iconRequest.js';
import { logoBytes } from './logoBytes.js';
import { renderIcon } from './renderIcon.js';
import { requestHost, tenantOfHost } from './tenantOfHost.js';
import { sendMethodNotAllowed, sendUnknownHost } from './unknownHost.js';

/**
 * `GET /icons/<size>[-maskable].png` (a Hosting rewrite): the app icon of the host's tenant, drawn
 * from its logo or, without one, the house in its colour. A day of cache: the manifest names
 * icons by a digest of what they are drawn from, so a change is a new URL.
 */
export const appIcon = onRequest(
  { memory: '512MiB', timeoutSeconds: 30, maxInstances: 20 },
  async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendMethodNotAllowed(response);
    }
    const wanted = parseIconPath(request.path);
    if (!wanted) {
      response.status(404).json({
        error: { status: 'not-found', code: 'unknown-icon', message: 'Icône introuvable.' },
      });
      return;
    }
    try {
      const tenant = await tenantOfHost(requestHost(request));
      if (!tenant) return sendUnknownHost(response);
      const logo = await logoBytes(tenant.branding.logoUrl);
      const png = await renderIcon(wanted, tenant.branding.primaryColour, logo);
      response
        .status(200)
        .set('Content-Type', 'image/png')
        .set('Cache-Control', 'public, max-age=86400, s-maxage=86400')
        .set('X-Content-Type-Options', 'nosniff')
        .send(png);
    } catch (error) {
      logger.error('icon failed', { error: error instanceof Error ? error.message : error });
      response.status(500).json({
        error: { status: 'internal', code: 'icon', message: 'Icône indisponible.' },
      });
    }
  },
);
