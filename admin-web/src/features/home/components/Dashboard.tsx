import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewerScope } from '../../pipeline/api/viewerScope.js';
import {
  dashboardFigures,
  euroFigures,
  useDashboardFigure,
  type DashboardFigure,
} from '../api/dashboardFigures.js';
import '../home.css';

/** Where each figure leads: the list it counts, filtered as far as that list can be. */
const targets: Record<DashboardFigure, string> = {
  activeClients: '/clients?statut=active',
  properties: '/biens',
  visitsToPlan: '/pipeline?stage=toVisit',
  offersInProgress: '/pipeline?stage=offer',
  unreadMessages: '/messages',
  feesThisMonth: '/analyses',
  unpaidDossiers: '/dossiers',
};

/** H10: the agency at a glance, each figure a link to the list behind it. */
export function Dashboard() {
  const { t } = useTranslation();
  const scope = useViewerScope();
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('dashboard.title')}</h2>
      <ul className="dashboard-tiles">
        {dashboardFigures.map((figure) => (
          <Tile
            key={figure}
            figure={figure}
            sharedOnlyUid={scope.sharedOnlyUid}
            enabled={scope.ready}
          />
        ))}
      </ul>
    </section>
  );
}

function Tile({
  figure,
  sharedOnlyUid,
  enabled,
}: {
  figure: DashboardFigure;
  sharedOnlyUid: string | null;
  enabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  const value = useDashboardFigure(figure, sharedOnlyUid, enabled);
  // A figure the viewer's scope leaves out is not shown at all.
  if (value.data === null) return null;
  const format = euroFigures.has(figure)
    ? new Intl.NumberFormat(i18n.language, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      })
    : new Intl.NumberFormat(i18n.language);
  const shown = value.isError
    ? t('dashboard.unavailable')
    : value.data === undefined
      ? '…'
      : format.format(value.data);
  return (
    <li>
      <Link to={targets[figure]} className="dashboard-tile">
        <span className="dashboard-value">{shown}</span>
        <span className="dashboard-label">{t(`dashboard.figures.${figure}`)}</span>
      </Link>
    </li>
  );
}
