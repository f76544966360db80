import type { FamilySituation } from '@massar/client';
import { Alert, Button, Group, Stack, Table, Text, Textarea, useFormatters, useTranslation } from '@massar/ui';
import { useState, type FormEvent } from 'react';
import { useBeneficiaryWrite } from '../hooks/useBeneficiaryWrite';
import { useRuleText } from '../hooks/useRuleText';
import type { Programme } from '../hooks/useSupportChoice';
import { refusalsByCode, rowReasonKey } from '../utils/beneficiaryRefusal';
import { CODES_MAX, parsePastedCodes, pastedCodesReady } from '../utils/pastedCodes';
import { FamilySituationsField } from './FamilySituationsField';
import classes from './Support.module.css';

/** A list of codes Massar pasted (a spreadsheet's column): added all at once, or nothing, each refusal on its row. */
export function PasteCodesForm({ programme, year }: { programme: Programme; year: string }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const ruleText = useRuleText(programme.eligibility);
  const [text, setText] = useState('');
  const [situations, setSituations] = useState<FamilySituation[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const { write, loading, refusals, errorText, reset } = useBeneficiaryWrite('add');
  const parsed = parsePastedCodes(text);
  const required = programme.eligibility.familySituations ?? [];
  const byCode = refusalsByCode(refusals);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!pastedCodesReady(parsed)) return;
    setAdded(null);
    setSent(parsed.codes);
    const done = await write({ programmeCode: programme.code, year, codesMassar: parsed.codes, familySituations: situations });
    if (done === null) return;
    setAdded(done);
    setText('');
  };

  let problem: string | null = null;
  if (parsed.invalid.length > 0) problem = t('support.paste.invalid', { count: parsed.invalid.length, codes: parsed.invalid.slice(0, 5).join(', ') });
  else if (parsed.tooMany) problem = t('support.paste.tooMany', { max: formatNumber(CODES_MAX) });

  return (
    <Stack gap="xs" component="section" aria-labelledby="paste-title">
      <Text component="h3" fw={700} id="paste-title">
        {t('support.paste.title')}
      </Text>
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="xs">
          <Textarea
            label={t('support.paste.label')}
            description={t('support.paste.hint', { max: formatNumber(CODES_MAX) })}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              reset();
            }}
            autosize
            minRows={3}
            maxRows={10}
            error={problem}
            dir="ltr"
            w={420}
          />
          {required.length > 0 && <FamilySituationsField idPrefix="paste" options={required} value={situations} onChange={setSituations} />}
          <Group gap="sm">
            <Button type="submit" loading={loading} disabled={!pastedCodesReady(parsed)}>
              {t('support.paste.submit', { count: parsed.codes.length, n: formatNumber(parsed.codes.length) })}
            </Button>
            {parsed.repeated.length > 0 && <Text size="sm">{t('support.paste.repeated', { count: parsed.repeated.length })}</Text>}
          </Group>
        </Stack>
      </form>
      {errorText && (
        <Alert color="red" role="alert">
          {errorText}
        </Alert>
      )}
      {refusals.length > 0 && (
        <Table fz="sm" aria-label={t('support.paste.rowsName')} w="fit-content">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('support.codeMassar')}</Table.Th>
              <Table.Th scope="col">{t('support.paste.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sent.map((code) => {
              const refusal = byCode.get(code);
              return (
                <Table.Tr key={code} className={refusal ? classes.refused : undefined}>
                  <Table.Th scope="row">
                    <bdi>{code}</bdi>
                  </Table.Th>
                  <Table.Td>
                    {refusal ? `${t(rowReasonKey(refusal.reason))}${refusal.rule ? ` ${ruleText(refusal.rule)}` : ''}` : t('support.paste.rowFine')}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {added !== null && (
        <Alert color="green" role="status">
          {t('support.added', { count: added, n: formatNumber(added) })}
        </Alert>
      )}
    </Stack>
  );
}
