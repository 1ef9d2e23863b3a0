import type { CreateMandateInput, CreateMandateResult } from '@portail/shared';
import { useCallableMutation, useTenant } from '@portail/web';
import { mandatesKey } from './mandatePage.js';

/** « Nouveau mandat » and « Corriger » (L2): the register is written only by createMandate. */
export function useCreateMandate() {
  const { tenantId } = useTenant();
  return useCallableMutation<CreateMandateInput, CreateMandateResult>('createMandate', [
    mandatesKey(tenantId),
  ]);
}
