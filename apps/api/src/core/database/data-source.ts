import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { Registry1763800000000 } from './migrations/1763800000000-registry.js';
import { ReferenceData1763800000001 } from './migrations/1763800000001-reference-data.js';
import { Evaluation1763900000000 } from './migrations/1763900000000-evaluation.js';
import { ClassCouncil1764000000000 } from './migrations/1764000000000-class-council.js';
import { DefaultCcCoefficients1764050000000 } from './migrations/1764050000000-default-cc-coefficients.js';
import { PublishedResults1764100000000 } from './migrations/1764100000000-published-results.js';
import { ResultsIndexes1764200000000 } from './migrations/1764200000000-results-indexes.js';
import { LoginDevices1764300000000 } from './migrations/1764300000000-login-devices.js';
import { GradeAuditEntry1764310000000 } from './migrations/1764310000000-grade-audit-entry.js';
import { GuardianLinks1764320000000 } from './migrations/1764320000000-guardian-links.js';
import { StudentIdentity1764420000000 } from './migrations/1764420000000-student-identity.js';
import { Transfers1764400000000 } from './migrations/1764400000000-transfers.js';
import { Orientation1764410000000 } from './migrations/1764410000000-orientation.js';
import { TransferProbes1764430000000 } from './migrations/1764430000000-transfer-probes.js';
import { Timetable1764500000000 } from './migrations/1764500000000-timetable.js';
import { Absences1764510000000 } from './migrations/1764510000000-absences.js';
import { Support1764520000000 } from './migrations/1764520000000-support.js';
import { Analytics1764600000000 } from './migrations/1764600000000-analytics.js';
import { AnalyticsProvince1764700000000 } from './migrations/1764700000000-analytics-province.js';
import { AnalyticsProvinceMoves1764800000000 } from './migrations/1764800000000-analytics-province-moves.js';

export const MIGRATIONS = [
  Registry1763800000000, ReferenceData1763800000001, Evaluation1763900000000, ClassCouncil1764000000000, DefaultCcCoefficients1764050000000,
  PublishedResults1764100000000, ResultsIndexes1764200000000,
  LoginDevices1764300000000,
  GradeAuditEntry1764310000000,
  GuardianLinks1764320000000,
  Transfers1764400000000,
  Orientation1764410000000,
  StudentIdentity1764420000000,
  TransferProbes1764430000000,
  Timetable1764500000000,
  Absences1764510000000,
  Support1764520000000,
  Analytics1764600000000,
  AnalyticsProvince1764700000000,
  AnalyticsProvinceMoves1764800000000,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;

export interface DataSourceOptions {
  url: string;
  entities: EntityClass[];
  poolSize?: number;
  /** Called for every SQL statement (the statement-count tests use it). */
  onQuery?: (sql: string, parameters?: unknown[]) => void;
}

/** A TypeORM data source on PostgreSQL; schema changes only through migrations. */
export function createDataSource({ url, entities, poolSize = 10, onQuery }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, application_name: 'massar-api' },
    logging: onQuery ? ['query'] : false,
    logger: onQuery ? queryCounter(onQuery) : undefined,
  });
}

function queryCounter(onQuery: (sql: string, parameters?: unknown[]) => void): TypeOrmLogger {
  return {
    logQuery: (sql, parameters) => onQuery(sql, parameters),
    logQueryError: () => {},
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
}
