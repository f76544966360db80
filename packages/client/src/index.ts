export { createApolloClient } from './apolloClient';
export type { ApolloClientOptions } from './apolloClient';
export { serverErrorCode, serverErrorMessage } from './errors/serverErrorMessage';
export { rowProblems, serverErrorReason } from './errors/gradeRowProblems';
export type { RowProblem } from './errors/gradeRowProblems';
export { graphql } from './generated';
// Every generated type (enums, operation results and variables), for the apps' components.
export type * from './generated/graphql';
export { LOGIN } from './operations/login';
export { LOGOUT } from './operations/logout';
export { ME } from './operations/me';
export { VIEWER_FIELDS } from './operations/viewerFields';
export { useLogin } from './session/useLogin';
export type { LoginState } from './session/useLogin';
export { useLogout } from './session/useLogout';
export type { LogoutState } from './session/useLogout';
export { useViewer } from './session/useViewer';
export type { Viewer, ViewerState } from './session/useViewer';
