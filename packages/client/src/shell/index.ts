// The data-bound layer (`@massar/client/shell`): where the UI kit, which knows no data, meets the
// Apollo client and the session. The apps' entry points, routes and error states come from here.
export { appBasename, appRoutes } from './appRoutes';
export { ErrorState } from './ErrorState';
export type { ErrorStateProps } from './ErrorState';
export { ListSection } from './ListSection';
export type { ListSectionProps } from './ListSection';
export { LoginPage } from './LoginPage';
export { MassarAppTree } from './MassarAppTree';
export type { MassarAppTreeProps } from './MassarAppTree';
export { mountMassarApp } from './mountMassarApp';
export { RequireViewer } from './RequireViewer';
export { assumeLoggedOut } from './sessionStore';
