// Serves the BUILT apps as Firebase Hosting would (firebase.json's headers, rewrites, caching),
// the function rewrites going to the Functions emulator:
//
//   tsx scripts/hosting/serve.ts [--build] [--admin-port 5273] [--client-port 5274]
//
// `--build` builds both apps first (kept when their sources have not changed). The demo seed maps
// the agency's hosts on the stack's own app ports (`npm run start:built` serves there); on other
// ports the same hosts are mapped too (localDomains.ts), e.g. http://agence-demo.localhost:5274.
import { ports } from '../stack-config.js';
import { buildApps } from './buildApps.js';
import { mirrorLocalDomains } from './localDomains.js';
import { startHostingServer } from './server.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};

async function main() {
  if (args.includes('--build')) {
    const built = await buildApps();
    process.stdout.write(`[hosting] admin ${built.admin}, client ${built.client}\n`);
  }
  const servers = await Promise.all([
    startHostingServer({
      target: 'admin',
      port: option('--admin-port', ports.adminWeb + 100),
      emulators: true,
    }),
    startHostingServer({
      target: 'client',
      port: option('--client-port', ports.clientWeb + 100),
      emulators: true,
    }),
  ]);
  const [admin, client] = servers;
  await Promise.all([
    mirrorLocalDomains('admin', admin!.port),
    mirrorLocalDomains('client', client!.port),
  ]);
  process.stdout.write(`[hosting] admin app  http://localhost:${admin!.port}\n`);
  process.stdout.write(`[hosting] client app http://localhost:${client!.port}\n`);
  const stop = () =>
    void Promise.all(servers.map((server) => server.close())).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`[hosting] ${error.message}\n`);
  process.exit(1);
});
