import { graphql } from '@massar/client';

/** The .xlsx grade sheet of a class × subject × term, base64-encoded. */
export const GRADE_SHEET_FILE = graphql(`
  query GradeSheetFile($classId: ID!, $subjectCode: String!, $term: Term!) {
    gradeSheet(classId: $classId, subjectCode: $subjectCode, term: $term) {
      base64
      contentType
      filename
    }
  }
`);
