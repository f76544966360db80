import '@massar/ui/styles.css';
import { mountMassarApp } from '@massar/client/shell';
import { createRouter } from './app/router';
import { APP_MESSAGES } from './i18n/AppMessages';

mountMassarApp(createRouter, APP_MESSAGES);
