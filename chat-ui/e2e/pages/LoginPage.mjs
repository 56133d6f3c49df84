export class LoginPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async goto(path = '/') {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.page.getByTestId('login-page').waitFor();
  }

  async login(email, password = 'demo') {
    await this.page.getByTestId('login-email').fill(email);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
    await this.page.getByTestId('login-page').waitFor({ state: 'detached' });
  }
}
