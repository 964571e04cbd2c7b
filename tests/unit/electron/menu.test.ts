import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menu';

vi.mock('electron', () => import('./fake-electron'));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

describe('menu', () => {
  it('uses built-in roles only: no click handlers, so nothing opens remote content', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const items = flatten(menuTemplate(platform, false));
      expect(items.every((item) => item.click === undefined)).toBe(true);
      expect(items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    }
  });

  it('offers developer tools in development only', () => {
    const items = flatten(menuTemplate('linux', true));
    expect(items.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});
