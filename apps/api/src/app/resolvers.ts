import { type NonEmptyArray } from 'type-graphql';
import { type ResolverClass } from '../core/graphql/schema.js';
import { ClassStudentsResolver, EnrolmentResolver, StudentEnrolmentsResolver } from '../modules/enrolment/enrolment.resolver.js';
import { StudentTransfersResolver, TransferResolver } from '../modules/enrolment/transfer.resolver.js';
import {
  ClassOrientationResolver, OrientationDeadlineResolver, OrientationDecisionStreamResolver, OrientationResolver, OrientationWishesResolver,
  OrientationWishStreamResolver, SchoolOrientationResolver, StudentOrientationResolver,
} from '../modules/enrolment/orientation.resolver.js';
import { ClassPlacementResolver, MobilityResolver, UnplacedStudentResolver } from '../modules/enrolment/mobility.resolver.js';
import { ClassAssignmentResolver, ClassEnrolledCountResolver } from '../modules/enrolment/class-assignment.resolver.js';
import { AuthResolver } from '../modules/people/auth.resolver.js';
import { ChildLinkResolver } from '../modules/people/child-link.resolver.js';
import { IdentityMatchResolver } from '../modules/people/duplicate-identity.resolver.js';
import { SchoolStaffResolver } from '../modules/people/school-staff.resolver.js';
import { StudentGuardiansResolver, StudentResolver } from '../modules/people/student.resolver.js';
import {
  ReferenceResolver, SchoolClassesResolver, SchoolClassResolver, TeachingAssignmentResolver, ViewerTeachingResolver,
} from '../modules/schooling/schooling.resolver.js';
import { LevelResolver } from '../modules/schooling/level.resolver.js';
import { TeachingAssignmentMutationResolver } from '../modules/schooling/teaching-assignment.resolver.js';
import { SchoolResolver } from '../modules/territory/school.resolver.js';
import { ProvinceResolver, RegionResolver, SchoolTerritoryResolver } from '../modules/territory/territory.resolver.js';
import { NodeResolver } from './node.resolver.js';
import {
  AssessmentResolver, ClassAssessmentsResolver, ClassSubjectResolver, GradeChangeResolver, GradeResolver,
} from '../modules/evaluation/assessment.resolver.js';
import {
  ClassResultsFieldResolver, ClassResultsResolver, EnrolmentResultsFieldResolver, StudentResultsFieldResolver, StudentResultsResolver, TermResolver,
} from '../modules/evaluation/results.resolver.js';
import { GradeSheetResolver } from '../modules/evaluation/grade-sheet.resolver.js';
import { ClassCouncilResolver, StudentDecisionResolver } from '../modules/evaluation/class-council.resolver.js';
import {
  ClassTimetableResolver, SchoolTimetableResolver, StaffTimetableResolver, StudentTimetableResolver, TimetableMutationResolver, TimetableSlotResolver,
  ViewerTimetableResolver,
} from '../modules/schooltime/timetable.resolver.js';
import {
  BeneficiaryResolver, EntitlementResolver, SchoolSupportResolver, StudentSupportResolver, SupportCandidateResolver, SupportFigureResolver, SupportResolver,
} from '../modules/support/support.resolver.js';
import { AbsenceRecordResolver, ClassAbsencesResolver, ResultsAttendanceResolver, StudentAbsencesResolver } from '../modules/schooltime/absence.resolver.js';
import {
  JustificationAttachmentResolver, JustificationResolver, SchoolJustificationsResolver,
} from '../modules/schooltime/justification.resolver.js';
import { RollCallPupilResolver, RollCallResolver } from '../modules/schooltime/roll-call.resolver.js';
import { IndicatorsResolver } from '../modules/analytics/indicators.resolver.js';
import { ExportResolver } from '../modules/analytics/export.resolver.js';
import { IntegrityWatchResolver } from '../modules/analytics/integrity-watch.resolver.js';

export const RESOLVERS: NonEmptyArray<ResolverClass> = [
  NodeResolver,
  RegionResolver, ProvinceResolver, SchoolResolver, SchoolTerritoryResolver,
  AuthResolver, StudentResolver, StudentGuardiansResolver, SchoolStaffResolver, ChildLinkResolver, IdentityMatchResolver,
  ReferenceResolver, LevelResolver, SchoolClassesResolver, SchoolClassResolver, TeachingAssignmentResolver, ViewerTeachingResolver,
  TeachingAssignmentMutationResolver,
  EnrolmentResolver, ClassStudentsResolver, StudentEnrolmentsResolver, TransferResolver, StudentTransfersResolver,
  OrientationResolver, StudentOrientationResolver, ClassOrientationResolver, SchoolOrientationResolver,
  OrientationWishesResolver, OrientationWishStreamResolver, OrientationDecisionStreamResolver, OrientationDeadlineResolver,
  MobilityResolver, UnplacedStudentResolver, ClassPlacementResolver,
  ClassAssignmentResolver, ClassEnrolledCountResolver,
  AssessmentResolver, GradeResolver, GradeChangeResolver, ClassSubjectResolver, ClassAssessmentsResolver,
  TermResolver, ClassResultsResolver, ClassResultsFieldResolver, StudentResultsFieldResolver, StudentResultsResolver, EnrolmentResultsFieldResolver,
  GradeSheetResolver,
  ClassCouncilResolver, StudentDecisionResolver,
  TimetableSlotResolver, ClassTimetableResolver, StudentTimetableResolver, StaffTimetableResolver, ViewerTimetableResolver, SchoolTimetableResolver,
  TimetableMutationResolver,
  SupportResolver, BeneficiaryResolver, StudentSupportResolver, SchoolSupportResolver, SupportCandidateResolver, EntitlementResolver, SupportFigureResolver,
  RollCallResolver, RollCallPupilResolver, AbsenceRecordResolver, StudentAbsencesResolver, ClassAbsencesResolver, ResultsAttendanceResolver,
  JustificationResolver, JustificationAttachmentResolver, SchoolJustificationsResolver,
  IndicatorsResolver, ExportResolver, IntegrityWatchResolver,
];
