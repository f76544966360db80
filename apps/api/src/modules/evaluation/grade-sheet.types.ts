import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Assessment } from './assessment.entity.js';
import { Absence, TermStatus } from './evaluation.enums.js';

/** Why a whole uploaded file was refused before any row was read. */
export enum GradeSheetFileError {
  NOT_A_SPREADSHEET = 'NOT_A_SPREADSHEET',
  WRONG_SHEET = 'WRONG_SHEET',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
}
registerEnumType(GradeSheetFileError, {
  name: 'GradeSheetFileError',
  description:
    'NOT_A_SPREADSHEET: not an .xlsx workbook (CSV, .xls, random bytes, an encrypted file…); WRONG_SHEET: a workbook, but not the Massar sheet of this class × subject × term; ' +
    'FILE_TOO_LARGE: over 1.5 MB, or inflating to more than a grade sheet ever does (always refused as BAD_USER_INPUT with this reason, never as a preview).',
});

/** Why one row (or, for UNKNOWN_ASSESSMENT, one header cell) of a sheet cannot be imported. */
export enum GradeSheetRowReason {
  UNKNOWN_CODE_MASSAR = 'UNKNOWN_CODE_MASSAR',
  NOT_IN_CLASS = 'NOT_IN_CLASS',
  DUPLICATE_ROW = 'DUPLICATE_ROW',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  TOO_PRECISE = 'TOO_PRECISE',
  UNKNOWN_ASSESSMENT = 'UNKNOWN_ASSESSMENT',
}
registerEnumType(GradeSheetRowReason, {
  name: 'GradeSheetRowReason',
  description:
    'UNKNOWN_CODE_MASSAR: empty or not one letter and nine digits; NOT_IN_CLASS: no pupil of this class has this code; ' +
    'DUPLICATE_ROW: the pupil appears twice; NOT_A_NUMBER: neither a mark nor "abs"; OUT_OF_RANGE: not between 0 and 20; ' +
    'TOO_PRECISE: more than two decimals; UNKNOWN_ASSESSMENT: a column that is not an assessment of this class × subject × term.',
});

@ObjectType({ description: 'An .xlsx file, base64-encoded.' })
export class GradeSheetFile {
  @Field() filename: string;
  @Field() contentType: string;
  @Field() base64: string;
}

@ObjectType({ description: 'One cell of the sheet that differs from the grade on record.' })
export class GradeSheetChange {
  @Field(() => Int, { description: 'Row number in the sheet (1-based, as the spreadsheet shows it).' }) row: number;
  @Field() codeMassar: string;
  @Field({ description: 'Last and first name, Latin script.' }) studentName: string;
  @Field({ description: 'Last and first name, Arabic script.' }) studentNameAr: string;
  @Field(() => Assessment) assessment: Assessment;
  @Field({ description: 'The column header, e.g. "Contrôle 1 (12/10/2025)".' }) assessmentLabel: string;
  @Field(() => Float, { nullable: true, description: 'Null with no old absence either: no grade yet.' }) oldValue: number | null;
  @Field(() => Absence, { nullable: true }) oldAbsence: Absence | null;
  @Field(() => Float, { nullable: true }) newValue: number | null;
  @Field(() => Absence, { nullable: true }) newAbsence: Absence | null;
}

@ObjectType({ description: 'A row or cell that cannot be imported; while there is one, importGradeSheet writes nothing.' })
export class GradeSheetRowError {
  @Field(() => Int, { description: 'Row number in the sheet (1-based).' }) row: number;
  @Field(() => String, { nullable: true }) codeMassar: string | null;
  @Field(() => String, { nullable: true, description: 'The column header (Code Massar, an assessment label…).' }) column: string | null;
  @Field(() => GradeSheetRowReason) reason: GradeSheetRowReason;
  @Field() message: string;
}

@ObjectType({ description: 'What importing a sheet would change (previewGradeSheet) or has changed (importGradeSheet).' })
export class GradeSheetPreview {
  @Field(() => GradeSheetFileError, { nullable: true, description: 'Set when the file itself is refused: then there are no changes and no row errors.' })
  fileError: GradeSheetFileError | null;
  @Field(() => String, { nullable: true }) fileErrorMessage: string | null;
  @Field(() => TermStatus, { description: 'Only an OPEN term can be imported into (GRADES_LOCKED otherwise).' }) termStatus: TermStatus;
  @Field(() => [GradeSheetChange], { description: 'By row, then column.' }) changes: GradeSheetChange[];
  @Field(() => [GradeSheetRowError], { description: 'By row, then column.' }) errors: GradeSheetRowError[];
  @Field(() => Int, { description: 'Filled cells equal to the grade on record.' }) unchanged: number;
}
