import { describe, expect, it } from 'vitest';
import { clientMoveNotice, publicationKey, type AssignmentSide } from './moveEvents.js';
import {
  loginWants,
  memberNotificationsSchema,
  memberWants,
  optionalEventsFor,
  staffOptionalEvents,
} from './preferences.js';
import { smtpSettingsInput } from './inputs.js';

const ids = { clientId: 'c1', propertyId: 'p1' };
const side = (overrides: Partial<AssignmentSide>): AssignmentSide => ({
  stage: 'new',
  published: true,
  lastMove: null,
  updatedAt: '100.000000001',
  ...overrides,
});
const move = (from: AssignmentSide['stage'], to: AssignmentSide['stage'], byClient = true) =>
  side({ stage: to, lastMove: { from, to, byClient, at: 1234 } });

describe('clientMoveNotice', () => {
  it('names the event of each client move and keys it on the move itself', () => {
    expect(clientMoveNotice(ids, side({}), move('new', 'toVisit'))).toEqual({
      event: 'visitRequested',
      key: 'visitRequested-c1-p1-1234',
    });
    expect(
      clientMoveNotice(ids, side({ stage: 'toVisit' }), move('toVisit', 'visited'))?.event,
    ).toBe('reportFiled');
    expect(clientMoveNotice(ids, side({ stage: 'visited' }), move('visited', 'offer'))?.event).toBe(
      'offerMade',
    );
    expect(clientMoveNotice(ids, side({ stage: 'offer' }), move('offer', 'rejected'))?.event).toBe(
      'propertyRejected',
    );
  });

  it('ignores staff moves, writes that move nothing, and a lastMove left from an earlier write', () => {
    expect(clientMoveNotice(ids, side({}), move('new', 'toVisit', false))).toBeNull();
    expect(clientMoveNotice(ids, move('new', 'toVisit'), move('new', 'toVisit'))).toBeNull();
    // The stage changed, but lastMove describes another move (an older one).
    expect(clientMoveNotice(ids, side({ stage: 'visited' }), move('new', 'toVisit'))).toBeNull();
    expect(clientMoveNotice(ids, side({}), null)).toBeNull();
  });
});

describe('publicationKey', () => {
  it('keys a publication on the client and the exact instant of its batch', () => {
    expect(publicationKey('c1', side({ published: false }), side({}))).toBe(
      'propertiesPublished-c1-100.000000001',
    );
    expect(publicationKey('c1', null, side({}))).toBe('propertiesPublished-c1-100.000000001');
  });

  it('is null for a card already published, a draft, or a write without its instant', () => {
    expect(publicationKey('c1', side({}), side({ updatedAt: '200.0' }))).toBeNull();
    expect(publicationKey('c1', side({ published: false }), side({ published: false }))).toBeNull();
    expect(publicationKey('c1', side({ published: false }), side({ updatedAt: null }))).toBeNull();
  });
});

describe('preferences', () => {
  it('lets a member mute optional staff e-mails only', () => {
    expect(memberWants({ muted: ['visitRequested'] }, 'visitRequested')).toBe(false);
    expect(memberWants({ muted: ['visitRequested'] }, 'offerMade')).toBe(true);
    expect(memberWants(undefined, 'visitRequested')).toBe(true);
    // Security e-mails cannot be muted, even by a stored value that says so.
    expect(memberWants({ muted: ['staffPasswordReset'] }, 'staffPasswordReset')).toBe(true);
    expect(memberNotificationsSchema.safeParse({ muted: ['staffPasswordReset'] }).success).toBe(
      false,
    );
  });

  it('lets a client login refuse non-essential e-mails, never its invitations', () => {
    expect(loginWants(['u1'], 'u1', 'propertiesPublished')).toBe(false);
    expect(loginWants(['u1'], 'u2', 'propertiesPublished')).toBe(true);
    expect(loginWants(['u1'], 'u1', 'invitation')).toBe(true);
  });
});

describe('optionalEventsFor', () => {
  it('offers a collaborator no switch for the staff-request e-mail, which only admins get', () => {
    expect(optionalEventsFor('admin')).toContain('staffAccessRequested');
    expect(optionalEventsFor('owner')).toEqual(staffOptionalEvents);
    const collaborator = optionalEventsFor('collaborator');
    expect(collaborator).not.toContain('staffAccessRequested');
    expect(collaborator.length).toBe(staffOptionalEvents.length - 1);
  });
});

describe('smtpSettingsInput', () => {
  const valid = {
    host: 'smtp.exemple.fr',
    port: 587,
    secure: false,
    user: 'agence',
    senderName: 'Agence',
    senderAddress: 'contact@exemple.fr',
  };
  it('accepts a server, or an empty host for the platform default', () => {
    expect(smtpSettingsInput.safeParse(valid).success).toBe(true);
    expect(smtpSettingsInput.safeParse({ ...valid, host: '', senderAddress: '' }).success).toBe(
      true,
    );
  });
  it('refuses a bad host, port or sender address with a French message', () => {
    const host = smtpSettingsInput.safeParse({ ...valid, host: 'smtp exemple' });
    expect(host.error?.issues[0]?.message).toMatch(/serveur SMTP invalide/);
    expect(smtpSettingsInput.safeParse({ ...valid, port: 70000 }).success).toBe(false);
    expect(smtpSettingsInput.safeParse({ ...valid, senderAddress: 'nope' }).success).toBe(false);
  });
});
