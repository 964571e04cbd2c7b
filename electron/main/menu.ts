import { Menu, type MenuItemConstructorOptions } from 'electron';
import { sv } from './texts';

/**
 * A small menu of built-in roles only: nothing in it loads remote content or opens a web page
 * (no "Learn more" links), and developer tools appear only in development.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  isDev: boolean,
): MenuItemConstructorOptions[] {
  const m = sv.menu;
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: sv.appName,
          submenu: [
            { role: 'about', label: m.about },
            { type: 'separator' },
            { role: 'hide', label: m.hide },
            { type: 'separator' },
            { role: 'quit', label: m.quit },
          ],
        },
      ]
    : [];
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: m.reload },
        { role: 'toggleDevTools', label: m.devTools },
        { type: 'separator' },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: m.file,
      submenu: [isMac ? { role: 'close', label: m.close } : { role: 'quit', label: m.quit }],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        ...devItems,
        { role: 'resetZoom', label: m.resetZoom },
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullScreen },
      ],
    },
    { label: m.window, submenu: [{ role: 'minimize', label: m.minimize }] },
  ];
}

export function installMenu(platform: NodeJS.Platform, isDev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(platform, isDev)));
}
