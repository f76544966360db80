import { useQuery } from '@apollo/client/react';
import type { GradeSheetQuery, Term } from '@massar/client';
import { assessmentLabel, localizedName, localizedSortName, useLanguage, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import type { GridColumn, GridStudent } from '../components/GradeGridRow';
import { GRADE_SHEET } from '../graphql/queries/gradeSheet';
import type { CellTexts } from '../utils/gradeGridState';
import { gradeToInput } from '../utils/parseGradeInput';

type SheetNode = NonNullable<GradeSheetQuery['node']>;
export type SheetClass = Extract<SheetNode, { __typename: 'SchoolClass' }>;

/** The decimal separator the reader types: a comma in French and Arabic, a point in English. */
export function decimalSeparatorOf(language: string): string {
  return language === 'en' ? '.' : ',';
}

/**
 * One class × subject × term, shaped for the grid: its columns (the subject's assessments by
 * date), its rows (the pupils by name) and the recorded grades as the cells show them.
 */
export function useGradeSheet(classId: string, subjectCode: string, term: Term) {
  const { t } = useTranslation('ui');
  const { language } = useLanguage();
  const query = useQuery(GRADE_SHEET, { variables: { classId, term } });
  const node = query.data?.node;
  const schoolClass = node?.__typename === 'SchoolClass' ? (node as SheetClass) : null;

  const shaped = useMemo(() => {
    if (!schoolClass) return null;
    const subject = schoolClass.subjects.find((s) => s.subject.code === subjectCode)?.subject ?? null;
    const assessments = schoolClass.assessments
      .filter((a) => a.subject.code === subjectCode)
      .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.number - b.number);
    const columns: GridColumn[] = assessments.map((a) => ({ id: a.id, label: assessmentLabel(a, t), date: a.date }));
    const students: GridStudent[] = schoolClass.students.edges.map(({ node: s }) => ({
      id: s.id,
      codeMassar: s.codeMassar,
      name: localizedSortName(s, language),
    }));
    const separator = decimalSeparatorOf(language);
    const recorded: CellTexts = {};
    for (const a of assessments) {
      for (const grade of a.grades) {
        (recorded[grade.student.id] ??= {})[a.id] = gradeToInput(grade, separator);
      }
    }
    return {
      className: schoolClass.name,
      subjectName: subject ? localizedName(subject, language) : subjectCode,
      subjectKnown: subject !== null,
      status: schoolClass.termStatus,
      columns,
      students,
      recorded,
    };
  }, [schoolClass, subjectCode, language, t]);

  return { ...query, sheet: shaped };
}
