import { Anchor, PageHeading, Stack, Text, localizedPersonName, useLanguage, useTranslation } from '@massar/ui';
import { type ReactNode } from 'react';
import { Link } from 'react-router';
import { schoolTimeNavLabel } from '../../schooltime/utils/schoolTimeNavLabel';
import { supportNavLabel } from '../../support/utils/supportNavLabel';
import { type ChildPage } from '../utils/childPaths';
import { ChildNav } from './ChildNav';

interface ChildPageFrameProps {
  codeMassar: string;
  /** The child once read (null while loading or when not found): their name heads the page. */
  student: { codeMassar: string; firstName: string; lastName: string; firstNameAr: string; lastNameAr: string } | null;
  current: ChildPage;
  children: ReactNode;
}

/** What a child's schooling and orientation pages share: the way home, the child's name and code, the links between their pages. */
export function ChildPageFrame({ codeMassar, student, current, children }: ChildPageFrameProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const pageName = current === 'support' ? supportNavLabel(language) : (schoolTimeNavLabel(current, language) ?? t(`childNav.${current}`));
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/">
        {t('nav.home')}
      </Anchor>
      <PageHeading>{student ? localizedPersonName(student, language) : pageName}</PageHeading>
      {student && (
        <Text c="dimmed" mt="-md">
          {pageName} · <bdi>{student.codeMassar}</bdi>
        </Text>
      )}
      <ChildNav codeMassar={codeMassar} current={current} />
      {children}
    </Stack>
  );
}
