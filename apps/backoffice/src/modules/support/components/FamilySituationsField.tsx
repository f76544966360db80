import type { FamilySituation } from '@massar/client';
import { Group, Stack, Text, useTranslation } from '@massar/ui';
import classes from './Support.module.css';

interface Props {
  /** The situations the programme accepts (at least one must be declared). */
  options: readonly FamilySituation[];
  value: readonly FamilySituation[];
  onChange: (value: FamilySituation[]) => void;
  /** Distinguishes two fields on one page. */
  idPrefix: string;
}

/** The family situations declared for the pupils being listed (sensitive: only what the programme needs). */
export function FamilySituationsField({ options, value, onChange, idPrefix }: Props) {
  const { t } = useTranslation();
  const toggle = (s: FamilySituation) => onChange(value.includes(s) ? value.filter((v) => v !== s) : [...value, s]);
  return (
    <Stack gap={4} component="fieldset" className={classes.fieldset}>
      <Text component="legend" size="sm" fw={500}>
        {t('support.situationsLegend')}
      </Text>
      <Group gap="md">
        {options.map((s) => (
          <label key={s} htmlFor={`${idPrefix}-${s}`} className={classes.choice}>
            <input id={`${idPrefix}-${s}`} type="checkbox" className={classes.checkbox} checked={value.includes(s)} onChange={() => toggle(s)} />
            <Text span size="sm">
              {t(`support.situation.${s}`)}
            </Text>
          </label>
        ))}
      </Group>
    </Stack>
  );
}
