import type { Messages } from '../sv';
import { app } from './app';
import { common } from './common';
import { nav } from './nav';
import { screens } from './screens';
import { settings } from './settings';
import { org } from './org';
import { checklist } from './checklist';
import { actions } from './actions';
import { overview } from './overview';
import { templates } from './templates';
import { incidents } from './incidents';
import { survey } from './survey';
import { rollup } from './rollup';
import { exchange } from './exchange';
import { report } from './report';
import { reportExport } from './report-export';

export const en: Messages = {
  app,
  nav,
  screens,
  settings,
  common,
  org,
  checklist,
  actions,
  overview,
  templates,
  incidents,
  exchange,
  rollup,
  survey,
  report,
  reportExport,
};
