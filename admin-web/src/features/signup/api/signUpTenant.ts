import { useMutation } from '@tanstack/react-query';
import type { SignUpTenantInput, SignUpTenantResult } from '@portail/shared';
import { callFunction, loadAuth } from '@portail/web';

/** T1: creates the agency, then signs its owner in to the agency's own pool. */
export async function signUpTenant(input: SignUpTenantInput): Promise<SignUpTenantResult> {
  const result = await callFunction<SignUpTenantResult>('signUpTenant', input);
  const auth = await loadAuth();
  auth.chooseAgencyPool(result.authTenantId);
  await auth.signInWithPassword(input.email, input.password);
  return result;
}

export function useSignUpTenant() {
  return useMutation({ mutationFn: signUpTenant });
}
