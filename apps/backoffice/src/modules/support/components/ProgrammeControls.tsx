import { Group, NativeSelect, useLanguage, useTranslation } from '@massar/ui';
import type { Programme, SchoolYear } from '../hooks/useSupportChoice';
import { programmeName } from '../utils/programmes';

interface Props {
  programmes: readonly Programme[];
  years: readonly SchoolYear[];
  programme: Programme;
  year: SchoolYear;
  onProgramme: (code: string) => void;
  onYear: (name: string) => void;
}

/** Which programme and which school year the lists below are of. */
export function ProgrammeControls({ programmes, years, programme, year, onProgramme, onYear }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Group gap="md" align="flex-end">
      <NativeSelect
        label={t('support.programme')}
        value={programme.code}
        onChange={(event) => onProgramme(event.currentTarget.value)}
        data={programmes.map((p) => ({ value: p.code, label: programmeName(p, language) }))}
        w={360}
      />
      <NativeSelect label={t('support.year')} value={year.name} onChange={(event) => onYear(event.currentTarget.value)} data={years.map((y) => y.name)} w={160} />
    </Group>
  );
}
