/**
 * Why a PDF cannot be stamped. Each refusal carries a stable code the apps translate and a French
 * message for people; a file refused here is refused at upload, so it is never served unstamped.
 */
export const stampRefusalMessages = {
  'pdf-not-a-pdf': 'Ce fichier n’est pas un PDF.',
  'pdf-password-protected':
    'Ce PDF est protégé par un mot de passe : enregistrez-en une copie sans mot de passe puis envoyez-la.',
  'pdf-encryption-unsupported':
    'Ce PDF est chiffré d’une manière que nous ne savons pas lire : enregistrez-en une copie non chiffrée puis envoyez-la.',
  'pdf-truncated':
    'Ce PDF est incomplet (fichier tronqué, peut-être un envoi interrompu) : envoyez-le à nouveau.',
  'pdf-unreadable':
    'Ce PDF est endommagé et ne peut pas être lu : enregistrez-le à nouveau (« Imprimer en PDF ») puis envoyez-le.',
  'pdf-stamp-failed':
    'Ce PDF ne peut pas être marqué « consultation uniquement » : enregistrez-le à nouveau (« Imprimer en PDF ») puis envoyez-le.',
  'stamp-text-unsupported':
    'Le texte du tampon contient des caractères que la police du tampon ne sait pas écrire.',
  'image-unreadable': 'Cette image est endommagée et ne peut pas être lue.',
  'image-format-unsupported':
    'Nous ne savons pas marquer « consultation uniquement » les images de ce format (HEIC, GIF) : envoyez-la en JPEG ou en PNG.',
  'image-stamp-failed':
    'Cette image ne peut pas être marquée « consultation uniquement » pour le moment.',
} as const;

export type StampRefusalCode = keyof typeof stampRefusalMessages;

export interface StampRefusal {
  ok: false;
  code: StampRefusalCode;
  message: string;
}

export function refusal(code: StampRefusalCode): StampRefusal {
  return { ok: false, code, message: stampRefusalMessages[code] };
}

/** Thrown by the stampers: a stamped result or this, never the original bytes. */
export class StampError extends Error {
  readonly code: StampRefusalCode;

  constructor(code: StampRefusalCode, options?: { cause?: unknown }) {
    super(stampRefusalMessages[code], options);
    this.name = 'StampError';
    this.code = code;
  }
}
