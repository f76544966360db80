import { appBasename, appRoutes } from '@massar/client/shell';
import { createBrowserRouter } from 'react-router';

// Each route's code in its own chunk; the map data and ECharts load later still, when a view shows them.
const territoryPage = async () => ({ Component: (await import('../pages/TerritoryPage')).TerritoryPage });

export const router = createBrowserRouter(
  appRoutes([
    { index: true, lazy: async () => ({ Component: (await import('../pages/TerritoryPage')).HomeRedirect }) },
    { path: 'regions/:regionCode', lazy: territoryPage },
    { path: 'regions/:regionCode/provinces/:provinceCode', lazy: territoryPage },
    { path: 'regions/:regionCode/provinces/:provinceCode/schools/:schoolCode', lazy: territoryPage },
    { path: 'integrity', lazy: async () => ({ Component: (await import('../pages/IntegrityPage')).IntegrityPage }) },
  ]),
  { basename: appBasename(import.meta.env.BASE_URL) },
);
