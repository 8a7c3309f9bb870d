import { base64OfDataUrl, decodedBytes, scaledSize } from './image-scale';

describe('scaledSize', () => {
  it('scales a 4032 × 3024 phone photo to 1600 on its long side', () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
  });

  it('scales a portrait photo by its height', () => {
    expect(scaledSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small photo', () => {
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('keeps a sliver at least one pixel wide', () => {
    expect(scaledSize(10000, 2)).toEqual({ width: 1600, height: 1 });
  });

  it('answers zero for an image that did not load', () => {
    expect(scaledSize(0, 100)).toEqual({ width: 0, height: 0 });
  });
});

describe('base64 helpers', () => {
  it('takes the data after the comma of a data URL', () => {
    expect(base64OfDataUrl('data:image/jpeg;base64,QUJD')).toBe('QUJD');
    expect(base64OfDataUrl('nonsense,QUJD')).toBe('');
  });

  it('counts decoded bytes with padding', () => {
    expect(decodedBytes('QUJD')).toBe(3);
    expect(decodedBytes('QUI=')).toBe(2);
    expect(decodedBytes('QQ==')).toBe(1);
  });
});
