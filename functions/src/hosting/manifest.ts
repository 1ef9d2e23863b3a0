import { createHash } from 'node:crypto';
import { onRequest } from 'firebase-functions/v2/https';
import { logger } from 'firebase-functions/v2';
import { appManifest, iconVersion } from './appManifest.js';
import { requestHost, tenantOfHost } from './tenantOfHost.js';
import { sendMethodNotAllowed, sendUnknownHost } from './unknownHost.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * `GET /manifest.webmanifest` (a Hosting rewrite): the web app manifest of the tenant and app the
 * host belongs to, so one build installs as each agency's own app. Cached 5 minutes: a new name
 * or colour reaches installed apps soon after it is saved.
 */
export const manifest = onRequest(
  { memory: '256MiB', maxInstances: 20 },
  async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendMethodNotAllowed(response);
    try {
      const tenant = await tenantOfHost(requestHost(request));
      if (!tenant) return sendUnknownHost(response);
      response
        .status(200)
        .set('Content-Type', 'application/manifest+json; charset=utf-8')
        .set('Cache-Control', 'public, max-age=300, s-maxage=300')
        .set('X-Content-Type-Options', 'nosniff')
        .send(
          JSON.stringify(
            appManifest(tenant.app, tenant.branding, iconVersion(tenant.branding, sha256)),
          ),
        );
    } catch (error) {
      logger.error('manifest failed', { error: error instanceof Error ? error.message : error });
      response.status(500).json({
        error: { status: 'internal', code: 'manifest', message: 'Manifeste indisponible.' },
      });
    }
  },
);
