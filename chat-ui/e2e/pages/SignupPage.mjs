export class SignupPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async goto() {
    await this.page.goto(`${this.baseUrl}/signup`);
    await this.page.getByTestId('signup-page').waitFor();
  }

  async signUp({ business, wilaya, email, password, phone }) {
    await this.page.getByTestId('signup-business').fill(business);
    // The wilaya list is the contract's, drawn with the form: wait for it, then pick by number.
    await this.page.locator('[data-testid="signup-wilaya"] option[value="16"]').waitFor({ state: 'attached' });
    await this.page.getByTestId('signup-wilaya').selectOption(String(wilaya));
    await this.page.getByTestId('signup-email').fill(email);
    await this.page.getByTestId('signup-password').fill(password);
    if (phone) await this.page.getByTestId('signup-phone').fill(phone);
    await this.page.getByTestId('signup-submit').click();
  }
}
