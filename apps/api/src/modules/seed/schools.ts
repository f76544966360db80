import { type CopySink } from './copy.js';
import {
  AMAZIGH_CLASSES, AMAZIGH_SCHOOL_SHARE, CLASS_MAX, CORE_CLASSES_PER_TEACHER, CORE_SUBJECTS, type Cycle,
  FEMALE_TEACHER_SHARE, OTHER_CLASSES_PER_TEACHER, PRIMARY_ARABIC_CLASSES, PRIMARY_FRENCH_CLASSES,
} from './national-shape.js';
import { type Names } from './names.js';
import { type Plan, type PlannedClass, type PlannedSchool } from './plan.js';
import { type Reference, subjectKey } from './reference.js';
import { type Rng } from './rng.js';
import { type IdCounters, mobile, T } from './rows.js';
import { type SchoolTimeWriter, type TimetableClass } from './school-time.js';

/** Per-class facts the pupil generator needs, indexed by the class's position in the plan. */
export interface ClassTable {
  id: Int32Array;
  schoolId: Int32Array;
  levelIndex: Uint8Array;
  /** 1 when the class's school is rural, resp. public (support programmes, absences). */
  rural: Uint8Array;
  public: Uint8Array;
}

interface Ctx {
  ref: Reference;
  names: Names;
  rng: Rng;
  sink: CopySink;
  ids: IdCounters;
  yearId: number;
  time: SchoolTimeWriter;
}

/** Writes the schools, their classes, a director and teachers with their assignments. */
export async function writeSchools(ctx: Ctx, plan: Plan): Promise<ClassTable> {
  const table: ClassTable = {
    id: new Int32Array(plan.classes), schoolId: new Int32Array(plan.classes), levelIndex: new Uint8Array(plan.classes),
    rural: new Uint8Array(plan.classes), public: new Uint8Array(plan.classes),
  };
  const perRegion = new Map<number, number>();
  let g = 0;
  for (const school of plan.schools) {
    const schoolId = ctx.ids.school++;
    const number = (perRegion.get(school.regionId) ?? 0) + 1;
    perRegion.set(school.regionId, number);
    writeSchoolRow(ctx, school, schoolId, number);
    const first = g;
    const classIds = school.classes.map((c) => {
      const id = ctx.ids.schoolClass++;
      ctx.sink.row(T.schoolClass, `${id}\t${schoolId}\t${ctx.yearId}\t${c.level.id}\t${c.streamId ?? '\\N'}\t${c.name}\t${CLASS_MAX}`);
      table.id[g] = id;
      table.schoolId[g] = schoolId;
      table.rural[g] = school.milieu === 'RURAL' ? 1 : 0;
      table.public[g] = school.sector === 'PUBLIC' ? 1 : 0;
      table.levelIndex[g++] = c.level.index;
      return id;
    });
    const timetable: TimetableClass[] = school.classes.map((c, i) => ({ g: first + i, id: classIds[i], cycle: c.level.cycle, subjects: [] }));
    writeStaff(ctx, school, schoolId, classIds, timetable);
    ctx.time.writeSchool(schoolId, timetable);
    await ctx.sink.tick();
  }
  return table;
}

const KIND: Record<Cycle, [string, string]> = {
  PRIMARY: ['École', 'مدرسة'],
  MIDDLE: ['Collège', 'الثانوية الإعدادية'],
  SECONDARY: ['Lycée', 'الثانوية التأهيلية'],
};
const CODE_LETTER: Record<Cycle, string> = { PRIMARY: 'P', MIDDLE: 'C', SECONDARY: 'L' };

function schoolNames(school: PlannedSchool, eponym: string, eponymAr: string): [string, string] {
  if (school.sector === 'PRIVATE') {
    return school.cycles.length > 1
      ? [`Groupe scolaire privé ${eponym}`, `مجموعة مدارس ${eponymAr} الخصوصية`]
      : [`École privée ${eponym}`, `مدرسة ${eponymAr} الخصوصية`];
  }
  // A rural primary school is a "groupe scolaire": a central school and its satellite units.
  if (school.cycles[0] === 'PRIMARY' && school.milieu === 'RURAL') return [`Groupe scolaire ${eponym}`, `مجموعة مدارس ${eponymAr}`];
  const [fr, ar] = KIND[school.cycles[0]];
  return [`${fr} ${eponym}`, `${ar} ${eponymAr}`];
}

function writeSchoolRow(ctx: Ctx, school: PlannedSchool, id: number, number: number) {
  const e = ctx.rng.int(ctx.names.schools.latin.length);
  const [nameFr, nameAr] = schoolNames(school, ctx.names.schools.latin[e], ctx.names.schools.arabic[e]);
  // Region, number within the region, kind: unique, and readable by a person.
  const letter = school.sector === 'PRIVATE' ? 'G' : CODE_LETTER[school.cycles[0]];
  const code = `${String(school.regionId).padStart(2, '0')}${String(number).padStart(5, '0')}${letter}`;
  const capacity = Math.max(10, Math.ceil((school.pupils * 1.15) / 10) * 10);
  const province = ctx.ref.provinces[school.province].id;
  ctx.sink.row(T.school, `${id}\t${code}\t${nameFr}\t${nameAr}\t{${school.cycles.join(',')}}\t${school.sector}\t${school.milieu}\t${province}\t${capacity}`);
}

/** A director, teachers and their assignments, also collected into `timetable` (one entry per class). */
function writeStaff(ctx: Ctx, school: PlannedSchool, schoolId: number, classIds: number[], timetable: TimetableClass[]) {
  person(ctx, schoolId, 'DIRECTOR');
  const amazigh = ctx.rng.chance(AMAZIGH_SCHOOL_SHARE);
  for (const cycle of school.cycles) {
    const classes = school.classes.flatMap((c, i) => (c.level.cycle === cycle ? [{ c, id: classIds[i], week: timetable[i] }] : []));
    if (cycle === 'PRIMARY') primaryTeachers(ctx, schoolId, classes, amazigh);
    else subjectTeachers(ctx, schoolId, classes);
  }
}

type ClassRef = { c: PlannedClass; id: number; week: TimetableClass };

/** Primary: Arabic-side and French teachers each take a pair of classes; Amazigh is shared wider. */
function primaryTeachers(ctx: Ctx, schoolId: number, classes: ClassRef[], amazigh: boolean) {
  const shared = new Map<string, { per: number; teacher: number; used: number }>([
    ['AR', { per: PRIMARY_ARABIC_CLASSES, teacher: 0, used: Infinity }],
    ['FR', { per: PRIMARY_FRENCH_CLASSES, teacher: 0, used: Infinity }],
    ['AMZ', { per: AMAZIGH_CLASSES, teacher: 0, used: Infinity }],
  ]);
  for (const { c, id, week } of classes) {
    for (const subject of subjectsOf(ctx, c)) {
      if (subject.code === 'AMZ' && !amazigh) continue;
      // Every subject but French and Amazigh is taught in Arabic by the class's main teacher.
      const pool = shared.get(subject.code === 'FR' || subject.code === 'AMZ' ? subject.code : 'AR')!;
      if (pool.used >= pool.per) Object.assign(pool, { teacher: person(ctx, schoolId, 'TEACHER'), used: 0 });
      assign(ctx, schoolId, id, subject, pool.teacher, week);
    }
    for (const pool of shared.values()) if (pool.used < Infinity) pool.used++;
  }
}

/** Collège and lycée: each subject's classes shared among as many specialists as needed. */
function subjectTeachers(ctx: Ctx, schoolId: number, classes: ClassRef[]) {
  const bySubject = new Map<number, { subject: { id: number; code: string }; classes: ClassRef[] }>();
  for (const ref of classes) {
    for (const s of subjectsOf(ctx, ref.c)) {
      const entry = bySubject.get(s.id) ?? { subject: s, classes: [] };
      entry.classes.push(ref);
      bySubject.set(s.id, entry);
    }
  }
  for (const { subject, classes: refs } of bySubject.values()) {
    const per = CORE_SUBJECTS.has(subject.code) ? CORE_CLASSES_PER_TEACHER : OTHER_CLASSES_PER_TEACHER;
    const teachers = Array.from({ length: Math.ceil(refs.length / per) }, () => person(ctx, schoolId, 'TEACHER'));
    refs.forEach((ref, j) => assign(ctx, schoolId, ref.id, subject, teachers[j % teachers.length], ref.week));
  }
}

const subjectsOf = (ctx: Ctx, c: PlannedClass) => ctx.ref.subjects.get(subjectKey(c.level.id, c.streamId)) ?? [];

function assign(ctx: Ctx, schoolId: number, classId: number, subject: { id: number; code: string }, teacherId: number, week: TimetableClass) {
  ctx.sink.row(T.assignment, `${ctx.ids.assignment++}\t${schoolId}\t${classId}\t${subject.id}\t${teacherId}`);
  week.subjects.push({ ...subject, teacherId });
}

function person(ctx: Ctx, schoolId: number, position: 'TEACHER' | 'DIRECTOR'): number {
  const { rng, names } = ctx;
  const first = rng.chance(FEMALE_TEACHER_SHARE) ? names.female : names.male;
  const id = ctx.ids.staff++;
  ctx.sink.row(T.staff, `${id}\t${schoolId}\t${rng.pick(first.pairs)}\t${rng.pick(names.family.pairs)}\t${position}\t${mobile(rng)}`);
  return id;
}
