import type { RouteObject } from 'react-router';

export const forgotPasswordPath = '/forgot-password';
export const resetPasswordPath = '/reset-password';

/** The two public pages of "forgot password", loaded when opened. */
export function passwordRoutes(): RouteObject[] {
  return [
    {
      path: forgotPasswordPath,
      lazy: async () => ({
        Component: (await import('./ForgotPasswordPage.js')).ForgotPasswordPage,
      }),
    },
    {
      path: resetPasswordPath,
      lazy: async () => ({ Component: (await import('./ResetPasswordPage.js')).ResetPasswordPage }),
    },
  ];
}
