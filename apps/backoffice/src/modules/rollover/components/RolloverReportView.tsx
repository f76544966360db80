import { Alert, Anchor, SimpleStat, Stack, Table, Text, Title, localizedName, localizedSortName, useEvaluationLabels, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RolloverReportData } from '../hooks/useRollover';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="xs" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function PlacedByClass({ report }: { report: RolloverReportData }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  return (
    <Table striped fz="sm" aria-labelledby="rollover-classes">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('rollover.className')}</Table.Th>
          <Table.Th scope="col">{t('rollover.placedCount')}</Table.Th>
          <Table.Th scope="col">{t('rollover.sizeOf')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.placedByClass.map((c) => (
          <Table.Tr key={c.className}>
            <Table.Th scope="row">
              {c.schoolClass ? (
                <Anchor component={Link} to={`/start-of-year/classes/${encodeURIComponent(c.schoolClass.id)}`} aria-label={t('rollover.openClass', { className: c.className, year: report.toYear })}>
                  <bdi>{c.className}</bdi>
                </Anchor>
              ) : (
                <bdi>{c.className}</bdi>
              )}
            </Table.Th>
            <Table.Td>{formatNumber(c.count)}</Table.Td>
            <Table.Td>{t('rollover.size', { size: formatNumber(c.size), capacity: formatNumber(c.capacity) })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function NotPlaced({ report }: { report: RolloverReportData }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table striped fz="sm" aria-labelledby="rollover-not-placed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('rollover.pupil')}</Table.Th>
          <Table.Th scope="col">{t('rollover.why')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.notPlaced.map((u, i) => (
          <Table.Tr key={u.student?.id ?? `unknown-${i}`}>
            <Table.Th scope="row" fw={500}>
              {u.student ? (
                <Anchor component={Link} to={`/pupils/${encodeURIComponent(u.student.codeMassar)}`}>
                  {localizedSortName(u.student, language)}
                </Anchor>
              ) : (
                t('rollover.pupilOutOfScope')
              )}
            </Table.Th>
            <Table.Td>{t(`rollover.issue.${u.reason}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What a rollover did, or would do: next year's classes, pupils placed per level and class, leaving per decision, not placed and why. */
export function RolloverReportView({ report }: { report: RolloverReportData }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatNumber } = useFormatters();
  const leaving = report.leaving.reduce((sum, l) => sum + l.count, 0);
  const title = report.dryRun ? 'rollover.report.previewTitle' : 'rollover.report.runTitle';
  return (
    <Stack component="section" gap="md" aria-labelledby="rollover-report">
      <Title order={2} size="h3" id="rollover-report">
        {t(title, { from: report.fromYear, to: report.toYear })}
      </Title>
      {report.dryRun ? (
        <Alert color="blue">{t('rollover.report.previewNote')}</Alert>
      ) : (
        <Alert color={report.changed ? 'green' : 'gray'} role="status">
          {t(report.changed ? 'rollover.report.done' : 'rollover.report.unchanged', { to: report.toYear })}
        </Alert>
      )}
      <div className="massar-stats">
        <SimpleStat label={t('rollover.stat.placed')} value={formatNumber(report.placed)} emphasis />
        <SimpleStat label={t('rollover.stat.classesCreated')} value={formatNumber(report.classesCreated.length)} />
        <SimpleStat label={t('rollover.stat.leaving')} value={formatNumber(leaving)} />
        <SimpleStat label={t('rollover.stat.notPlaced')} value={formatNumber(report.notPlaced.length)} />
        <SimpleStat label={t('rollover.stat.alreadyEnrolled')} value={formatNumber(report.alreadyEnrolled)} />
      </div>
      <Section id="rollover-created" title={t('rollover.classesCreated')}>
        <Text size="sm">{report.classesCreated.length ? report.classesCreated.join(', ') : t('rollover.none')}</Text>
        {report.classesAlreadyThere.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('rollover.classesAlreadyThere', { names: report.classesAlreadyThere.join(', ') })}
          </Text>
        )}
      </Section>
      <Section id="rollover-levels" title={t('rollover.placedByLevel')}>
        {report.placedByLevel.length === 0 ? (
          <Text size="sm">{t('rollover.none')}</Text>
        ) : (
          <Table striped fz="sm" aria-labelledby="rollover-levels">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rollover.level')}</Table.Th>
                <Table.Th scope="col">{t('rollover.placedCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.placedByLevel.map((p) => (
                <Table.Tr key={`${p.level.id}-${p.stream?.id ?? ''}`}>
                  <Table.Th scope="row">
                    {localizedName(p.level, language)}
                    {p.stream && ` · ${localizedName(p.stream, language)}`}
                  </Table.Th>
                  <Table.Td>{formatNumber(p.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      {report.placedByClass.length > 0 && (
        <Section id="rollover-classes" title={t('rollover.placedByClass', { year: report.toYear })}>
          <PlacedByClass report={report} />
        </Section>
      )}
      <Section id="rollover-leaving" title={t('rollover.leaving')}>
        {report.leaving.length === 0 ? (
          <Text size="sm">{t('rollover.none')}</Text>
        ) : (
          <Stack gap={2}>
            {report.leaving.map((l) => (
              <Text key={l.decision} size="sm">
                {t('rollover.leavingLine', { decision: labels.decision(l.decision), count: l.count, n: formatNumber(l.count) })}
              </Text>
            ))}
          </Stack>
        )}
      </Section>
      <Section id="rollover-not-placed" title={t('rollover.notPlaced')}>
        {report.notPlaced.length === 0 ? <Text size="sm">{t('rollover.none')}</Text> : <NotPlaced report={report} />}
      </Section>
    </Stack>
  );
}
