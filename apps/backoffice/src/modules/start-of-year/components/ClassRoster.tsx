import type { ClassRosterQuery } from '@massar/client';
import { Anchor, Button, Group, Stack, Table, Text, localizedSortName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { pageState, toggleOne, togglePage, type Selection } from '../utils/selection';
import classes from './ClassRoster.module.css';

type RosterClass = Extract<NonNullable<ClassRosterQuery['node']>, { __typename: 'SchoolClass' }>;
export type RosterPupil = RosterClass['students']['edges'][number]['node'];

export interface ClassRosterProps {
  className: string;
  pupils: RosterPupil[];
  /** What may be done with the pupils ticked (moving them to another class), below the selection bar. */
  selectionActions?: (selected: RosterPupil[], clear: () => void) => ReactNode;
}

function PageCheckbox({ state, label, onChange }: { state: 'all' | 'some' | 'none'; label: string; onChange: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return <input ref={ref} type="checkbox" className={classes.checkbox} checked={state === 'all'} onChange={onChange} aria-label={label} />;
}

/**
 * One page of a class's pupils, each ticked or not (many at once from the header box); the
 * ticked pupils' list prints alone, and `selectionActions` acts on them.
 */
export function ClassRoster({ className, pupils, selectionActions }: ClassRosterProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate, formatNumber } = useFormatters();
  const [selection, setSelection] = useState<Selection>(new Set());
  const ids = pupils.map((p) => p.id);
  const ticked = selection.size;

  return (
    <Stack>
      <Group gap="sm" className={classes.noPrint} aria-live="polite">
        <Text size="sm">{t('roster.selected', { count: ticked, formatted: formatNumber(ticked) })}</Text>
        <Button variant="default" size="xs" onClick={() => window.print()}>
          {ticked > 0 ? t('roster.printSelection') : t('roster.printAll')}
        </Button>
        {ticked > 0 && (
          <Button variant="subtle" size="xs" onClick={() => setSelection(new Set())}>
            {t('roster.clearSelection')}
          </Button>
        )}
      </Group>
      {selectionActions && (
        <div className={classes.noPrint}>
          {selectionActions(
            pupils.filter((p) => selection.has(p.id)),
            () => setSelection(new Set()),
          )}
        </div>
      )}
      <div className={classes.printable} data-has-selection={ticked > 0}>
        <Table striped highlightOnHover aria-label={t('roster.tableName', { className })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className={classes.noPrint}>
                <PageCheckbox state={pageState(selection, ids)} label={t('roster.selectPage')} onChange={() => setSelection((s) => togglePage(s, ids))} />
              </Table.Th>
              <Table.Th scope="col">{t('roster.pupil')}</Table.Th>
              <Table.Th scope="col">{t('roster.codeMassar')}</Table.Th>
              <Table.Th scope="col">{t('roster.birthDate')}</Table.Th>
              <Table.Th scope="col">{t('roster.gender')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pupils.map((p) => {
              const name = localizedSortName(p, language);
              return (
                <Table.Tr key={p.id} data-selected={selection.has(p.id)}>
                  <Table.Td className={classes.noPrint}>
                    <input
                      type="checkbox"
                      className={classes.checkbox}
                      checked={selection.has(p.id)}
                      onChange={() => setSelection((s) => toggleOne(s, p.id))}
                      aria-label={t('roster.select', { name })}
                    />
                  </Table.Td>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/pupils/${encodeURIComponent(p.codeMassar)}`}>
                      {name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <bdi>{p.codeMassar}</bdi>
                  </Table.Td>
                  <Table.Td>{formatDate(p.birthDate, { dateStyle: 'medium' })}</Table.Td>
                  <Table.Td>{t(`gender.${p.gender}`)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
