import { expect, type Locator } from '@playwright/test';
import { DemoAppPage } from './demo-fixture';

/** Årsrapport: the report document, its print button and the presentation mode. */
export class ReportPage extends DemoAppPage {
  async openReport(): Promise<void> {
    await this.nav().getByRole('link', { name: 'Rapport', exact: true }).click();
    await expect(this.document()).toBeVisible();
  }

  document(): Locator {
    return this.page.locator('article.report-document');
  }

  section(name: string | RegExp): Locator {
    return this.document().getByRole('region', { name });
  }

  presentButton(): Locator {
    return this.page.getByRole('button', { name: 'Presentera' });
  }

  presentation(): Locator {
    return this.page.getByRole('dialog', { name: 'Presentation av årsrapporten' });
  }

  /** axe-core on the presentation alone (the report below it is scanned on its own). */
  presentationViolations(): Promise<string[]> {
    return this.seriousA11yViolations('.presentation');
  }

  slideCounter(): Locator {
    return this.presentation().getByTestId('slide-counter');
  }
}
