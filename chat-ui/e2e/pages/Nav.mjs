/**
 * Goes to a page the way a user would on this screen: the top menu on a wide screen, the menu drawer on a phone
 * (where the top menu gives way to the « Menu » button). `id` is the page's menu id: 'dashboard', 'expenses', 'chat'…
 */
export async function openPage(page, id) {
  const menu = page.getByTestId('menu-button');
  if (await menu.isVisible()) {
    await menu.click();
    await page.getByTestId(`menu-${id}`).click();
    await page.getByTestId('nav-drawer').waitFor({ state: 'detached' });
  } else {
    await page.getByTestId(`nav-${id}`).click();
  }
}
