import { ean13Valid, luhnValid, maskCard, maskEmail, maskJson, maskText, MASKING, NO_MASKING } from './pii-mask';

describe('pii-mask', () => {
  describe('checksums', () => {
    it('validates Luhn', () => {
      expect(luhnValid('4242424242424242')).toBe(true);
      expect(luhnValid('4111111111111111')).toBe(true);
      expect(luhnValid('4242424242424241')).toBe(false);
      expect(luhnValid('42a2')).toBe(false);
    });
    it('validates EAN-13', () => {
      expect(ean13Valid('6130000000012')).toBe(false);
      expect(ean13Valid('4006381333931')).toBe(true);
      expect(ean13Valid('400638133393')).toBe(false);
    });
  });

  describe('e-mails', () => {
    it('keeps the first character and the domain', () => {
      expect(maskEmail('karim@demo.dz')).toBe('k•••@demo.dz');
      expect(maskText('Écrivez à karim.benali+shop@demo.dz svp')).toBe('Écrivez à k•••@demo.dz svp');
      expect(maskText('owner@oran.dz, support@tajer.dz')).toBe('o•••@oran.dz, s•••@tajer.dz');
    });
  });

  describe('cut titles', () => {
    it('masks what a 60-character title leaves of an e-mail or a phone, as the transcript masks the whole one', () => {
      expect(maskText('Envoie le devis à karim.benali@gmai…')).toBe('Envoie le devis à k•••@gmai…');
      expect(maskText('Rappeler Ahmed au 0555 12 3…')).toBe('Rappeler Ahmed au 05•• •• •…');
      expect(maskText('Commande de 12 sacs…')).toBe('Commande de 12 sacs…');
      expect(maskText('Prix 1 520…')).toBe('Prix 1 520…');
    });
  });

  describe('phones', () => {
    it.each([
      ['0555 12 34 67', '05•• •• •• 67'],
      ['0555123467', '05••••••67'],
      ['06.61.22.33.44', '06.••.••.••.44'],
      ['07-70-11-22-33', '07-••-••-••-33'],
      ['021 23 45 67', '02• •• •• 67'],
      ['+213 555 12 34 67', '+213 ••• •• •• 67'],
      ['+213555123467', '+213•••••••67'],
      ['00213 661 22 33 44', '00213 ••• •• •• 44'],
      ['+33 6 12 34 56 78', '+33 • •• •• •• 78'],
    ])('%s → %s', (input, expected) => {
      expect(maskText(input)).toBe(expected);
      expect(maskText(`Appelez-moi au ${input} demain`)).toBe(`Appelez-moi au ${expected} demain`);
    });

    it('masks Arabic-script sentences around the number', () => {
      expect(maskText('رقمي 0555123467 شكرا')).toBe('رقمي 05••••••67 شكرا');
    });

    it('masks other long digit runs, keeping the last two digits', () => {
      expect(maskText('RIB 00799999001234567890')).toBe('RIB ••••••••••••••••••90');
      expect(maskText('compte 123456789')).toBe('compte •••••••89');
    });
  });

  describe('cards', () => {
    it('masks Luhn-valid digit runs and 4-4-4-4 groups', () => {
      expect(maskText('carte 4242424242424242')).toBe('carte •••• •••• •••• 4242');
      expect(maskText('carte 4242 4242 4242 4242 merci')).toBe('carte •••• •••• •••• 4242 merci');
      expect(maskText('5105-1051-0510-5100')).toBe('•••• •••• •••• 5100');
      expect(maskCard('4111 1111 1111 1111')).toBe('•••• •••• •••• 1111');
    });
    it('still masks a long non-Luhn number, as a generic number', () => {
      expect(maskText('4242424242424241')).toBe('••••••••••••••41');
    });
  });

  describe('what stays readable', () => {
    it.each([
      'Ajoute 30 sacs de semoule 10kg',
      'Le 2026-03-14 à 10:30, total 12 500 DZD',
      'Vente du 14/03/2026 : 1 250 000 DA',
      'ISO 2026-03-14T10:30:00.000Z',
      'produit 3c9a8e51-2f4b-4e0a-8d7c-1b2a3c4d5e6f',
      'uuid 12345678-1234-4234-9234-123456789012',
      'code-barres 4006381333931',
      'Stock: 42 → 72',
      '',
    ])('%s', (text) => {
      expect(maskText(text)).toBe(text);
    });
  });

  describe('maskJson', () => {
    it('masks recursively and never mutates its input', () => {
      const input = {
        type: 'tool',
        toolCallId: '3c9a8e51-2f4b-4e0a-8d7c-1b2a3c4d5e6f',
        args: { customer: 'Karim 0555123467', amount: 1500, note: 'mail k@x.dz' },
        result: { rows: [{ phone: '0661223344', email: 'a.b@c.dz', total: 123456789, barcode: '6130000000011' }] },
        records: [{ type: 'product', id: '3c9a8e51-2f4b-4e0a-8d7c-1b2a3c4d5e6f', label: 'Semoule 10kg' }],
        nothing: null,
        flag: true,
      };
      const copy = JSON.parse(JSON.stringify(input));
      const out = maskJson(input);
      expect(input).toEqual(copy);
      expect(out).toEqual({
        ...input,
        args: { customer: 'Karim 05••••••67', amount: 1500, note: 'mail k•••@x.dz' },
        result: { rows: [{ phone: '06••••••44', email: 'a•••@c.dz', total: 123456789, barcode: '6130000000011' }] },
      });
    });

    it('masks a personal-data key whatever the value looks like', () => {
      expect(maskJson({ phone: 555123467, tel: '12 34', phones: ['0555123467'] })).toEqual({
        phone: '•••••••67',
        tel: '•• 34',
        phones: ['05••••••67'],
      });
    });
  });

  it('offers an identity masker for administrators', () => {
    expect(NO_MASKING.text('0555123467')).toBe('0555123467');
    expect(NO_MASKING.json({ a: 'k@x.dz' })).toEqual({ a: 'k@x.dz' });
    expect(MASKING.email('owner@demo.dz')).toBe('o•••@demo.dz');
    expect(MASKING.masked).toBe(true);
  });
});
