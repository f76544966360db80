import { graphql } from '@massar/client';

/** Every level with its streams (reference data), for the council's stream choice. */
export const LEVEL_STREAMS = graphql(`
  query LevelStreams {
    levels {
      id
      code
      streams {
        id
        code
        nameFr
        nameAr
      }
    }
  }
`);
