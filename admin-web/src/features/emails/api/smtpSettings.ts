import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import {
  defaultSmtpSettingsView,
  emailCallableNames,
  type SmtpSettingsInput,
  type SmtpSettingsView,
} from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { callEmailFunction } from './callEmailFunction.js';

const smtpKey = (tenantId: string) => ['smtp-settings', tenantId];

/** The agency's SMTP settings without the password (`config/smtp`; the password stays server-side). */
export async function fetchSmtpSettings(tenantId: string): Promise<SmtpSettingsView> {
  const data = (await getDoc(doc(db, 'tenants', tenantId, 'config', 'smtp'))).data();
  return { ...defaultSmtpSettingsView, ...(data as Partial<SmtpSettingsView> | undefined) };
}

export function useSmtpSettings() {
  const { tenantId } = useTenant();
  return useQuery({ queryKey: smtpKey(tenantId), queryFn: () => fetchSmtpSettings(tenantId) });
}

export function useSaveSmtpSettings() {
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SmtpSettingsInput) =>
      callEmailFunction<SmtpSettingsView>(emailCallableNames.saveSmtpSettings, input),
    onSuccess: (view) => queryClient.setQueryData(smtpKey(tenantId), view),
  });
}
