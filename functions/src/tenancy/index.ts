// Tenant sign-up, team, impersonation and the sandbox purge (T1, T3, T4, T6).
export {};
