import { appBasename, appRoutes } from '@massar/client/shell';
import { createBrowserRouter } from 'react-router';
import { StaffNavLayout } from './StaffNavLayout';

export const router = createBrowserRouter(
  appRoutes([
    {
      Component: StaffNavLayout,
      children: [
        { index: true, lazy: async () => ({ Component: (await import('../pages/HomePage')).HomePage }) },
        {
          path: 'grades/:classId/:subjectCode',
          lazy: async () => ({ Component: (await import('../pages/GradeEntryPage')).GradeEntryPage }),
        },
        {
          path: 'results/:classId',
          lazy: async () => ({ Component: (await import('../pages/ClassResultsPage')).ClassResultsPage }),
        },
        { path: 'start-of-year', lazy: async () => ({ Component: (await import('../pages/StartOfYearPage')).StartOfYearPage }) },
        { path: 'start-of-year/register', lazy: async () => ({ Component: (await import('../pages/RegisterPupilPage')).RegisterPupilPage }) },
        {
          path: 'start-of-year/classes/:classId',
          lazy: async () => ({ Component: (await import('../pages/ClassAssignmentPage')).ClassAssignmentPage }),
        },
        { path: 'pupils', lazy: async () => ({ Component: (await import('../pages/PupilSearchPage')).PupilSearchPage }) },
        { path: 'pupils/:codeMassar', lazy: async () => ({ Component: (await import('../pages/PupilRecordPage')).PupilRecordPage }) },
        { path: 'support', lazy: async () => ({ Component: (await import('../pages/SupportPage')).SupportPage }) },
        { path: 'transfers', lazy: async () => ({ Component: (await import('../pages/TransfersPage')).TransfersPage }) },
        { path: 'rollover', lazy: async () => ({ Component: (await import('../pages/RolloverPage')).RolloverPage }) },
        {
          path: 'roll-call/:slotId/:date',
          lazy: async () => ({ Component: (await import('../pages/RollCallPage')).RollCallPage }),
        },
        { path: 'absences', lazy: async () => ({ Component: (await import('../pages/AbsencesPage')).AbsencesPage }) },
        { path: 'absences/week', lazy: async () => ({ Component: (await import('../pages/ClassAbsencesPage')).ClassAbsencesPage }) },
        { path: 'timetable', lazy: async () => ({ Component: (await import('../pages/TimetablePage')).TimetablePage }) },
      ],
    },
  ]),
  { basename: appBasename(import.meta.env.BASE_URL) },
);
