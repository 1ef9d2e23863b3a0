import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The pipeline feature's panel, in a chunk of its own: the file's other sections show at once.
const ClientPipelinePanel = lazy(() =>
  import('../../pipeline/components/ClientPipelinePanel.js').then((module) => ({
    default: module.ClientPipelinePanel,
  })),
);

class PanelBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function Unavailable() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h2>{t('clientFile.properties.title')}</h2>
      <p role="alert" className="error">
        {t('clientFile.properties.pipelineUnavailable')}
      </p>
    </section>
  );
}

/** The client's properties by stage (the pipeline's panel); if it fails, the file still works. */
export function PipelineSlot({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  return (
    <PanelBoundary fallback={<Unavailable />}>
      <Suspense fallback={<p>{t('ui.loading')}</p>}>
        <ClientPipelinePanel clientId={clientId} />
      </Suspense>
    </PanelBoundary>
  );
}
