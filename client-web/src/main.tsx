import { renderPortal } from '@portail/web';
import { HomePage } from './features/home/HomePage.js';
import { en, fr } from './i18n.js';

renderPortal({
  app: 'client',
  roles: ['client'],
  nav: [{ to: '/', labelKey: 'nav.home' }],
  routes: [{ index: true, element: <HomePage /> }],
  resources: { fr, en },
});
