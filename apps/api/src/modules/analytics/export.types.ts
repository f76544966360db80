import { Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Dimension, SliceInput } from './analytics.types.js';

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'A table\'s file: CSV (UTF-8, ; and decimal comma in French and Arabic) or .xlsx.' });

export enum ExportLanguage {
  FR = 'fr',
  AR = 'ar',
  EN = 'en',
}
registerEnumType(ExportLanguage, { name: 'ExportLanguage', description: 'The language of a file\'s headers, names and filters.' });

/** A text of a file in each of its languages. */
export type Words = Record<ExportLanguage, string>;

@InputType({ description: 'A table of indicators to export: the slice broken down by a dimension.' })
export class ExportInput {
  @Field(() => SliceInput) @ValidateNested() slice: SliceInput;
  @Field(() => Dimension) by: Dimension;
  @Field(() => ExportFormat) format: ExportFormat;
  @Field(() => ExportLanguage) language: ExportLanguage;
}

@ObjectType({ description: 'An exported file, base64-encoded; its first lines say what it holds (slice, breakdown, who exported it, when).' })
export class ExportFile {
  @Field() filename: string;
  @Field() mimeType: string;
  @Field() base64: string;
  @Field(() => Int, { description: 'Rows of the table (the total row not counted).' }) rowCount: number;
}

@InputType({ description: 'A chart the browser saved as an image, for the export log (the image itself stays in the browser).' })
export class ChartExportInput {
  @Field({ description: 'Which chart, e.g. "trend:enrolled" (letters, digits and . : _ -).' })
  @MaxLength(90) // logged as `chart:<what>`, at most 100 characters
  @Matches(/^[A-Za-z0-9.:_-]+$/, { message: 'A chart is named with letters, digits and . : _ -' })
  what: string;

  @Field(() => SliceInput) @ValidateNested() slice: SliceInput;
}
