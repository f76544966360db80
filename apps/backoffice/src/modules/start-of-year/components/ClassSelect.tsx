import { NativeSelect, useFormatters, useTranslation } from '@massar/ui';
import { isFull, placesLeft } from '../utils/classCapacity';

export interface ClassChoice {
  id: string;
  name: string;
  capacity: number;
  enrolled: number;
}

export interface ClassSelectProps {
  classes: ClassChoice[];
  value: string;
  onChange: (classId: string) => void;
  error?: string;
}

/** The classes of the year, each with the seats it has left; a full class cannot be chosen. */
export function ClassSelect({ classes, value, onChange, error }: ClassSelectProps) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const chosen = classes.find((c) => c.id === value);
  const option = (c: ClassChoice) => {
    const counts = { enrolled: formatNumber(c.enrolled), capacity: formatNumber(c.capacity) };
    if (isFull(c.capacity, c.enrolled)) return t('registration.classFull', { className: c.name, ...counts });
    const left = placesLeft(c.capacity, c.enrolled);
    return t('registration.classOption', { className: c.name, count: left, left: formatNumber(left), ...counts });
  };
  return (
    <NativeSelect
      label={t('registration.class')}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      description={chosen ? t('registration.placesLeft', { count: placesLeft(chosen.capacity, chosen.enrolled), left: formatNumber(placesLeft(chosen.capacity, chosen.enrolled)) }) : undefined}
      data={[
        { value: '', label: t('registration.chooseClass') },
        ...classes.map((c) => ({ value: c.id, label: option(c), disabled: isFull(c.capacity, c.enrolled) && c.id !== value })),
      ]}
    />
  );
}
