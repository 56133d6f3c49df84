export class SupportPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async goto() {
    await this.page.goto(`${this.baseUrl}/support`);
    await this.page.getByTestId('support-page').waitFor();
  }

  async search(q) {
    await this.page.getByTestId('filter-q').fill(q);
    await this.page.getByTestId('apply-filters').click();
  }

  row(conversationId) {
    return this.page.locator(`[data-testid="support-row"][data-id="${conversationId}"]`);
  }

  async open(conversationId) {
    await this.row(conversationId).getByRole('link').click();
    await this.page.getByTestId('support-transcript').waitFor();
    await this.page.getByTestId('tool-timeline').waitFor();
  }

  async addTag(tag) {
    await this.page.getByTestId('tag-input').fill(tag);
    await this.page.getByTestId('tag-input').press('Enter');
  }

  async addNote(text) {
    await this.page.getByTestId('note-input').fill(text);
    await this.page.getByTestId('add-note').click();
  }
}
