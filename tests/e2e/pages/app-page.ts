import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The shell: navigation, headings, accessibility scan. Screen page models build on it. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(`/#${path}`);
    await expect(this.page.locator('h1')).toBeVisible();
  }

  nav() {
    return this.page.getByRole('navigation', { name: /Huvudmeny|Main menu/ });
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /**
   * axe-core, WCAG 2.1 A/AA: the serious and critical violations, with their targets; of the
   * whole page, or of what `include` selects.
   */
  async seriousA11yViolations(include?: string): Promise<string[]> {
    const builder = new AxeBuilder({ page: this.page });
    if (include) builder.include(include);
    const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
}
