import type { IndicatorKey } from './constants/Indicators';
import type { FigureLike } from './utils/figures';
import type { Filters } from './utils/territory';

// The shapes the components read, structural so that the generated operation types fit them.

export type RowIndicators = { year: string } & Record<IndicatorKey, FigureLike>;

export interface IndicatorRowLike {
  code: string;
  isoCode?: string | null;
  nameFr: string;
  nameAr: string;
  indicators: RowIndicators;
}

export interface DistributionBinLike {
  from: number;
  to?: number | null;
  pupils: FigureLike;
}

export interface SupportCoverageLike {
  programme: { code: string; nameFr: string; nameAr: string; nameEn: string };
  eligible: FigureLike;
  beneficiaries: FigureLike;
  coverage: FigureLike;
  amount: FigureLike;
}

export interface CertificateLike {
  certificate: string;
  candidates: FigureLike;
  successRate: FigureLike;
}

export type FullIndicators = RowIndicators & {
  averageDistribution: readonly DistributionBinLike[];
  classSizeDistribution: readonly DistributionBinLike[];
  certificates: readonly CertificateLike[];
  support: readonly SupportCoverageLike[];
};

/** The slice as the API takes it (SliceInput). */
export interface SliceLike extends Filters {
  year: string;
  regionCode?: string;
  provinceCode?: string;
  schoolCode?: string;
}

export type ExportDimension = 'REGION' | 'PROVINCE' | 'SCHOOL' | 'CYCLE' | 'LEVEL' | 'GENDER' | 'MILIEU' | 'SECTOR';
