import { localizedName, useLanguage, useTranslation } from '@massar/ui';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { kindOf, type IndicatorKey } from '../constants/Indicators';
import type { IndicatorRowLike } from '../types';
import { colourOf, legendClasses } from '../utils/colourScale';
import { countText, figureNumber, figureState, figureText } from '../utils/figures';
import { matchProvinceGeometries } from '../utils/provinceGeometry';
import { useMinCellPupils } from '../hooks/useMinCellPupils';
import classes from './Dashboard.module.css';
import { MapLegend } from './MapLegend';

export type MapLevel = 'regions' | 'provinces';

type Shape = Feature<Geometry, { name: string }>;

const WIDTH = 520;
const HEIGHT = 560;

// The boundaries are large (the provinces 800 kB): each is fetched once, when a map first needs it.
const loaded = new Map<MapLevel, Promise<Shape[]>>();
function loadShapes(level: MapLevel): Promise<Shape[]> {
  if (!loaded.has(level)) {
    const data = level === 'regions' ? import('../../../map/data/regions.topo.json') : import('../../../map/data/provinces.topo.json');
    loaded.set(
      level,
      data.then((module) => {
        const topology = module.default as unknown as Topology;
        const object = topology.objects[level] as GeometryCollection<{ name: string }>;
        return (feature(topology, object) as FeatureCollection<Geometry, { name: string }>).features;
      }),
    );
  }
  return loaded.get(level)!;
}

/** A territory the map can draw: a row of the breakdown, or one of the level's places without pupils. */
interface Place {
  code: string;
  isoCode?: string | null;
  nameFr: string;
  nameAr: string;
}

/** Each row with its shape: regions by ISO code (the geometry id), provinces by name (a province without a shape is left to the table). */
function shapesOfRows<T extends Place>(level: MapLevel, shapes: readonly Shape[], rows: readonly T[]) {
  if (level === 'regions') {
    return rows.flatMap((row) => {
      const shape = shapes.find((s) => s.id === row.isoCode);
      return shape ? [{ row, shape }] : [];
    });
  }
  const matches = matchProvinceGeometries(rows, shapes.map((s) => s.properties.name));
  return rows.flatMap((row) => (matches.has(row.code) ? [{ row, shape: shapes[matches.get(row.code)!] }] : []));
}

interface Props {
  level: MapLevel;
  rows: readonly IndicatorRowLike[];
  indicator: IndicatorKey;
  /** Open a row's view (a click, or Enter on a focused shape). */
  onOpen: (row: IndicatorRowLike) => void;
  label: string;
  /** Every territory of the level (the nation's regions, a region's provinces): those without a row are drawn empty, so the map has no holes. */
  places?: readonly Place[];
}

/** The regions or a region's provinces coloured by the indicator, each a focusable link named with its value. */
export function TerritoryMap({ level, rows, indicator, onOpen, label, places = [] }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const min = useMinCellPupils();
  const [shapes, setShapes] = useState<Shape[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadShapes(level).then((s) => live && setShapes(s));
    return () => {
      live = false;
    };
  }, [level]);

  const kind = kindOf(indicator);
  const legend = useMemo(() => legendClasses(rows.map((r) => figureNumber(r.indicators[indicator]))), [rows, indicator]);
  const { drawn, empty } = useMemo(() => {
    if (!shapes) return { drawn: [], empty: [] };
    const pairs = shapesOfRows(level, shapes, rows);
    const used = new Set(pairs.map((p) => p.shape));
    const blanks = shapesOfRows(level, shapes, places.filter((p) => !rows.some((r) => r.code === p.code))).filter((p) => !used.has(p.shape));
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: [...pairs, ...blanks].map((p) => p.shape) });
    const path = geoPath(projection);
    return {
      drawn: pairs.map(({ row, shape }) => ({ row, d: path(shape) ?? '' })),
      empty: blanks.map(({ row, shape }) => ({ place: row, d: path(shape) ?? '' })),
    };
  }, [shapes, rows, level, places]);

  const valueWords = (row: IndicatorRowLike) => {
    const figure = row.indicators[indicator];
    const state = figureState(figure);
    if (state === 'suppressed') return t('dashboard.figure.suppressedWhy', { min });
    if (state === 'unavailable') return t('dashboard.figure.unavailable');
    const n = countText(figure, language);
    const value = figureText(figure, kind, language)!;
    return n && kind !== 'count' ? `${value} (${t('dashboard.figure.nEquals', { n })})` : value;
  };
  const onKey = (event: KeyboardEvent, row: IndicatorRowLike) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen(row);
  };

  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={classes.map} role="group" aria-label={label} aria-busy={!shapes}>
        {empty.map(({ place, d }) => {
          const name = t('dashboard.map.shapeName', { name: localizedName(place, language), value: t('dashboard.map.noPupils') });
          return (
            <path key={place.code} d={d} className={classes.shape} fill="var(--mantine-color-gray-1)" role="img" aria-label={name}>
              <title>{name}</title>
            </path>
          );
        })}
        {drawn.map(({ row, d }) => {
          const name = t('dashboard.map.shapeName', { name: localizedName(row, language), value: valueWords(row) });
          return (
            <path
              key={row.code}
              d={d}
              className={classes.shape}
              fill={colourOf(figureNumber(row.indicators[indicator]), legend)}
              tabIndex={0}
              role="link"
              aria-label={name}
              onClick={() => onOpen(row)}
              onKeyDown={(event) => onKey(event, row)}
            >
              <title>{name}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <MapLegend legend={legend} kind={kind} title={t(`dashboard.indicator.${indicator}`)} />
      </figcaption>
    </figure>
  );
}
