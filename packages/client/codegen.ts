import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation of the three SPAs, from the committed contract.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: [
    'src/**/*.{ts,tsx}',
    '../../apps/portal/src/**/*.{ts,tsx}',
    '../../apps/backoffice/src/**/*.{ts,tsx}',
    '../../apps/dashboard/src/**/*.{ts,tsx}',
    '!src/generated/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', DateTimeISO: 'string' },
      },
    },
    // Every enum of the schema as a const object and its type, used by operations or not: the
    // error reasons (CoreErrorReason, EvaluationErrorReason…) type extensions.reason, which no
    // operation selects, so the client preset alone would leave them out.
    'src/generated/schema-enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
  },
};

export default config;
