import { Anchor, Box, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { territoryPath, type Territory } from '../utils/territory';
import classes from './Dashboard.module.css';

export interface Crumb {
  territory: Territory;
  name: string;
}

/** The way back up the drill-down: from the viewer's home (the nation, or its region) to the current view. */
export function Breadcrumbs({ crumbs, search }: { crumbs: readonly Crumb[]; search: string }) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('dashboard.breadcrumbs')} className={classes.breadcrumbs}>
      <ol>
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={territoryPath(crumb.territory)}>
              {last ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <Anchor component={Link} to={{ pathname: territoryPath(crumb.territory), search }}>
                  {crumb.name}
                </Anchor>
              )}
            </li>
          );
        })}
      </ol>
    </Box>
  );
}
