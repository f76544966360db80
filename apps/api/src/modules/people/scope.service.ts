import { type DataSource } from 'typeorm';
import { type GrantScope, ScopeKind as GrantScopeKind } from '../../core/auth/grants.js';
import { Role, type Viewer } from '../../core/auth/viewer.js';
import { type Scope, ScopeKind } from './viewer.type.js';

const NAMED: Partial<Record<GrantScopeKind, { kind: ScopeKind; table: string }>> = {
  [GrantScopeKind.REGION]: { kind: ScopeKind.REGION, table: 'region' },
  [GrantScopeKind.PROVINCE]: { kind: ScopeKind.PROVINCE, table: 'province' },
  [GrantScopeKind.SCHOOL]: { kind: ScopeKind.SCHOOL, table: 'school' },
};

/** The viewer's scope, named in both languages for the apps' header: its first territorial or school grant's. */
export async function scopeOf(db: DataSource, viewer: Viewer): Promise<Scope> {
  const place = viewer.grants.map((g) => g.scope).find((s) => NAMED[s.kind]);
  if (place) return named(db, place);
  if (viewer.grants.some((g) => g.scope.kind === GrantScopeKind.NATION)) return { kind: ScopeKind.NATIONAL, nameFr: 'Ministère — national', nameAr: 'الوزارة — وطني', code: null };
  if (viewer.role === Role.PUPIL) return { kind: ScopeKind.SELF, nameFr: 'Mon dossier', nameAr: 'ملفي', code: null };
  if (viewer.role === Role.PARENT) return { kind: ScopeKind.FAMILY, nameFr: 'Mes enfants', nameAr: 'أبنائي', code: null };
  return { kind: ScopeKind.API, nameFr: 'Client API', nameAr: 'عميل واجهة البرمجة', code: null };
}

async function named(db: DataSource, scope: GrantScope): Promise<Scope> {
  const { kind, table } = NAMED[scope.kind]!;
  const [row] = await db.query(`SELECT name_fr, name_ar, code FROM ${table} WHERE id = $1`, [scope.id]);
  return { kind, nameFr: row.name_fr, nameAr: row.name_ar, code: row.code };
}
