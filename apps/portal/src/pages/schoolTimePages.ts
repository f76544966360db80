// The timetable and absence screens as one lazy chunk: one entry in the first view's preload map instead of one per screen and per shared module.
export { ChildAbsencesPage } from './ChildAbsencesPage';
export { ChildTimetablePage } from './ChildTimetablePage';
