export { createApolloClient } from './apolloClient';
export type { ApolloClientOptions } from './apolloClient';
export { serverErrorCode, serverErrorMessage } from './errors/serverErrorMessage';
export { rowProblems, serverErrorReason } from './errors/gradeRowProblems';
export type { RowProblem } from './errors/gradeRowProblems';
export { graphql } from './generated';
// Every generated type (enums, operation results and variables), for the apps' components.
export type * from './generated/graphql';
// The values of extensions.reason, per module (the schema's ErrorReasons), as const objects and
// their types: the apps word a refusal by reason from these, so a renamed reason breaks their build.
export {
  CoreErrorReason, EnrolmentErrorReason, EvaluationErrorReason, GradeSheetFileError, GradeSheetRowReason, PeopleErrorReason, SchoolingErrorReason,
  SchoolTimeErrorReason, SupportErrorReason,
} from './generated/schema-enums';
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
