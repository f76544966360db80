import { graphql } from '@massar/client';

export const GRADE_SHEET_PREVIEW_FIELDS = graphql(`
  fragment GradeSheetPreviewFields on GradeSheetPreview {
    termStatus
    unchanged
    fileError
    fileErrorMessage
    changes {
      row
      codeMassar
      studentName
      studentNameAr
      assessmentLabel
      oldValue
      oldAbsence
      newValue
      newAbsence
    }
    errors {
      row
      column
      codeMassar
      reason
      message
    }
  }
`);

/** What importing the sheet would change; writes nothing. */
export const PREVIEW_GRADE_SHEET = graphql(`
  mutation PreviewGradeSheet($input: GradeSheetUploadInput!) {
    previewGradeSheet(input: $input) {
      ...GradeSheetPreviewFields
    }
  }
`);

/** Writes the sheet's changes, all or nothing. */
export const IMPORT_GRADE_SHEET = graphql(`
  mutation ImportGradeSheet($input: GradeSheetUploadInput!) {
    importGradeSheet(input: $input) {
      ...GradeSheetPreviewFields
    }
  }
`);
