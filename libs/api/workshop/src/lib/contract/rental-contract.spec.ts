import { CONTRACT_TYPES, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { buildContractDocument, signaturePng } from './contract-document';
import { CONTRACT_FONTS, contractFontPath } from './contract-font';
import { CONTRACT_TEXTS, contractClauses } from './contract-texts';
import { renderRentalContract } from './rental-contract';
import type { RentalContractInput } from './rental-contract-input';
import { rtlRuns } from './rtl-runs';

/** The part of fontkit (untyped) the checks use. */
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { direction: string; glyphs: { name: string; codePoints: number[] }[] };
}
const fontkit = createRequire(__filename)('fontkit') as { openSync(path: string): FontkitFont };

/** A 1×1 transparent PNG. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const INPUT: RentalContractInput = {
  rentalId: '8a2d0f3b-4c5e-4f60-a1b2-c3d4e5f6a7b8',
  contractType: 'miete',
  contractVersion: 1,
  locale: 'ar',
  borrowerName: 'Amina Hassan',
  bike: { inventoryNo: 'FR-0042', make: 'Gazelle', cycleType: 'city', frameNo: 'WBK123456' },
  handedOutOn: '2026-03-02',
  dueOn: '2026-03-30',
  feeCents: 500,
  feeStatus: 'paid',
  depositCents: 2000,
  depositStatus: 'held',
  accessories: ['lock', 'lights'],
  inspection: { performedOn: '2026-02-27', validUntil: '2026-03-29' },
  deskPersonName: 'Jonas Schulte',
  signature: { kind: 'on_screen', pngDataUrl: PNG },
};

/** Page objects of a PDF (pdfkit writes `/Type /Page` once per page). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

/** The decompressed content streams: the drawing operators, images left out. */
function contentStreams(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream (fonts are, images may not be)
    }
  }
  return streams.join('\n');
}

describe('renderRentalContract', () => {
  const cases = SUPPORTED_LOCALES.flatMap((locale) =>
    CONTRACT_TYPES.map((contractType) => [locale, contractType] as const),
  );

  it.each(cases)('renders a %s contract of type %s as a PDF of 1–4 pages', async (locale, type) => {
    const pdf = await renderRentalContract({
      ...INPUT,
      locale,
      contractType: type,
      feeCents: type === 'leihe' ? 0 : 500,
    });

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    // a translation makes the contract longer than the German one alone
    if (locale !== 'de') {
      const german = await renderRentalContract({ ...INPUT, locale: 'de', contractType: type });
      expect(pdf.length).toBeGreaterThan(german.length);
    }
  });

  it('embeds the on-screen signature, and draws only lines for a paper signature', async () => {
    const onScreen = await renderRentalContract(INPUT);
    const paper = await renderRentalContract({ ...INPUT, signature: { kind: 'paper' } });

    expect(onScreen.toString('latin1')).toContain('/Subtype /Image');
    expect(paper.toString('latin1')).not.toContain('/Subtype /Image');
    expect(contentStreams(paper)).toMatch(/ l\n/); // the signature lines
  });
});

describe('buildContractDocument', () => {
  it('starts with the binding German text and marks the translation', () => {
    const blocks = buildContractDocument(INPUT);
    const texts = blocks.map((block) => ('text' in block ? block.text : ''));

    expect(blocks[0]).toEqual({ kind: 'title', text: 'Mietvertrag über ein Fahrrad', rtl: false });
    expect(texts).toContain('Übersetzung — verbindlich ist der deutsche Text.');
    expect(texts.indexOf('Übersetzung — verbindlich ist der deutsche Text.')).toBeGreaterThan(
      texts.indexOf(CONTRACT_TEXTS.de.clauses.liability.miete),
    );
    expect(blocks).toContainEqual({ kind: 'title', text: 'عقد إيجار دراجة', rtl: true });
    expect(texts.join('\n')).toContain('Sicherheitsprüfung vom 27.02.2026');
    expect(texts.join('\n')).toContain('spätestens am 30.03.2026');
  });

  it('cites § 548 BGB for a rental and § 606 / § 599 BGB for a loan, § 309 Nr. 7 in both', () => {
    const german = (type: 'miete' | 'leihe') =>
      buildContractDocument({ ...INPUT, locale: 'de', contractType: type })
        .map((block) => ('text' in block ? block.text : ''))
        .join('\n');

    expect(german('miete')).toContain('§§ 535 ff. BGB');
    expect(german('miete')).toContain('§ 548 BGB');
    expect(german('leihe')).toContain('§§ 598 ff. BGB');
    expect(german('leihe')).toContain('§ 606 BGB');
    expect(german('leihe')).toContain('§ 599 BGB');
    for (const type of CONTRACT_TYPES) expect(german(type)).toContain('§ 309 Nr. 7 BGB');
    expect(buildContractDocument({ ...INPUT, locale: 'de' }).map((b) => b.kind)).not.toContain(
      'divider',
    );
  });

  it('lists the frozen terms in the German table', () => {
    const fields = buildContractDocument(INPUT).find((block) => block.kind === 'fields');

    expect(fields).toMatchObject({
      rows: expect.arrayContaining([
        ['Fahrrad', 'FR-0042 · Gazelle · Stadtrad'],
        ['Entgelt', '5,00 € (bezahlt)'],
        ['Kaution', '20,00 € (hinterlegt)'],
        ['Zubehör', 'Schloss mit Schlüssel, Beleuchtung'],
        ['Sicherheitsprüfung', 'am 27.02.2026, gültig bis 29.03.2026'],
      ]),
    });
  });

  it('ignores a signature image that is not a PNG', () => {
    expect(signaturePng('data:image/png;base64,aGVsbG8=')).toBeNull();
    expect(signaturePng(PNG)).not.toBeNull();
  });
});

describe('contract texts', () => {
  const regular = fontkit.openSync(contractFontPath(CONTRACT_FONTS.regular));

  it.each(SUPPORTED_LOCALES)('%s: the font has a glyph for every character', (locale) => {
    const texts = CONTRACT_TYPES.flatMap((type) => contractClauses(CONTRACT_TEXTS[locale], type));
    const missing = [...new Set([...texts.join('')])].filter(
      (char) => !regular.hasGlyphForCodePoint(char.codePointAt(0) as number),
    );
    expect(missing).toEqual([]);
  });

  it.each(['ar', 'fa'] as const)(
    '%s: right-to-left runs are shaped and laid out right to left, numbers left to right',
    (locale) => {
      const clause = CONTRACT_TEXTS[locale].clauses.limitation.miete;
      const runs = rtlRuns(clause);
      const arabic = runs.find((run) => run.rtl && run.text.length > 10) as { text: string };
      const layout = regular.layout(arabic.text);
      expect(layout.direction).toBe('rtl');
      // joined letters become contextual presentation forms (U+FE70–FEFF), not the bare letters
      expect(layout.glyphs.some((glyph) => /^uniFE[7-9A-F]/.test(glyph.name))).toBe(true);
      // the first logical letter is drawn last (rightmost)
      const first = arabic.text.codePointAt(0) as number;
      expect(layout.glyphs[layout.glyphs.length - 1].codePoints).toContain(first);
      expect(runs).toContainEqual({ text: '548', rtl: false });
    },
  );
});
