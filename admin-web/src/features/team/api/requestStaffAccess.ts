import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { requestStaffAccessInput } from '@portail/shared';
import { callFunction } from '@portail/web';

export type RequestStaffAccessInput = z.infer<typeof requestStaffAccessInput>;

export function requestStaffAccess(input: RequestStaffAccessInput) {
  return callFunction('requestStaffAccess', input);
}

export function useRequestStaffAccess() {
  return useMutation({ mutationFn: requestStaffAccess });
}
