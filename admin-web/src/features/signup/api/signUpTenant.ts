import { useMutation } from '@tanstack/react-query';
import { signInWithEmailAndPassword } from 'firebase/auth';
import type { SignUpTenantInput, SignUpTenantResult } from '@portail/shared';
import { auth, callFunction } from '@portail/web';

/** T1: creates the agency, then signs its owner in. */
export async function signUpTenant(input: SignUpTenantInput): Promise<SignUpTenantResult> {
  const result = await callFunction<SignUpTenantResult>('signUpTenant', input);
  await signInWithEmailAndPassword(auth, input.email, input.password);
  return result;
}

export function useSignUpTenant() {
  return useMutation({ mutationFn: signUpTenant });
}
