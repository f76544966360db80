import { dataFile, readCsv } from '../../core/database/csv.js';

/** A list of names in both scripts; `pairs[i]` is "latin<TAB>arabic", ready for a COPY row. */
export interface NameList {
  latin: string[];
  arabic: string[];
  pairs: string[];
}

export interface Names {
  male: NameList;
  female: NameList;
  family: NameList;
  schools: NameList;
}

let cached: Names | undefined;

/** The name lists shipped in apps/api/data/names (see its README). */
export function loadNames(): Names {
  return (cached ??= {
    male: list('first_names_male.csv'),
    female: list('first_names_female.csv'),
    family: list('family_names.csv'),
    schools: list('school_eponyms.csv'),
  });
}

function list(file: string): NameList {
  const rows = readCsv(dataFile(`names/${file}`));
  const clean = (s: string) => s.replace(/[\t\n\\]/g, ' ').trim();
  const latin = rows.map((r) => clean(r.latin));
  const arabic = rows.map((r) => clean(r.arabic));
  if (latin.some((n) => !n) || arabic.some((n) => !n)) throw new Error(`names/${file} has an empty name`);
  return { latin, arabic, pairs: latin.map((l, i) => `${l}\t${arabic[i]}`) };
}
