import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AltchaWidgetElement } from 'altcha/types/generic';
import type {} from 'altcha/types/react';
import { signUpChallengeUrl } from '../api/signUpChallenge.js';
import type { HumanCheckWidgetStrings } from '../i18n.js';

export interface HumanCheckHandle {
  /** The solution, once the widget has one; starts the work if it has not begun. */
  solve(): Promise<string>;
  /** Forgets the solution (the backend refused it, or used it up): the next solve starts over. */
  reset(): void;
}

type WidgetState = 'loading' | 'unavailable' | 'unverified' | 'verifying' | 'verified' | 'error';

interface StateChange {
  state: string;
  payload?: string;
}

/**
 * The sign-up's robot check: the ALTCHA widget (a web component, loaded only here), which fetches
 * a challenge from the backend and works out its proof of work in the browser as soon as the
 * form gets the focus. Its words are ours (signup.humanCheck.widget, both languages).
 */
export function HumanCheck({ ref, error }: { ref: Ref<HumanCheckHandle>; error?: string }) {
  const { t, i18n } = useTranslation();
  const widget = useRef<AltchaWidgetElement>(null);
  const payload = useRef<string | null>(null);
  const waiting = useRef<Array<(change: StateChange) => void>>([]);
  const [state, setState] = useState<WidgetState>('loading');
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const loaded = state !== 'loading' && state !== 'unavailable';

  useEffect(() => {
    let cancelled = false;
    import('altcha').then(
      () => !cancelled && setState('unverified'),
      () => !cancelled && setState('unavailable'),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // The widget takes its words from a global registry, by language.
  useEffect(() => {
    if (!loaded) return;
    const strings = t('signup.humanCheck.widget', {
      returnObjects: true,
    }) as HumanCheckWidgetStrings;
    globalThis.$altcha.i18n.set(language, strings);
  }, [loaded, language, t]);

  useEffect(() => {
    const element = widget.current;
    if (!loaded || !element) return;
    const onChange = (event: Event) => {
      const change = (event as CustomEvent<StateChange>).detail;
      payload.current = change.state === 'verified' ? (change.payload ?? null) : null;
      if (['unverified', 'verifying', 'verified', 'error'].includes(change.state)) {
        setState(change.state as WidgetState);
      } else if (change.state === 'expired') {
        setState('unverified');
      }
      for (const resolve of waiting.current.splice(0)) resolve(change);
    };
    element.addEventListener('statechange', onChange);
    return () => element.removeEventListener('statechange', onChange);
  }, [loaded]);

  useImperativeHandle(ref, () => ({
    async solve() {
      const element = widget.current;
      if (!element) throw new Error(t('signup.humanCheck.unavailable'));
      for (;;) {
        if (payload.current) return payload.current;
        const current = element.getState();
        const next = new Promise<StateChange>((resolve) => waiting.current.push(resolve));
        if (current !== 'verifying') void element.verify();
        const change = await next;
        if (change.state === 'verified' && change.payload) return change.payload;
        if (change.state === 'error') throw new Error(t('signup.humanCheck.failed'));
      }
    },
    reset() {
      payload.current = null;
      widget.current?.reset();
    },
  }));

  return (
    <fieldset className="human-check" aria-describedby="human-check-hint">
      <legend>{t('signup.humanCheck.title')}</legend>
      {state === 'loading' && <p className="muted">{t('signup.humanCheck.loading')}</p>}
      {state === 'unavailable' ? (
        <p role="alert" className="error">
          {t('signup.humanCheck.unavailable')}
        </p>
      ) : (
        loaded && (
          <altcha-widget
            ref={widget as Ref<HTMLElement>}
            challenge={signUpChallengeUrl}
            auto="onfocus"
            language={language}
            configuration={JSON.stringify({ hideFooter: true, hideLogo: true })}
          />
        )
      )}
      <small id="human-check-hint" className="field-help">
        {t('signup.humanCheck.hint')}
      </small>
      {error && (
        <small role="alert" className="field-error">
          {error}
        </small>
      )}
    </fieldset>
  );
}
