import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WilayaOptions } from './WilayaOptions';

afterEach(cleanup);

describe('WilayaOptions', () => {
  it('lists the 58 wilayas by code, numbered and named in the page language', () => {
    const { container } = render(
      <select>
        <WilayaOptions lang="ar" />
      </select>,
    );
    const options = [...container.querySelectorAll('option')];
    expect(options).toHaveLength(58);
    expect(options[0]).toMatchObject({ value: '1', textContent: '01 · أدرار' });
    expect(options.find((o) => o.value === '31')?.textContent).toBe('31 · وهران');
  });
});
