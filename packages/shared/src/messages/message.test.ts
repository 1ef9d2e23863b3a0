import { describe, expect, it } from 'vitest';
import { MESSAGE_PREVIEW_CHARS, messageInput, messagePreview } from './message.js';

describe('messageInput', () => {
  it('trims the text and defaults the property to none', () => {
    expect(messageInput.parse({ text: '  Bonjour  ' })).toEqual({
      text: 'Bonjour',
      propertyId: null,
      attachment: null,
    });
  });

  const attachment = {
    documentId: 'doc-1',
    fileName: 'plan.pdf',
    contentType: 'application/pdf',
    size: 1024,
  };

  it('takes a file without text, but not nothing at all', () => {
    expect(messageInput.safeParse({ text: '', attachment }).data?.attachment).toEqual(attachment);
    expect(messageInput.safeParse({ text: '', attachment: null }).success).toBe(false);
  });

  it('refuses an attachment of another type than PDF, JPEG or PNG', () => {
    const gif = { ...attachment, contentType: 'image/gif' };
    expect(messageInput.safeParse({ text: 'Voici', attachment: gif }).success).toBe(false);
  });

  it('refuses a blank message', () => {
    const result = messageInput.safeParse({ text: ' \n\t ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Écrivez votre message.');
  });

  it('takes 5,000 characters and refuses 5,001 or 100 KB', () => {
    expect(messageInput.safeParse({ text: 'a'.repeat(5000) }).success).toBe(true);
    expect(messageInput.safeParse({ text: 'a'.repeat(5001) }).success).toBe(false);
    expect(messageInput.safeParse({ text: 'a'.repeat(100_000) }).success).toBe(false);
  });

  it('refuses a property id that is not a document id', () => {
    expect(messageInput.safeParse({ text: 'Oui', propertyId: 'a/b' }).success).toBe(false);
    expect(messageInput.safeParse({ text: 'Oui', propertyId: 'p-1' }).data?.propertyId).toBe('p-1');
  });
});

describe('messagePreview', () => {
  it('keeps one line', () => {
    expect(messagePreview('Bonjour,\n\nvisite   samedi ?')).toBe('Bonjour, visite samedi ?');
  });

  it('cuts a long message with an ellipsis', () => {
    const preview = messagePreview('mot '.repeat(100));
    expect(preview.length).toBeLessThanOrEqual(MESSAGE_PREVIEW_CHARS);
    expect(preview.endsWith('…')).toBe(true);
  });
});
