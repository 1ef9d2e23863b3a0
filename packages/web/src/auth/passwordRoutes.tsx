import type { RouteObject } from 'react-router';
import { ForgotPasswordPage } from './ForgotPasswordPage.js';
import { ResetPasswordPage } from './ResetPasswordPage.js';

export const forgotPasswordPath = '/forgot-password';
export const resetPasswordPath = '/reset-password';

/** The two public pages of "forgot password", for an app's `publicRoutes`. */
export function passwordRoutes(): RouteObject[] {
  return [
    { path: forgotPasswordPath, element: <ForgotPasswordPage /> },
    { path: resetPasswordPath, element: <ResetPasswordPage /> },
  ];
}
