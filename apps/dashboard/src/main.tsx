import '@massar/ui/styles.css';
import { mountMassarApp } from '@massar/client/shell';
import { router } from './app/router';
import { APP_MESSAGES } from './i18n/AppMessages';

mountMassarApp(router, APP_MESSAGES);
