import { Stack, Title } from '@massar/ui';
import { useId, type ReactNode } from 'react';
import classes from './Dashboard.module.css';

/** A titled block of the dashboard's grid (a region of the page named by its title). */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={classes.panel} aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </section>
  );
}
