// « Mon profil » (keys under `profile.`): the signed-in member's account and own notifications.
const fr = {
  profile: {
    title: 'Mon profil',
    account: 'Mon compte',
    name: 'Nom',
    email: 'Adresse e-mail',
    role: 'Rôle',
    notificationsIntro:
      'Les événements que vous désactivez ne vous sont plus envoyés par e-mail et n’apparaissent plus dans la cloche des notifications.',
  },
};

const en: typeof fr = {
  profile: {
    title: 'My profile',
    account: 'My account',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    notificationsIntro:
      'The events you switch off are no longer e-mailed to you and no longer show in the notifications bell.',
  },
};

export const profileText = { fr, en };
