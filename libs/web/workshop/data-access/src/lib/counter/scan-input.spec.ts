import { inventoryNoOfScan } from './scan-input';

describe('inventoryNoOfScan', () => {
  it.each([
    ['FR-0042', 42],
    ['fr42', 42],
    ['42', 42],
    ['  FR 0007 ', 7],
    ['https://zusammen.example/werkstatt/ausgabe?fahrrad=FR-0042', 42],
    ['https://zusammen.example/werkstatt/fahrraeder/nr/15', 15],
  ])('reads %s as %s', (input, expected) => {
    expect(inventoryNoOfScan(input)).toBe(expected);
  });

  it.each([
    '',
    'FR-',
    '0',
    'Fahrrad blau',
    'abc 12',
    'https://zusammen.example/werkstatt/ausgabe?fahrrad=x',
  ])('finds no number in %p', (input) => {
    expect(inventoryNoOfScan(input)).toBeNull();
  });
});
