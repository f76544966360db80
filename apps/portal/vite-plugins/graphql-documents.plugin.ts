import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('../../../packages/client/src/generated/graphql.ts', import.meta.url));
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;

/**
 * What the codegen client preset's babel plugin does, for Vite: each `graphql(\`…\`)` call becomes
 * an import of its own typed document from generated/graphql.ts. Without it, the `graphql()`
 * function brings the map of every operation of the three apps into the first chunk.
 */
export function graphqlDocuments(): Plugin {
  let exported: Set<string> | undefined;
  const documentNames = () => (exported ??= new Set([...readFileSync(GENERATED, 'utf8').matchAll(/^export const (\w+) = /gm)].map((match) => match[1]!)));
  return {
    name: 'massar:graphql-documents',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\.tsx?$/, exclude: [/node_modules/, /\/generated\//] }, code: 'graphql(' },
      handler(code, id) {
        const imports = new Set<string>();
        const transformed = code.replace(CALL, (_call, source: string) => {
          const definition = DEFINITION.exec(source.replace(/#.*$/gm, ''));
          if (!definition) throw new Error(`${id}: a graphql() call without a named operation or fragment`);
          const [, kind, name] = definition;
          const documentName = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
          if (!documentNames().has(documentName)) throw new Error(`${id}: ${documentName} is not in generated/graphql.ts (run npm run codegen)`);
          imports.add(documentName);
          return `__gql_${documentName}`;
        });
        if (imports.size === 0) return null;
        const header = `import { ${[...imports].map((name) => `${name} as __gql_${name}`).join(', ')} } from ${JSON.stringify(GENERATED)};\n`;
        return { code: header + transformed, map: null };
      },
    },
  };
}
