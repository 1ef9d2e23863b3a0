import { useMutation } from '@tanstack/react-query';
import type { AppointmentInput } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { createAppointment, deleteAppointment, updateAppointment } from './appointments.js';

/** Create (no id) or edit one appointment of a client; the live list shows the result. */
export function useSaveAppointment(clientId: string, clientName: string) {
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: AppointmentInput }) =>
      id
        ? updateAppointment(tenantId, clientId, clientName, id, input)
        : createAppointment(tenantId, clientId, clientName, user.uid, input),
  });
}

export function useDeleteAppointment(clientId: string) {
  const { tenantId } = useTenant();
  return useMutation({ mutationFn: (id: string) => deleteAppointment(tenantId, clientId, id) });
}
