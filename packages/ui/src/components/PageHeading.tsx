import { Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The one level-1 heading of a screen. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Title order={1} size="h2" mb="md">
      {children}
    </Title>
  );
}
