// Analytics' rules (DESIGN "Who may see what"): territorial accounts read the figures of their
// territory — the nation, an academy, a directorate — and never a pupil: every figure is an
// aggregate of roll-up cells, which carry no pupil at all. Outside the scope a territory does not
// exist (NOT_FOUND, as for an unknown code).
import { Permission, ScopeKind } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';

/** A roll-up cell (or a territory) by the SQL of its region and province ids. */
export interface CellRow {
  regionId: string;
  provinceId: string;
}

export const cellColumns = (alias: string): CellRow => ({ regionId: `${alias}.region_id`, provinceId: `${alias}.province_id` });

/** Cells and territories of the viewer's territory. */
export const figuresRule = defineRule<CellRow>('Figures', {
  [Permission.TERRITORY_FIGURES]: (scope, c) => {
    switch (scope.kind) {
      case ScopeKind.NATION:
        return 'true';
      case ScopeKind.REGION:
        return `${c.regionId} = ${scopeId(scope)}`;
      case ScopeKind.PROVINCE:
        return `${c.provinceId} = ${scopeId(scope)}`;
      default:
        return 'false';
    }
  },
});
