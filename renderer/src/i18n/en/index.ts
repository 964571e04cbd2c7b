import type { Messages } from '../sv';
import { app } from './app';
import { common } from './common';
import { nav } from './nav';
import { screens } from './screens';
import { settings } from './settings';

export const en: Messages = { app, nav, screens, settings, common };
