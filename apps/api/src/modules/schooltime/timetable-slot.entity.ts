import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';
import { Term } from '../evaluation/evaluation.enums.js';

/** PostgreSQL's time(0) reads as "08:00:00": the schema shows "HH:MM". */
const hoursMinutes = { from: (v: string | null) => (v === null ? v : v.slice(0, 5)), to: (v: string) => v };

/**
 * One lesson of a class in the school's week for one term: weekday and times are data (no period
 * grid), the teacher and room optional. Read through timetable.loaders.ts, within the slot rule.
 */
@Entity('timetable_slot')
@ObjectType({ implements: Node, description: 'A class\'s lesson in the school\'s week for one term: weekday, start–end, subject, teacher and room.' })
export class TimetableSlot implements Node {
  @PrimaryColumn({ type: 'bigint', generated: 'identity' })
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('TimetableSlot', this.id);
  }

  @PrimaryColumn({ name: 'school_year_id', type: 'smallint' })
  schoolYearId: number;

  @Column({ name: 'school_id' })
  schoolId: number;

  @Field(() => Term)
  @Column({ type: 'text' })
  term: Term;

  @Column({ name: 'class_id' })
  classId: number;

  @Column({ name: 'subject_id', type: 'smallint' })
  subjectId: number;

  @Column({ name: 'teacher_id', type: 'int', nullable: true })
  teacherId: number | null;

  @Field(() => String, { nullable: true, description: 'The room, as the school names it (Salle 12, Labo SVT).' })
  @Column({ type: 'text', nullable: true })
  room: string | null;

  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 6 = Saturday.' })
  @Column({ type: 'smallint' })
  weekday: number;

  @Field({ description: 'Start, HH:MM (24 h).' })
  @Column({ name: 'starts_at', type: 'time', transformer: hoursMinutes })
  startsAt: string;

  @Field({ description: 'End, HH:MM (24 h), after the start.' })
  @Column({ name: 'ends_at', type: 'time', transformer: hoursMinutes })
  endsAt: string;
}
