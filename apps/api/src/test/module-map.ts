import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root, where module-map.json and eslint.config.js live. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface ApiModule {
  name: string;
  /** Folders (or files) under the API's root. */
  paths: string[];
  /** The tables only this module writes. */
  owns: string[];
}

export interface ModuleMap {
  api: { root: string; testFiles: string[]; testHelpers: string[]; writeExempt: string[]; modules: ApiModule[] };
  web: {
    apps: { name: string; path: string }[];
    packages: { name: string; path: string; mayImport: string[]; forbiddenLibraries?: string[] }[];
  };
}

/** module-map.json: THE description of which module may import which and which owns which table. */
export function readModuleMap(): ModuleMap {
  return JSON.parse(readFileSync(`${REPO_ROOT}module-map.json`, 'utf8')) as ModuleMap;
}
