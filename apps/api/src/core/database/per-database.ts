import { type DataSource } from 'typeorm';

/**
 * One value per database, made on first use: what a replica remembers is kept apart for each
 * data source it serves (in the tests, each test database).
 */
export function perDatabase<T>(make: () => T): (db: DataSource) => T {
  const values = new WeakMap<DataSource, T>();
  return (db) => {
    let value = values.get(db);
    if (value === undefined) values.set(db, (value = make()));
    return value;
  };
}
