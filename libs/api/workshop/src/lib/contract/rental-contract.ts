import PDFDocument from 'pdfkit';
import { buildContractDocument, type ContractBlock } from './contract-document';
import { CONTRACT_FONTS, contractFontPath } from './contract-font';
import type { RentalContractInput } from './rental-contract-input';
import { hasRtlLetter, rtlRuns } from './rtl-runs';

type Doc = PDFKit.PDFDocument;
type SignatureBlock = Extract<ContractBlock, { kind: 'signatures' }>;

const MARGIN = 50;
const BODY_SIZE = 10;
const LINE_GAP = 2;

/**
 * Renders the rental contract (German binding text, then the marked translation in the borrower's language, then
 * the signature area) as an A4 PDF in DejaVu Sans. Right-to-left paragraphs are wrapped here and drawn run by run
 * (see rtl-runs.ts); fontkit shapes Arabic and Persian.
 */
export function renderRentalContract(input: RentalContractInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Fahrradwerkstatt Borken — Vertrag ${input.rentalId}`, Author: 'Stadt Borken' },
  });
  doc.registerFont('regular', contractFontPath(CONTRACT_FONTS.regular));
  doc.registerFont('bold', contractFontPath(CONTRACT_FONTS.bold));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const block of buildContractDocument(input)) drawBlock(doc, block);
  doc.end();
  return done;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function drawBlock(doc: Doc, block: ContractBlock): void {
  switch (block.kind) {
    case 'title':
      doc.moveDown(0.5);
      paragraph(doc, block.text, block.rtl, { font: 'bold', size: 15 });
      doc.moveDown(0.3);
      return;
    case 'text':
      paragraph(doc, block.text, block.rtl, {});
      doc.moveDown(0.5);
      return;
    case 'note':
      paragraph(doc, block.text, block.rtl, { font: 'bold', size: 9 });
      doc.moveDown(0.3);
      return;
    case 'clause':
      paragraph(doc, `${block.number}. ${block.text}`, block.rtl, {});
      doc.moveDown(0.4);
      return;
    case 'fields':
      fields(doc, block.rows);
      return;
    case 'divider':
      doc.moveDown(0.5);
      rule(doc);
      doc.moveDown(0.5);
      return;
    case 'signatures':
      signatures(doc, block);
      return;
  }
}

function paragraph(
  doc: Doc,
  text: string,
  rtl: boolean,
  style: { font?: 'regular' | 'bold'; size?: number },
): void {
  doc.font(style.font ?? 'regular').fontSize(style.size ?? BODY_SIZE);
  if (rtl) rtlParagraph(doc, text);
  else
    doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: LINE_GAP });
}

/** Greedy word wrap in logical order, then each line drawn from the right margin run by run. */
function rtlParagraph(doc: Doc, text: string): void {
  const width = contentWidth(doc);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && doc.widthOfString(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  const height = doc.currentLineHeight(true) + LINE_GAP;
  for (const current of lines) {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    drawRtlLine(doc, current, doc.page.margins.left + width, y);
    doc.x = doc.page.margins.left;
    doc.y = y + height;
  }
}

/**
 * One right-to-left line ending at `right`. Right-to-left runs are drawn word by word: pdfkit loses or misplaces
 * the spaces of a multi-word run that fontkit reverses (seen in rendered pages), while a single word is shaped
 * and ordered correctly.
 */
function drawRtlLine(doc: Doc, line: string, right: number, y: number): void {
  const space = doc.widthOfString(' ');
  let x = right;
  for (const run of rtlRuns(line)) {
    const pieces = run.rtl ? run.text.split(' ').filter((w) => w !== '') : [run.text];
    for (const piece of pieces) {
      const pieceWidth = doc.widthOfString(piece);
      doc.text(piece, x - pieceWidth, y, { lineBreak: false });
      x -= pieceWidth + space;
    }
  }
}

function fields(doc: Doc, rows: readonly (readonly [string, string])[]): void {
  const left = doc.page.margins.left;
  const labelWidth = 120;
  doc.fontSize(BODY_SIZE);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('bold').text(label, left, y, { width: labelWidth - 8 });
    const afterLabel = doc.y;
    doc.font('regular').text(value, left + labelWidth, y, {
      width: contentWidth(doc) - labelWidth,
    });
    doc.y = Math.max(afterLabel, doc.y) + 2;
  }
  doc.x = left;
  doc.moveDown(0.5);
}

function rule(doc: Doc): void {
  const y = doc.y;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.margins.left + contentWidth(doc), y)
    .lineWidth(0.5)
    .stroke();
}

/** Signature area: the on-screen signature image, or lines to sign on paper; kept together on one page. */
function signatures(doc: Doc, block: SignatureBlock): void {
  const needed = 190;
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(1);
  paragraph(doc, block.heading, false, { font: 'bold', size: 12 });
  paragraph(doc, block.place, false, {});
  doc.moveDown(1);
  const left = doc.page.margins.left;
  const columnWidth = (contentWidth(doc) - 30) / 2;
  const top = doc.y;
  const lineY = top + 70;
  if (block.signaturePng) {
    doc.image(block.signaturePng, left, top, { fit: [columnWidth, 65] });
  }
  for (const x of [left, left + columnWidth + 30]) {
    doc
      .moveTo(x, lineY)
      .lineTo(x + columnWidth, lineY)
      .lineWidth(0.5)
      .stroke();
  }
  doc.font('regular').fontSize(9);
  doc.text(`${block.borrowerLabel}: ${block.borrowerName}`, left, lineY + 4, {
    width: columnWidth,
  });
  const translated = block.borrowerLabelTranslated;
  if (translated) {
    if (translated.rtl && hasRtlLetter(translated.text)) {
      const y = doc.y;
      drawRtlLine(doc, translated.text, left + columnWidth, y);
      doc.x = left;
      doc.y = y + doc.currentLineHeight(true);
    } else doc.text(translated.text, left, doc.y, { width: columnWidth });
  }
  if (block.signedNote) doc.text(block.signedNote, left, doc.y, { width: columnWidth });
  doc.text(`${block.deskLabel}: ${block.deskPersonName}`, left + columnWidth + 30, lineY + 4, {
    width: columnWidth,
  });
  doc.x = left;
}
