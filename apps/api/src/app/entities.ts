import { Enrolment } from '../modules/enrolment/enrolment.entity.js';
import { Transfer } from '../modules/enrolment/transfer.entity.js';
import { Guardian } from '../modules/people/guardian.entity.js';
import { StaffMember } from '../modules/people/staff-member.entity.js';
import { Student } from '../modules/people/student.entity.js';
import { Level } from '../modules/schooling/level.entity.js';
import { SchoolClass } from '../modules/schooling/school-class.entity.js';
import { SchoolYear } from '../modules/schooling/school-year.entity.js';
import { Stream } from '../modules/schooling/stream.entity.js';
import { Subject } from '../modules/schooling/subject.entity.js';
import { TeachingAssignment } from '../modules/schooling/teaching-assignment.entity.js';
import { Province } from '../modules/territory/province.entity.js';
import { Region } from '../modules/territory/region.entity.js';
import { School } from '../modules/territory/school.entity.js';
import { Assessment } from '../modules/evaluation/assessment.entity.js';
import { Grade } from '../modules/evaluation/grade.entity.js';
import { TimetableSlot } from '../modules/schooltime/timetable-slot.entity.js';

/** Every TypeORM entity of the API, in module order. */
export const ENTITIES = [
  Region, Province, School,
  Student, Guardian, StaffMember,
  SchoolYear, Level, Stream, Subject, SchoolClass, TeachingAssignment,
  Enrolment, Transfer,
  Assessment, Grade,
  TimetableSlot,
];
