import { graphql } from '@massar/client';

/** The indicators a table row, a map shape or a trend point shows (one figure each; no distributions). */
export const ROW_INDICATOR_FIELDS = graphql(`
  fragment RowIndicatorFields on Indicators {
    year
    enrolled { ...FigureFields }
    newEntrants { ...FigureFields }
    repeaters { ...FigureFields }
    promotionRate { ...FigureFields }
    repetitionRate { ...FigureFields }
    dropoutRate { ...FigureFields }
    averageOfAverages { ...FigureFields }
    atLeast10Share { ...FigureFields }
    absenceRate { ...FigureFields }
    justifiedShare { ...FigureFields }
    averageClassSize { ...FigureFields }
    overcrowdedShare { ...FigureFields }
    pupilTeacherRatio { ...FigureFields }
    enrolmentParityIndex { ...FigureFields }
    successParityIndex { ...FigureFields }
  }
`);
