import { EmptyState, Table, useTranslation } from '@massar/ui';
import type { CertificateLike } from '../types';
import classes from './Dashboard.module.css';
import { FigureValue } from './FigureValue';
import { Panel } from './Panel';

/** The success rate at each certificate exam (CEP, CEC) and the baccalaureate, with the candidates behind it. */
export function CertificatesPanel({ certificates }: { certificates: readonly CertificateLike[] }) {
  const { t } = useTranslation();
  const title = t('dashboard.certificates.title');
  return (
    <Panel title={title}>
      {certificates.length === 0 ? <EmptyState>{t('dashboard.certificates.empty')}</EmptyState> : (
      <Table striped fz="md" aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.certificates.certificate')}</Table.Th>
            <Table.Th scope="col" className={classes.numeric}>{t('dashboard.certificates.candidates')}</Table.Th>
            <Table.Th scope="col" className={classes.numeric}>{t('dashboard.certificates.successRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certificates.map((c) => (
            <Table.Tr key={c.certificate}>
              <Table.Th scope="row" fw={500}>{t(`dashboard.certificates.name.${c.certificate}`, { defaultValue: c.certificate })}</Table.Th>
              <Table.Td className={classes.numeric}><FigureValue figure={c.candidates} kind="count" /></Table.Td>
              <Table.Td className={classes.numeric}><FigureValue figure={c.successRate} kind="rate" /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      )}
    </Panel>
  );
}
