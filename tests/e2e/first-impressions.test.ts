// Issue 15, first impressions: no dead end between the public pages, the right message at each
// step of a staff request, feedback on the clients list, English errors, no serious axe finding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFirestore } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { demoBranding, demoPassword, demoTenantId } from '../../scripts/seed/demo-data.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { mailsTo } from '../support/mailbox.js';
import { adminApp, closeAdminApps, uniqueId, waitUntil } from '../support/stack.js';
import { addClientOnPage, adminUrl, owner, signedIn } from './admin-support.js';
import { seriousViolations } from './axe-support.js';
import { clientUrl, signInOnPage, signedInClient } from './client-support.js';

const agency = demoBranding.name;
/** The outbox trigger of a busy local stack may take minutes to deliver. */
const MAIL_WAIT_MS = 300_000;
/** A callable on that stack, cold or reloading after a rebuild. */
const SLOW_CALL = { timeout: 90_000 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await closeAdminApps();
});

async function openPage(url: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 800 } });
  page.setDefaultTimeout(SLOW_CALL.timeout);
  await page.goto(url);
  return page;
}

/** Both sizes of a page, saved under screenshots/<folder>/ (R: issue 15's first pass, Y: its rest). */
async function bothSizes(page: Page, name: string, folder = 'R') {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${folder}/${name}-${width}`);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** `/firstlogin`, filled and sent as a new collaborator would. */
async function requestAccess(page: Page, name: string, email: string) {
  await page.getByLabel('Votre nom').fill(name);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(demoPassword);
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await page.getByRole('status').waitFor();
}

/** The outbox entry of a staff request's decision (functions/src/tenancy/staffDecisionEmail.ts). */
async function decisionEmail(uid: string): Promise<Record<string, unknown>> {
  return waitUntil(async () => {
    const entry = await getFirestore(adminApp())
      .doc(`tenants/${demoTenantId}/outbox/staff-decided-${uid}`)
      .get();
    return entry.data();
  }, `the decision e-mail of ${uid}`);
}

async function memberUid(email: string): Promise<string> {
  return waitUntil(async () => {
    const found = await getFirestore(adminApp())
      .collection(`tenants/${demoTenantId}/members`)
      .where('email', '==', email)
      .get();
    return found.docs[0]?.id;
  }, `the member document of ${email}`);
}

describe('public pages', () => {
  it('lead from one to the other and never to a dead end', async () => {
    const page = await openPage(adminUrl);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor({ timeout: 30_000 });
    await expect(page.title()).resolves.toBe(`Connexion — ${agency}`);
    expect(await seriousViolations(page)).toEqual([]);
    await bothSizes(page, 'admin-sign-in');

    await page.getByRole('link', { name: 'Demander un accès collaborateur' }).click();
    await page.waitForURL(`${adminUrl}/firstlogin`);
    expect(await seriousViolations(page)).toEqual([]);
    await bothSizes(page, 'admin-firstlogin');
    await page.getByRole('link', { name: 'Déjà un compte ? Se connecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();

    await page.getByRole('link', { name: 'Créer un espace agence' }).click();
    await page.waitForURL(`${adminUrl}/signup`);
    await page.getByRole('heading', { name: 'Créer mon espace agence' }).waitFor();
    await bothSizes(page, 'admin-signup');

    // An address of the app that leads nowhere: a branded page with the way back.
    await page.goto(`${adminUrl}/r-nulle-part`);
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
    await expect(page.title()).resolves.toBe(`Page introuvable — ${agency}`);
    expect(await page.getByText('Unexpected Application Error').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await bothSizes(page, 'admin-not-found');
    await page.getByRole('link', { name: 'Revenir à l’accueil' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.close();

    // A host (here an override) no agency owns: it explains, and offers the sign-up.
    const unknown = await openPage(`${adminUrl}/?tenant=r-aucune-agence`);
    await unknown.getByRole('heading', { name: 'Espace introuvable' }).waitFor();
    await expect(unknown.title()).resolves.toBe('Espace introuvable');
    expect(await seriousViolations(unknown)).toEqual([]);
    await bothSizes(unknown, 'admin-unknown-agency');
    await unknown.getByRole('link', { name: 'Créer un espace agence' }).click();
    await unknown.getByRole('heading', { name: 'Créer mon espace agence' }).waitFor();
    await unknown.close();

    const client = await openPage(`${clientUrl}/r-nulle-part`, 390);
    await client.getByRole('heading', { name: 'Page introuvable' }).waitFor({ timeout: 30_000 });
    expect(await seriousViolations(client)).toEqual([]);
    await bothSizes(client, 'client-not-found');
    await client.goto(clientUrl);
    await client.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await seriousViolations(client)).toEqual([]);
    await bothSizes(client, 'client-sign-in');
    await client.close();
  });
});

describe('the consent and the legal pages', () => {
  it('refuses a sign-up without the box ticked, and links to both texts', async () => {
    const page = await openPage(`${adminUrl}/signup`);
    await page.getByRole('heading', { name: 'Créer mon espace agence' }).waitFor();
    const slug = uniqueId('y-consent').toLowerCase().slice(0, 40);
    await page.getByLabel('Nom de la société').fill('[Y] Sans Consentement');
    await page.getByLabel('Identifiant de domaine').fill(slug);
    await page.getByLabel('Votre nom').fill('Yann Test');
    await page.getByLabel('Adresse e-mail').fill(`${slug}@example.test`);
    await page.getByLabel('Mot de passe').fill(demoPassword);
    const consent = page.getByRole('checkbox', { name: /J’accepte les conditions d’utilisation/ });
    expect(await consent.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Créer mon espace' }).click();
    const refusal = page.getByText(
      'Vous devez accepter les conditions d’utilisation et la politique de confidentialité.',
    );
    await refusal.waitFor();
    await expect(consent.getAttribute('aria-invalid')).resolves.toBe('true');
    await bothSizes(page, 'admin-signup-consent-refused', 'Y');
    // Nothing was asked of the backend: no robot check solved, no agency created.
    expect((await getFirestore(adminApp()).doc(`tenants/${slug}`).get()).exists).toBe(false);
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('button', { name: 'Create my space' }).click();
    await page.getByText('You must accept the terms of use and the privacy policy.').waitFor();
    await page.getByLabel('Language').selectOption('fr');

    // The texts open beside the form, so that what was typed stays.
    const [terms] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'conditions d’utilisation' }).click(),
    ]);
    await terms.getByRole('heading', { name: 'Conditions d’utilisation', level: 1 }).waitFor();
    await expect(terms.title()).resolves.toBe('Conditions d’utilisation');
    expect(await seriousViolations(terms)).toEqual([]);
    await bothSizes(terms, 'admin-terms', 'Y');
    await terms.getByRole('link', { name: 'Lire la politique de confidentialité' }).click();
    await terms.getByRole('heading', { name: 'Politique de confidentialité', level: 1 }).waitFor();
    expect(await seriousViolations(terms)).toEqual([]);
    await bothSizes(terms, 'admin-privacy', 'Y');
    await terms.getByRole('link', { name: 'Revenir à l’accueil' }).click();
    await terms.getByRole('heading', { name: 'Connexion' }).waitFor();
    await terms.close();
    // (The form's own page stayed where it was: the texts opened in a page of their own.)
    expect(new URL(page.url()).pathname).toBe('/signup');
    await page.close();

    const client = await openPage(`${clientUrl}/confidentialite`, 390);
    await client.getByRole('heading', { name: 'Politique de confidentialité', level: 1 }).waitFor();
    expect(await client.getByRole('link', { name: /conditions d’utilisation/ }).count()).toBe(0);
    expect(await seriousViolations(client)).toEqual([]);
    await bothSizes(client, 'client-privacy', 'Y');
    await client.close();
  }, 180_000);

  it('every public page, at both sizes', async () => {
    const pages = [
      ['admin-sign-in', `${adminUrl}/`, 'Connexion'],
      ['admin-signup', `${adminUrl}/signup`, 'Créer mon espace agence'],
      ['admin-staff-request', `${adminUrl}/firstlogin`, 'Demander un accès collaborateur'],
      ['admin-forgot-password', `${adminUrl}/forgot-password`, null],
      ['admin-not-found', `${adminUrl}/y-nulle-part`, 'Page introuvable'],
      ['admin-unknown-agency', `${adminUrl}/?tenant=y-aucune-agence`, 'Espace introuvable'],
      ['client-sign-in', `${clientUrl}/`, 'Connexion'],
      ['client-first-login', `${clientUrl}/firstlogin`, null],
      ['client-not-found', `${clientUrl}/y-nulle-part`, 'Page introuvable'],
    ] as const;
    for (const [name, url, heading] of pages) {
      const page = await openPage(url);
      const title = heading
        ? page.getByRole('heading', { name: heading, level: 1 })
        : page.getByRole('heading', { level: 1 });
      await title.waitFor({ timeout: 30_000 });
      await bothSizes(page, name, 'Y');
      await page.close();
    }
  }, 180_000);
});

describe('a staff access request', () => {
  it('waits for an admin, is decided, and the requester is told by e-mail', async () => {
    const run = Date.now().toString(36);
    const approved = { name: `[R] Alice ${run}`, email: `${uniqueId('r-alice')}@example.test` };
    const rejected = { name: `[R] Bruno ${run}`, email: `${uniqueId('r-bruno')}@example.test` };
    for (const person of [approved, rejected]) {
      const form = await openPage(`${adminUrl}/firstlogin`);
      await form.getByRole('button', { name: 'Envoyer ma demande' }).waitFor({ timeout: 30_000 });
      await requestAccess(form, person.name, person.email);
      await form.close();
    }

    // Signed in while pending: not "access disabled", but "awaits an administrator".
    const alice = await openPage(adminUrl, 390);
    await signInOnPage(alice, approved.email, demoPassword);
    await alice.getByRole('heading', { name: 'Demande en attente' }).waitFor();
    await alice
      .getByText('Votre demande d’accès attend la validation d’un administrateur')
      .waitFor();
    expect(await alice.getByText('Votre accès a été désactivé').count()).toBe(0);
    await expect(alice.title()).resolves.toBe(`Demande en attente — ${agency}`);
    expect(await seriousViolations(alice)).toEqual([]);
    await bothSizes(alice, 'admin-request-pending');
    await alice.getByRole('button', { name: 'Vérifier à nouveau' }).click();
    await alice.getByRole('status').getByText('toujours en attente').waitFor();

    const bruno = await openPage(adminUrl);
    await signInOnPage(bruno, rejected.email, demoPassword);
    await bruno.getByRole('heading', { name: 'Demande en attente' }).waitFor();

    // The owner, in English, approves Alice from the team page.
    const admin = await signedIn(browser, owner, '/equipe');
    admin.setDefaultTimeout(SLOW_CALL.timeout);
    await admin.getByLabel('Langue').selectOption('en');
    await admin.getByRole('heading', { name: 'My team' }).waitFor();
    const pendingRow = (name: string) =>
      admin
        .getByRole('row')
        .filter({ hasText: name })
        .filter({ has: admin.getByRole('button', { name: 'Approve' }) });
    await pendingRow(approved.name).getByRole('button', { name: 'Approve' }).click();
    await pendingRow(approved.name).waitFor({ state: 'detached' });

    // Queued with the decision, under an id of the request alone (a retry writes no second one).
    const aliceUid = await memberUid(approved.email);
    const queued = await decisionEmail(aliceUid);
    expect(queued).toMatchObject({ to: [approved.email], kind: 'staffAccessDecided' });
    expect(queued.subject).toBe(`Votre accès à l’espace de gestion ${agency} est validé`);
    await alice.getByRole('button', { name: 'Vérifier à nouveau' }).click();
    await alice.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await bothSizes(alice, 'admin-request-approved-shell');

    // Another admin rejects Bruno meanwhile: the owner's click is refused, in English.
    const brunoRow = pendingRow(rejected.name);
    await brunoRow.waitFor();
    const brunoUid = await memberUid(rejected.email);
    const otherAdmin = await signedInClient(owner, demoPassword, demoTenantId);
    await otherAdmin.call('decideStaffRequest', { uid: brunoUid, approve: false });
    await otherAdmin.close();
    expect((await decisionEmail(brunoUid)).text).toContain('n’a pas été acceptée');
    await brunoRow.getByRole('button', { name: 'Approve' }).click();
    await admin.getByRole('alert').getByText('This request has already been handled.').waitFor();
    // …and the list returns to the truth: Bruno's request is no longer pending.
    await brunoRow.waitFor({ state: 'detached' });
    await screenshot(admin, 'R/admin-team-error-en');

    await bruno.getByRole('button', { name: 'Vérifier à nouveau' }).click();
    await bruno.getByRole('heading', { name: 'Demande refusée' }).waitFor();
    await bothSizes(bruno, 'admin-request-rejected');
    for (const page of [alice, bruno, admin]) await page.close();

    // Both e-mails reach the requesters' inboxes (the outbox trigger of a busy stack is slow).
    const grant = await waitUntil(
      async () => (await mailsTo(approved.email)).find((mail) => /validé/.test(mail.subject)),
      'the approval e-mail',
      MAIL_WAIT_MS,
    );
    expect(grant.subject).toBe(`Votre accès à l’espace de gestion ${agency} est validé`);
    const refusal = await waitUntil(
      async () => (await mailsTo(rejected.email)).find((mail) => /demande/.test(mail.subject)),
      'the rejection e-mail',
      MAIL_WAIT_MS,
    );
    expect(refusal.subject).toBe(`Votre demande d’accès à l’espace de gestion ${agency}`);
    expect(refusal.text).toContain('n’a pas été acceptée');
    const sameSubject = (await mailsTo(rejected.email)).filter(
      (mail) => mail.subject === refusal.subject,
    );
    expect(sameSubject).toHaveLength(1);
  }, 600_000);
});

describe('the clients list', () => {
  it('confirms a revocation and says what each action did', async () => {
    const page = await signedIn(browser, owner, '/clients');
    page.setDefaultTimeout(SLOW_CALL.timeout);

    // One search word: the list's search matches a whole word of the name.
    const lastName = `Retour${Date.now().toString(36)}`;
    const email = `${uniqueId('r-client')}@example.test`;
    const actions = await addClientOnPage(page, { firstName: '[R] Léa', lastName, email });
    const name = `[R] Léa ${lastName}`;
    const row = page.getByRole('row').filter({ has: actions });
    await actions.getByRole('button', { name: 'Inviter' }).click();
    await row.getByRole('status').getByText(`Invitation envoyée à ${email}.`).waitFor(SLOW_CALL);
    await actions.getByRole('button', { name: 'Renvoyer l’invitation' }).click();
    await row.getByRole('status').getByText(`Invitation renvoyée à ${email}.`).waitFor(SLOW_CALL);

    await actions.getByRole('button', { name: 'Ajouter une personne' }).click();
    const login = page.getByRole('dialog', { name: 'Ajouter une personne' });
    await login.getByLabel('Adresse e-mail').fill(`${uniqueId('r-login')}@example.test`);
    await login.locator('input').first().fill('[R] Paul');
    await login.getByRole('button', { name: 'Ajouter une personne' }).click();
    await row
      .getByRole('status')
      .getByText(/a été ajouté/)
      .waitFor(SLOW_CALL);

    // Revoking asks first; cancelling changes nothing.
    await actions.getByRole('button', { name: 'Révoquer l’accès' }).click();
    const confirm = page.getByRole('dialog', { name: `Révoquer l’accès de ${name} ?` });
    await confirm.waitFor();
    await screenshot(page, 'R/admin-clients-revoke-confirm');
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await actions.getByRole('button', { name: 'Rétablir l’accès' }).count()).toBe(0);
    await actions.getByRole('button', { name: 'Révoquer l’accès' }).click();
    await confirm.getByRole('button', { name: 'Révoquer l’accès' }).click();
    await row.getByRole('status').getByText(`L’accès de ${name} est révoqué.`).waitFor(SLOW_CALL);
    await actions.getByRole('button', { name: 'Rétablir l’accès' }).click();
    await row.getByRole('status').getByText(`L’accès de ${name} est rétabli.`).waitFor(SLOW_CALL);
    await screenshot(page, 'R/admin-clients-feedback');

    // A client who activated their access is not offered another invitation.
    await page.getByLabel('Rechercher par nom, e-mail ou numéro').fill('Dupont');
    const julie = page.getByRole('group', { name: /Actions pour Julie et Marc Dupont/ });
    await julie.waitFor();
    expect(await julie.getByRole('button', { name: 'Renvoyer l’invitation' }).count()).toBe(0);

    // Sent empty, the form says what is missing: "obligatoire", never "invalide".
    await page.getByRole('button', { name: 'Ajouter un client' }).click();
    const form = page.getByRole('form', { name: 'Ajouter un client' });
    await form.getByRole('button', { name: 'Créer le client' }).click();
    await form.getByText('Le prénom est obligatoire.').waitFor();
    await form.getByText('Le nom est obligatoire.').waitFor();
    await form.getByText('Ce champ est obligatoire.').waitFor();
    expect(await form.getByText(/invalide/).count()).toBe(0);
    await screenshot(page, 'R/admin-clients-required');
    await page.close();
  }, 600_000);
});

describe('main pages', () => {
  it('have their own title and no serious accessibility violation', async () => {
    const adminPages = [
      ['/', 'Accueil'],
      ['/clients', 'Clients'],
      ['/biens', 'Biens'],
      ['/pipeline', 'Pipeline'],
      ['/equipe', 'Mon équipe'],
      ['/parametres', 'Paramètres'],
    ] as const;
    const page = await signedIn(browser, owner);
    for (const [path, heading] of adminPages) {
      await page.goto(adminUrl + path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Firestore keeps a channel open (never "network idle"): give the page's reads a moment.
      await page.waitForTimeout(1_500);
      const title = await page.getByRole('heading', { level: 1 }).first().textContent();
      await expect(page.title()).resolves.toBe(`${title} — ${agency}`);
      expect({ path, heading, violations: await seriousViolations(page) }).toMatchObject({
        violations: [],
      });
    }
    await page.goto(`${adminUrl}/`);
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await bothSizes(page, 'admin-shell');
    await page.close();

    const client = await openPage(clientUrl);
    await signInOnPage(client, 'julie.dupont@example.test', demoPassword);
    await client.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await client.waitForTimeout(1_500);
    expect(await seriousViolations(client)).toEqual([]);
    // The screen names itself once its lazy chunk has rendered: a busy machine takes a while.
    await expect
      .poll(() => client.title(), { timeout: 15_000 })
      .toMatch(new RegExp(`— ${agency}$`));
    await bothSizes(client, 'client-shell');
    await client.close();
  }, 120_000);

  it('warns about an unreadable colour in the branding settings', async () => {
    const page = await signedIn(browser, owner, '/parametres');
    await page.getByRole('tab', { name: 'Personnaliser' }).click();
    await page.getByText('Choisir un logo').waitFor();
    // The demo's accent carries dark text, automatically: white on it would be 2.25:1.
    const ink = await page.evaluate(
      () => getComputedStyle(document.querySelector('.role-badge')!).color,
    );
    expect(ink).toBe('rgb(17, 24, 39)');
    await page.getByLabel('Couleur principale').fill('#f0c000');
    await page.getByText(/Contraste insuffisant : 1,\d:1 avec le blanc/).waitFor();
    await screenshot(page, 'R/admin-settings-contrast');
    await page.close();
  });
});
