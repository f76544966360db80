import type { TimetableSlotFieldsFragment } from '@massar/client';
import { Text, directionOf, useTranslation } from '@massar/ui';
import { useId, useMemo, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useWeekWords } from '../hooks/useWeekWords';
import { linesOf, type Segment } from '../utils/slotName';
import { neighbourSlot, rowHeight, weekLayout, type GridMove } from '../utils/weekGrid';
import classes from './WeekGrid.module.css';

export interface WeekGridProps<S extends TimetableSlotFieldsFragment> {
  slots: readonly S[];
  /** The region's name ("Semaine de la classe 1AC-1"), shown as its heading unless `titled` is false (a section around it has one). */
  label: string;
  titled?: boolean;
  /** The slot's text: the shown segments one per line, all of them read together its full name. */
  segmentsOf: (slot: S) => Segment[];
  /** Each slot a button selecting it… */
  onSelect?: (slot: S) => void;
  selectedId?: string | null;
  /** …or a link, its name the slot's with words heard before and after it. */
  linkOf?: (slot: S) => { to: string; before: string; after: string };
  /** The weekday shown as today (1–6), highlighted. */
  today?: number | null;
}

const KEY_MOVES: Record<string, GridMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Focuses the slot of that id within `root`, in the rendering shown (grid or list). */
export function focusSlot(root: ParentNode, id: string) {
  const shown = [...root.querySelectorAll<HTMLElement>(`[data-slot-id="${CSS.escape(id)}"]`)].find((el) => el.offsetParent !== null);
  shown?.focus();
}

/**
 * A week as a grid (Monday–Saturday columns, rows cut at the slots' own times), every slot a
 * focusable button or link with its full name; arrow keys move between slots. Below ~700 px the
 * same slots as one list per day.
 */
export function WeekGrid<S extends TimetableSlotFieldsFragment>({ slots, label, titled = true, segmentsOf, onSelect, selectedId, linkOf, today }: WeekGridProps<S>) {
  const { t } = useTranslation();
  const words = useWeekWords();
  const layout = useMemo(() => weekLayout(slots), [slots]);
  const titleId = useId();
  const direction = directionOf(words.language);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = KEY_MOVES[event.key];
    const id = (event.target as HTMLElement).dataset.slotId;
    if (!move || !id) return;
    const next = neighbourSlot(layout, id, move, direction);
    event.preventDefault();
    if (next) focusSlot(event.currentTarget, next.id);
  };

  const slotView = (slot: S, where: 'grid' | 'list', style?: CSSProperties): ReactNode => {
    const isToday = today === slot.weekday;
    const className = [classes.slot, selectedId === slot.id && classes.selected, isToday && classes.slotToday].filter(Boolean).join(' ');
    const link = linkOf?.(slot);
    const segments = [...(link?.before ? [{ text: link.before, shown: false }] : []), ...segmentsOf(slot), ...(link?.after ? [{ text: link.after, shown: false }] : [])];
    // No aria-label: the name is the content itself. Each line carries the heard-only words that
    // follow it, so that the space a browser puts between lines falls after a separator.
    const body = linesOf(segments).map((line, i) => (
      <span key={i} className={`${classes.line} ${i === 0 ? classes.subject : ''} ${/^\d\d:\d\d–/.test(line.shown) ? classes.times : ''}`}>
        {line.before && <span className={classes.heard}>{line.before}</span>}
        <bdi>{line.shown}</bdi>
        {line.after && <span className={classes.heard}>{line.after}</span>}
      </span>
    ));
    const common = { className, style, 'data-slot-id': slot.id };
    if (link) {
      return (
        <Link key={`${where}-${slot.id}`} to={link.to} {...common}>
          {body}
        </Link>
      );
    }
    return (
      <button
        key={`${where}-${slot.id}`}
        type="button"
        aria-pressed={selectedId !== undefined ? selectedId === slot.id : undefined}
        onClick={() => onSelect?.(slot)}
        {...common}
      >
        {body}
      </button>
    );
  };

  const gridRows = `auto ${layout.rows.map((r) => `minmax(${rowHeight(r)}rem, auto)`).join(' ')}`;
  return (
    <section aria-label={titled ? undefined : label} aria-labelledby={titled ? titleId : undefined}>
      {titled && (
        <Text component="h2" fw={700} size="lg" mb="xs" id={titleId}>
          {label}
        </Text>
      )}
      <div className={classes.scroll}>
        <div className={classes.grid} style={{ gridTemplateRows: gridRows }} onKeyDown={onKeyDown}>
          <div className={classes.head} style={{ gridRow: 1, gridColumn: 1 }} />
          {layout.days.map((day, i) => (
            <div
              key={day.weekday}
              className={`${classes.head} ${today === day.weekday ? classes.today : ''}`}
              style={{ gridRow: 1, gridColumn: i + 2 }}
              aria-current={today === day.weekday ? 'date' : undefined}
            >
              {words.dayName(day.weekday)}
              {today === day.weekday && <Text size="xs">{t('timetable.today')}</Text>}
            </div>
          ))}
          {layout.rows.map((row, r) => (
            <div key={row.start} className={classes.time} style={{ gridRow: r + 2, gridColumn: 1 }}>
              {row.empty ? '' : row.start}
            </div>
          ))}
          {layout.rows.flatMap((row, r) =>
            layout.days.map((day, i) => (
              <div
                key={`${row.start}-${day.weekday}`}
                className={`${classes.cell} ${today === day.weekday ? classes.cellToday : ''}`}
                style={{ gridRow: r + 2, gridColumn: i + 2 }}
              />
            )),
          )}
          {layout.days.flatMap((day, i) =>
            day.slots.map((p) => slotView(p.slot, 'grid', { gridRow: `${p.rowStart + 2} / ${p.rowEnd + 2}`, gridColumn: i + 2 })),
          )}
        </div>
        {!slots.length && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('timetable.emptyWeek')}
          </Text>
        )}
      </div>
      <div className={classes.list}>
        {layout.days.map((day) => (
          <div key={day.weekday} className={classes.day}>
            <h3 className={`${classes.dayTitle} ${today === day.weekday ? classes.today : ''}`}>
              {words.dayName(day.weekday)}
              {today === day.weekday && ` — ${t('timetable.today')}`}
            </h3>
            {day.slots.length ? (
              <ul className={classes.dayList}>
                {day.slots.map((p) => (
                  <li key={p.slot.id}>{slotView(p.slot, 'list')}</li>
                ))}
              </ul>
            ) : (
              <Text size="sm" c="dimmed">
                {t('timetable.emptyDay')}
              </Text>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
