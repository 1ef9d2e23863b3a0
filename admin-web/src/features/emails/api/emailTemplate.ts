import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { doc, getDoc } from 'firebase/firestore';
import {
  defaultTemplates,
  emailCallableNames,
  emailTemplateId,
  type EmailEvent,
  type EmailTemplate,
  type Language,
} from '@portail/shared';
import { useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { callEmailFunction } from './callEmailFunction.js';

export const emailTemplateKey = (tenantId: string, event: EmailEvent, language: Language) => [
  'email-template',
  tenantId,
  event,
  language,
];

export interface TemplateInForce {
  template: EmailTemplate;
  /** True when the agency saved its own version. */
  edited: boolean;
}

/** The agency's version of an event's e-mail in a language, or the default. */
export async function fetchEmailTemplate(
  tenantId: string,
  event: EmailEvent,
  language: Language,
): Promise<TemplateInForce> {
  const snapshot = await getDoc(
    doc(db, 'tenants', tenantId, 'emailTemplates', emailTemplateId(event, language)),
  );
  const fallback = defaultTemplates[language][event];
  if (!snapshot.exists()) return { template: fallback, edited: false };
  const data = snapshot.data() as Partial<EmailTemplate>;
  return {
    template: {
      subject: data.subject ?? fallback.subject,
      text: data.text ?? fallback.text,
      html: data.html ?? fallback.html,
    },
    edited: true,
  };
}

export function useEmailTemplate(event: EmailEvent, language: Language) {
  const { tenantId } = useTenant();
  return useQuery({
    queryKey: emailTemplateKey(tenantId, event, language),
    queryFn: () => fetchEmailTemplate(tenantId, event, language),
  });
}

type Draft = { event: EmailEvent; language: Language } & EmailTemplate;

function useTemplateMutation<T>(
  call: (input: T) => Promise<unknown>,
  key: (input: T) => unknown[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (_result, input) => queryClient.invalidateQueries({ queryKey: key(input) }),
  });
}

export function useSaveEmailTemplate() {
  const { tenantId } = useTenant();
  return useTemplateMutation(
    (draft: Draft) => callEmailFunction(emailCallableNames.saveEmailTemplate, draft),
    (draft) => emailTemplateKey(tenantId, draft.event, draft.language),
  );
}

export function useResetEmailTemplate() {
  const { tenantId } = useTenant();
  return useTemplateMutation(
    (input: { event: EmailEvent; language: Language }) =>
      callEmailFunction(emailCallableNames.resetEmailTemplate, input),
    (input) => emailTemplateKey(tenantId, input.event, input.language),
  );
}

/** "M'envoyer un test" of the draft on screen. */
export function useSendTestEmail() {
  return useMutation({
    mutationFn: (draft: Draft) =>
      callEmailFunction<{ to: string }>(emailCallableNames.sendTestEmail, draft),
  });
}
