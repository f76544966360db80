import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  localizedName,
  localizedPersonName,
  useFormatters,
  useLanguage,
  useTranslation,
} from '@massar/ui';
import { useState } from 'react';
import { CONFIRM_CHILD_LINK, DECLINE_CHILD_LINK } from '../graphql/mutations/childLinks';
import { PENDING_CHILD_LINKS } from '../graphql/queries/pendingChildLinks';

// After a decision, the pending list and the children list are read again.
const REFETCH = { refetchQueries: ['PendingChildLinks', 'MyChildren'], awaitRefetchQueries: true };

/**
 * Children a school registered with this parent as guardian, waiting for the parent to say
 * whether they are theirs; nothing is shown when none waits.
 */
export function PendingChildLinks() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const { data } = useQuery(PENDING_CHILD_LINKS);
  const [confirm, confirmState] = useMutation(CONFIRM_CHILD_LINK, REFETCH);
  const [decline, declineState] = useMutation(DECLINE_CHILD_LINK, REFETCH);
  const [done, setDone] = useState<string | null>(null);
  const links = data?.pendingChildLinks ?? [];
  const error = confirmState.error ?? declineState.error;
  const busy = confirmState.loading || declineState.loading;

  const decide = async (id: string, name: string, confirmed: boolean) => {
    setDone(null);
    try {
      await (confirmed ? confirm : decline)({ variables: { id } });
      setDone(t(confirmed ? 'childLinks.confirmed' : 'childLinks.declined', { name }));
    } catch {
      // Shown from the mutation's error.
    }
  };

  if (!links.length && !done && !error) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="child-links-title">
      <Title order={2} size="h3" id="child-links-title">
        {t('childLinks.title')}
      </Title>
      {links.map((link) => {
        const name = localizedPersonName(link, language);
        const school = localizedName({ nameFr: link.schoolNameFr, nameAr: link.schoolNameAr }, language);
        return (
          <Paper key={link.id} withBorder p="md" role="group" aria-labelledby={`child-link-${link.id}`}>
            <Stack gap="xs">
              <Text id={`child-link-${link.id}`}>{t('childLinks.question', { name, school })}</Text>
              <Text size="sm" c="dimmed">
                {t('childLinks.requestedOn', { date: formatDate(link.requestedAt) })}
              </Text>
              <Group gap="sm">
                <Button disabled={busy} onClick={() => void decide(link.id, name, true)}>
                  {t('childLinks.confirm')}
                </Button>
                <Button variant="default" disabled={busy} onClick={() => void decide(link.id, name, false)}>
                  {t('childLinks.decline')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      {error && (
        <Alert color="red" role="alert">
          {t('childLinks.error')}
        </Alert>
      )}
      {done && !error && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
    </Stack>
  );
}
