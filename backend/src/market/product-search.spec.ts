import type { ProductRow } from '../dashboard/dashboard.repository';
import { findProducts } from './product-search';

const row = (nameFr: string, nameAr: string, nameEn: string): ProductRow => ({
  id: nameFr,
  sku: nameFr.slice(0, 3).toUpperCase(),
  nameFr,
  nameAr,
  nameEn,
  category: 'épicerie',
  unit: 'pièce',
  price: 100,
  cost: 80,
  stock: 1,
  reorderThreshold: 0,
});

const catalog = [
  row('Huile de table Elio 5L', 'زيت المائدة إيليو 5 لتر', 'Elio cooking oil 5L'),
  row('Huile de table Elio 2L', 'زيت المائدة إيليو 2 لتر', 'Elio cooking oil 2L'),
  row("Sardines à l'huile 125g", 'سردين بالزيت 125 غ', 'Sardines in oil 125g'),
  row('Sucre blanc 1kg', 'سكر أبيض 1 كغ', 'White sugar 1kg'),
  row('Semoule SIM moyenne 10kg', 'سميد متوسط سيم 10 كغ', 'SIM medium semolina 10kg'),
  row('Olives vertes 500g', 'زيتون أخضر 500 غ', 'Green olives 500g'),
];
const names = (q: string) => findProducts(q, catalog).map((p) => p.nameFr);

describe('findProducts', () => {
  it('prefers products named by the word over products merely containing it', () => {
    expect(names('huile')).toEqual(['Huile de table Elio 5L', 'Huile de table Elio 2L']);
    expect(names('oil')).toEqual(['Huile de table Elio 5L', 'Huile de table Elio 2L', "Sardines à l'huile 125g"]);
  });

  it('finds a product from its Arabic or English name, with or without the article', () => {
    expect(names('زيت')).toEqual(['Huile de table Elio 5L', 'Huile de table Elio 2L']); // not زيتون, olives
    expect(names('زيتون')).toEqual(['Olives vertes 500g']);
    expect(names('الزيت')).toEqual(['Huile de table Elio 5L', 'Huile de table Elio 2L']);
    expect(names('sugar')).toEqual(['Sucre blanc 1kg']);
    expect(names('SEMOULE')).toEqual(['Semoule SIM moyenne 10kg']);
  });

  it('narrows with more words and returns nothing for an unknown product', () => {
    expect(names('huile 5L')).toEqual(['Huile de table Elio 5L']);
    expect(names('chocolat')).toEqual([]);
  });
});
