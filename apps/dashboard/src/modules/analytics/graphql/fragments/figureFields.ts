import { graphql } from '@massar/client';

/** A figure as every screen reads it: value and count null when suppressed. */
export const FIGURE_FIELDS = graphql(`
  fragment FigureFields on Figure {
    value
    count
    suppressed
  }
`);
