import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden, localizedName, useLanguage, useTranslation } from '@massar/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_WISHES } from '../constants/OrientationRules';
import { addWish, moveWish, removeWish, sameWishes, type WishList } from '../utils/wishList';
import { MOBILITY_T } from '../../../i18n/MobilityMessages';

export interface StreamChoice {
  code: string;
  nameFr: string;
  nameAr: string;
}

export interface WishesFormProps {
  /** The streams of the next level. */
  streams: readonly StreamChoice[];
  /** The wishes recorded so far (the form starts from them). */
  submitted: WishList;
  submitting: boolean;
  onSubmit: (codes: string[]) => void;
}

type Action = 'up' | 'down' | 'remove' | 'add';

/**
 * The family's ranked choice of 1 to 4 streams: added from the offered list, reordered with
 * buttons (keyboard and screen-reader friendly, no dragging), each change announced; focus
 * stays on the button that was used, at the wish's new place.
 */
export function WishesForm({ streams, submitted, submitting, onSubmit }: WishesFormProps) {
  const { t } = useTranslation(MOBILITY_T);
  const { language } = useLanguage();
  const [list, setList] = useState<WishList>(submitted);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const max = Math.min(MAX_WISHES, streams.length);
  const byCode = new Map(streams.map((s) => [s.code, s]));
  const nameOf = (code: string) => {
    const stream = byCode.get(code);
    return stream ? localizedName(stream, language) : code;
  };
  const offered = streams.filter((s) => !list.includes(s.code));

  useEffect(() => {
    if (!focusKey) return;
    (buttons.current.get(focusKey) ?? buttons.current.get('submit'))?.focus();
    setFocusKey(null);
  }, [focusKey, list]);

  const refFor = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  const act = (action: Action, code: string) => {
    setProblem(null);
    const index = list.indexOf(code);
    if (action === 'up' || action === 'down') {
      const next = moveWish(list, index, action === 'up' ? -1 : 1);
      if (next === list) return;
      setList(next);
      setAnnouncement(t('orientation.moved', { stream: nameOf(code), rank: next.indexOf(code) + 1 }));
      setFocusKey(`${action}:${code}`);
    } else if (action === 'remove') {
      const next = removeWish(list, code);
      setList(next);
      setAnnouncement(t('orientation.removed', { stream: nameOf(code) }));
      // The next wish's remove button, else the previous one's, else the offered stream again.
      const neighbour = next[index] ?? next[index - 1];
      setFocusKey(neighbour ? `remove:${neighbour}` : `add:${code}`);
    } else {
      const next = addWish(list, code, max);
      if (next === list) return;
      setList(next);
      setAnnouncement(t('orientation.added', { stream: nameOf(code), rank: next.length }));
      const after = offered.filter((s) => s.code !== code);
      setFocusKey(next.length < max && after[0] ? `add:${after[0].code}` : 'submit');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (list.length === 0) return setProblem(t('orientation.needOne'));
    if (sameWishes(list, submitted)) return setProblem(t('orientation.unchanged'));
    onSubmit([...list]);
  };

  return (
    <form onSubmit={submit} aria-labelledby="choices-title" noValidate>
      <Stack gap="md">
        <Stack gap="xs">
          <Title order={3} size="h4" id="choices-title">
            {t('orientation.choices')}
          </Title>
          {list.length === 0 ? (
            <Text c="dimmed">{t('orientation.noChoice')}</Text>
          ) : (
            <Stack component="ol" gap="xs" p={0} m={0} aria-labelledby="choices-title" style={{ listStyle: 'none' }}>
              {list.map((code, index) => {
                const stream = nameOf(code);
                const first = index === 0;
                const last = index === list.length - 1;
                return (
                  <Paper component="li" key={code} withBorder p="sm">
                    <Stack gap={6}>
                      <Text>
                        <Text component="span" fw={700}>
                          {t('orientation.rank', { rank: index + 1 })}
                        </Text>
                        {' — '}
                        {stream}
                      </Text>
                      <Group gap="xs">
                        <Button ref={refFor(`up:${code}`)} size="compact-sm" variant="default" aria-label={t('orientation.upStream', { stream })}
                          aria-disabled={first || undefined} data-disabled={first || undefined} onClick={() => !first && act('up', code)}>
                          ↑ {t('orientation.up')}
                        </Button>
                        <Button ref={refFor(`down:${code}`)} size="compact-sm" variant="default" aria-label={t('orientation.downStream', { stream })}
                          aria-disabled={last || undefined} data-disabled={last || undefined} onClick={() => !last && act('down', code)}>
                          ↓ {t('orientation.down')}
                        </Button>
                        <Button ref={refFor(`remove:${code}`)} size="compact-sm" variant="subtle" color="red" aria-label={t('orientation.removeStream', { stream })}
                          onClick={() => act('remove', code)}>
                          {t('orientation.remove')}
                        </Button>
                      </Group>
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
          )}
        </Stack>

        <Stack gap="xs" component="section" aria-labelledby="offered-title">
          <Title order={3} size="h4" id="offered-title">
            {t('orientation.offered')}
          </Title>
          {offered.length === 0 ? (
            <Text c="dimmed">{t('orientation.allChosen')}</Text>
          ) : (
            <>
              {list.length >= max && <Text size="sm">{t('orientation.full', { max })}</Text>}
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {offered.map((s) => {
                  const stream = localizedName(s, language);
                  const full = list.length >= max;
                  return (
                    <Group component="li" key={s.code} gap="sm" justify="space-between" wrap="nowrap">
                      <Text>{stream}</Text>
                      <Button ref={refFor(`add:${s.code}`)} size="compact-sm" variant="light" aria-label={t('orientation.addStream', { stream })}
                        aria-disabled={full || undefined} data-disabled={full || undefined} onClick={() => !full && act('add', s.code)}>
                        {t('orientation.add')}
                      </Button>
                    </Group>
                  );
                })}
              </Stack>
            </>
          )}
        </Stack>

        {problem && (
          <Text c="red.8" role="alert">
            {problem}
          </Text>
        )}
        <Group>
          <Button ref={refFor('submit')} type="submit" loading={submitting} aria-disabled={submitting || undefined}>
            {submitting ? t('orientation.submitting') : t('orientation.submit')}
          </Button>
        </Group>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
      </Stack>
    </form>
  );
}
