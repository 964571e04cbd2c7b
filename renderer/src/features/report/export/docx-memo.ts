import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { textToItems } from '@shared/report/build-report';
import type { ReportModel } from '@shared/report/model';
import type { Memo } from '../../../data/memo-repo';
import {
  DOC_STYLES,
  SECTION_PAGE,
  TEXT_WIDTH,
  pageNumberFooter,
  textParagraphs,
} from './docx-common';

/*
 * The cover memo ("Tjänsteskrivelse") as Word, laid out like the seed's: a small header block
 * (board, administration, date, registration number, officer), the title, then the headings
 * Förslag till beslut, Sammanfattning, Ärendet, Ekonomiska konsekvenser, Underlag för beslut,
 * Fastställd av and Skickas till. Lists (underlag, fastställd av, skickas till) one item a line.
 */

export const MEMO_HEADINGS = {
  proposal: 'Förslag till beslut',
  summary: 'Sammanfattning',
  matter: 'Ärendet',
  economy: 'Ekonomiska konsekvenser',
  basis: 'Underlag för beslut',
  approvedBy: 'Fastställd av',
  sendTo: 'Skickas till',
} as const;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function headerBlock(model: ReportModel, memo: Memo): FileChild {
  const pairs: [string, string][] = [
    [memo.board, `Datum: ${memo.date}`],
    [model.meta.nodeName, memo.caseNumber ? `Dnr: ${memo.caseNumber}` : 'Dnr:'],
    [memo.officer ? `Handläggare: ${memo.officer}` : '', ''],
  ];
  const half = Math.floor(TEXT_WIDTH / 2);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: pairs
      .filter(([a, b]) => a !== '' || b !== '')
      .map(
        ([left, right]) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: half, type: WidthType.DXA },
                children: [new Paragraph({ children: [new TextRun({ text: left, size: 20 })] })],
              }),
              new TableCell({
                width: { size: TEXT_WIDTH - half, type: WidthType.DXA },
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: right, size: 20 })],
                  }),
                ],
              }),
            ],
          }),
      ),
  });
}

/** The memo as .docx bytes. */
export async function exportMemoDocx(model: ReportModel, memo: Memo): Promise<Uint8Array> {
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, text });
  const children: FileChild[] = [
    headerBlock(model, memo),
    new Paragraph({ text: '', spacing: { after: 240 } }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: 'Tjänsteskrivelse' }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: memo.title, bold: true, size: 28 })],
    }),
    heading(MEMO_HEADINGS.proposal),
    ...textParagraphs(memo.proposal),
    heading(MEMO_HEADINGS.summary),
    ...textParagraphs(memo.summary),
    heading(MEMO_HEADINGS.matter),
    ...textParagraphs(memo.matter),
    heading(MEMO_HEADINGS.economy),
    ...textParagraphs(memo.economy),
    heading(MEMO_HEADINGS.basis),
    ...textToItems(memo.basis).map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
  ];
  const approvers = textToItems(memo.approvedBy);
  if (approvers.length > 0)
    children.push(
      heading(MEMO_HEADINGS.approvedBy),
      ...approvers.map((item) => new Paragraph({ text: item })),
    );
  children.push(
    heading(MEMO_HEADINGS.sendTo),
    ...textToItems(memo.sendTo).map((item) => new Paragraph({ text: item })),
  );
  const doc = new Document({
    title: `Tjänsteskrivelse – ${memo.title}`,
    subject: memo.board,
    creator: 'SAM-uppföljning',
    styles: DOC_STYLES,
    sections: [{ properties: SECTION_PAGE, footers: { default: pageNumberFooter() }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
