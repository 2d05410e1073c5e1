import type { Page } from 'playwright-core';

/** The PACS dialog, as a reader fills it in. */
export const pacsDialog = {
  async open(page: Page): Promise<void> {
    await page.getByTestId('open-pacs').first().click();
    await page.getByTestId('pacs-dialog').waitFor();
  },

  /** Types the server's address and basic credentials into the server form. */
  async fillServer(page: Page, url: string, username: string, password: string): Promise<void> {
    await page.getByTestId('pacs-url').fill(url);
    await page.getByTestId('pacs-auth-kind').selectOption('basic');
    await page.getByTestId('pacs-username').fill(username);
    await page.getByTestId('pacs-password').fill(password);
  },

  /** Presses "Test connection" and returns whether it succeeded and what it said. */
  async testConnection(page: Page): Promise<{ ok: boolean; text: string }> {
    await page.getByTestId('pacs-test').click();
    const result = page.locator('[data-testid="pacs-connection-result"]');
    await page.locator('[data-testid="pacs-test"]:not([disabled])').waitFor({ timeout: 30_000 });
    await result.waitFor();
    return { ok: (await result.getAttribute('data-ok')) === 'true', text: await result.innerText() };
  },

  /** Searches by patient ID and returns the Study Instance UIDs listed. */
  async searchPatient(page: Page, patientId: string): Promise<string[]> {
    await page.getByTestId('pacs-patient-id').fill(patientId);
    await page.getByTestId('pacs-search-button').click();
    await page.locator('[data-testid="pacs-search-button"]:not([disabled])').waitFor();
    await page.getByTestId('pacs-studies').waitFor();
    return page.getByTestId('pacs-study').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.studyUid ?? ''));
  },

  /** Ticks every listed study and opens them. */
  async openAllListed(page: Page): Promise<void> {
    for (const box of await page.getByTestId('pacs-study-choose').all()) await box.check();
    await page.getByTestId('pacs-open').click();
  },
};
