import { useQuery } from '@tanstack/react-query';
import { agencyTariffs, useTenant } from '@portail/web';

/** The agency's fee schedule (L1): public, read by REST signed in or not. */
export function useTariffs() {
  const { tenantId } = useTenant();
  return useQuery({ queryKey: ['tariffs', tenantId], queryFn: () => agencyTariffs(tenantId) });
}
