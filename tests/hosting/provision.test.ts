// What `npm run tenant:provision` and `npm run deploy` would run (their dry runs print exactly
// these plans). Pure: no stack, no firebase-tools.
import { describe, expect, it } from 'vitest';
import {
  deployCommand,
  deployConfig,
  provisionedTenants,
  resolveProject,
} from '../../scripts/ops/deployPlan.js';
import { stagedPackageJson } from '../../scripts/ops/deployStage.js';
import {
  describePlan,
  hostingIpv4,
  provisionPlan,
  shellLine,
} from '../../scripts/ops/provisionPlan.js';

const base = { slug: 'agence-martin', projectId: 'portail-prod', authTenantId: 'martin-x1y2' };

describe('provisionPlan', () => {
  it('creates the two sites and applies the tenant’s two targets', () => {
    const plan = provisionPlan(base);
    expect(plan.commands.map(shellLine)).toEqual([
      'firebase hosting:sites:create agence-martin-admin --project portail-prod --non-interactive',
      'firebase hosting:sites:create agence-martin --project portail-prod --non-interactive',
      'firebase target:apply hosting agence-martin-admin agence-martin-admin --project portail-prod',
      'firebase target:apply hosting agence-martin-client agence-martin --project portail-prod',
    ]);
    expect(plan.dns).toEqual([]);
  });

  it('maps every host of each app to the tenant and sets its app URLs', () => {
    const plan = provisionPlan(base);
    expect(plan.documents).toEqual([
      {
        path: 'domains/agence-martin-admin.web.app',
        data: { tenantId: 'agence-martin', app: 'admin', authTenantId: 'martin-x1y2' },
        merge: false,
      },
      {
        path: 'domains/agence-martin-admin.firebaseapp.com',
        data: { tenantId: 'agence-martin', app: 'admin', authTenantId: 'martin-x1y2' },
        merge: false,
      },
      {
        path: 'domains/agence-martin.web.app',
        data: { tenantId: 'agence-martin', app: 'client', authTenantId: 'martin-x1y2' },
        merge: false,
      },
      {
        path: 'domains/agence-martin.firebaseapp.com',
        data: { tenantId: 'agence-martin', app: 'client', authTenantId: 'martin-x1y2' },
        merge: false,
      },
      {
        path: 'tenants/agence-martin',
        data: {
          adminAppUrl: 'https://agence-martin-admin.web.app',
          clientAppUrl: 'https://agence-martin.web.app',
        },
        merge: true,
      },
    ]);
  });

  it('with a custom domain: its hosts first, the app URLs on it, the DNS records to add', () => {
    const plan = provisionPlan({ ...base, domain: 'Espace.Agence-Martin.fr' });
    expect(plan.hosts).toEqual({
      admin: [
        'admin.espace.agence-martin.fr',
        'agence-martin-admin.web.app',
        'agence-martin-admin.firebaseapp.com',
      ],
      client: ['espace.agence-martin.fr', 'agence-martin.web.app', 'agence-martin.firebaseapp.com'],
    });
    expect(plan.appUrls).toEqual({
      admin: 'https://admin.espace.agence-martin.fr',
      client: 'https://espace.agence-martin.fr',
    });
    expect(plan.authorizedDomains).toContain('espace.agence-martin.fr');
    expect(plan.dns).toEqual([
      {
        host: 'admin.espace.agence-martin.fr',
        type: 'A',
        value: hostingIpv4,
        site: 'agence-martin-admin',
      },
      {
        host: 'admin.espace.agence-martin.fr',
        type: 'TXT',
        value: 'hosting-site=agence-martin-admin',
        site: 'agence-martin-admin',
      },
      { host: 'espace.agence-martin.fr', type: 'A', value: hostingIpv4, site: 'agence-martin' },
      {
        host: 'espace.agence-martin.fr',
        type: 'TXT',
        value: 'hosting-site=agence-martin',
        site: 'agence-martin',
      },
    ]);
    const printed = describePlan(plan, true).join('\n');
    expect(printed).toMatch(/^Dry run: nothing is changed\./);
    expect(printed).toContain(`espace.agence-martin.fr${' '.repeat(10)}A    ${hostingIpv4}`);
    expect(printed).toContain('Next: npm run deploy -- --tenant agence-martin');
  });

  it('does not create sites that exist, and takes another site id when asked', () => {
    const plan = provisionPlan({
      ...base,
      siteId: 'martin-immo-2',
      existingSites: ['martin-immo-2'],
      domain: 'martin.fr',
      adminDomain: 'pro.martin.fr',
    });
    expect(plan.commands.map(shellLine)).toEqual([
      'firebase hosting:sites:create martin-immo-2-admin --project portail-prod --non-interactive',
      'firebase target:apply hosting agence-martin-admin martin-immo-2-admin --project portail-prod',
      'firebase target:apply hosting agence-martin-client martin-immo-2 --project portail-prod',
    ]);
    expect(plan.hosts.admin[0]).toBe('pro.martin.fr');
  });

  it('refuses a bad slug, site id or domain with a French message and a code', () => {
    expect(() => provisionPlan({ ...base, slug: 'Agence Martin' })).toThrow(
      expect.objectContaining({ code: 'invalid-slug' }),
    );
    expect(() => provisionPlan({ ...base, slug: 'ab' })).toThrow(
      expect.objectContaining({ code: 'invalid-site', message: expect.stringContaining('--site') }),
    );
    expect(() => provisionPlan({ ...base, domain: 'https://martin.fr/' })).toThrow(
      expect.objectContaining({ code: 'invalid-domain' }),
    );
  });
});

describe('deploy', () => {
  const rc = {
    projects: { default: 'portail-prod', staging: 'portail-staging' },
    targets: {
      'portail-prod': {
        hosting: {
          'agence-martin-admin': ['agence-martin-admin'],
          'agence-martin-client': ['agence-martin'],
          'zeta-admin': ['zeta-immo-admin'],
          'zeta-client': ['zeta-immo'],
          'half-done-admin': ['half-done-admin'],
        },
      },
    },
  };

  it('finds the tenants whose two targets provisioning applied', () => {
    expect(provisionedTenants(rc, 'portail-prod')).toEqual(['agence-martin', 'zeta']);
    expect(provisionedTenants(rc, 'portail-staging')).toEqual([]);
    expect(resolveProject(rc, undefined)).toBe('portail-prod');
    expect(resolveProject(rc, 'staging')).toBe('portail-staging');
    expect(resolveProject(rc, 'other-project')).toBe('other-project');
  });

  it('deploys each tenant’s two sites from the same build, with firebase.json’s settings', () => {
    const firebaseJson = {
      firestore: { rules: 'firestore.rules' },
      functions: [{ source: 'functions', codebase: 'default' }],
      hosting: [
        { target: 'admin', public: 'admin-web/dist', headers: [{ source: '**', headers: [] }] },
        { target: 'client', public: 'client-web/dist' },
      ],
    };
    const config = deployConfig(firebaseJson, ['agence-martin', 'zeta'], '.deploy/functions');
    expect(config.hosting).toEqual([
      {
        target: 'agence-martin-admin',
        public: 'admin-web/dist',
        headers: [{ source: '**', headers: [] }],
      },
      { target: 'agence-martin-client', public: 'client-web/dist' },
      { target: 'zeta-admin', public: 'admin-web/dist', headers: [{ source: '**', headers: [] }] },
      { target: 'zeta-client', public: 'client-web/dist' },
    ]);
    expect(config.functions).toEqual([{ source: '.deploy/functions', codebase: 'default' }]);
    expect(config.firestore).toEqual(firebaseJson.firestore);
  });

  it('runs one firebase deploy: the backend, then the sites', () => {
    const all = deployCommand({
      projectId: 'portail-prod',
      tenants: ['agence-martin', 'zeta'],
      configFile: 'firebase.deploy.json',
    });
    expect(shellLine(all)).toBe(
      'firebase deploy --project portail-prod --config firebase.deploy.json --only firestore:rules,firestore:indexes,storage,functions,hosting:agence-martin-admin,hosting:agence-martin-client,hosting:zeta-admin,hosting:zeta-client --non-interactive',
    );
    const one = deployCommand({
      projectId: 'portail-prod',
      tenants: ['zeta'],
      hostingOnly: true,
      configFile: 'firebase.deploy.json',
    });
    expect(one).toContain('hosting:zeta-admin,hosting:zeta-client');
    expect(() =>
      deployCommand({ projectId: 'p', tenants: [], hostingOnly: true, configFile: 'f' }),
    ).toThrow('nothing to deploy');
  });

  it('ships the shared package inside the functions, for Cloud Build’s npm install', () => {
    const staged = stagedPackageJson({
      name: 'functions',
      dependencies: { '@portail/shared': '0.1.0', sharp: '^0.35.5' },
      devDependencies: { '@types/nodemailer': '^7.0.0' },
    });
    expect(staged).toEqual({
      name: 'functions',
      dependencies: { '@portail/shared': 'file:./shared', sharp: '^0.35.5' },
    });
  });
});
