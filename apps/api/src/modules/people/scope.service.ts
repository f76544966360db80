import { type DataSource } from 'typeorm';
import { Role, type Viewer } from '../../core/auth/viewer.js';
import { type Scope, ScopeKind } from './viewer.type.js';

/** The viewer's scope, named in both languages for the apps' header. */
export async function scopeOf(db: DataSource, viewer: Viewer): Promise<Scope> {
  switch (viewer.role) {
    case Role.MINISTRY:
      return { kind: ScopeKind.NATIONAL, nameFr: 'Ministère — national', nameAr: 'الوزارة — وطني', code: null };
    case Role.REGION:
      return named(db, ScopeKind.REGION, 'SELECT name_fr, name_ar, code FROM region WHERE id = $1', viewer.regionId);
    case Role.PROVINCE:
      return named(db, ScopeKind.PROVINCE, 'SELECT name_fr, name_ar, code FROM province WHERE id = $1', viewer.provinceId);
    case Role.DIRECTOR:
    case Role.STAFF:
    case Role.TEACHER:
      return named(db, ScopeKind.SCHOOL, 'SELECT name_fr, name_ar, code FROM school WHERE id = $1', viewer.schoolId);
    case Role.PARENT:
      return { kind: ScopeKind.FAMILY, nameFr: 'Mes enfants', nameAr: 'أبنائي', code: null };
    case Role.PUPIL:
      return { kind: ScopeKind.SELF, nameFr: 'Mon dossier', nameAr: 'ملفي', code: null };
    case Role.API_CLIENT:
      return { kind: ScopeKind.API, nameFr: 'Client API', nameAr: 'عميل واجهة البرمجة', code: null };
  }
}

async function named(db: DataSource, kind: ScopeKind, sql: string, id: number | null): Promise<Scope> {
  const [row] = await db.query(sql, [id]);
  return { kind, nameFr: row.name_fr, nameAr: row.name_ar, code: row.code };
}
