import {
  AlignmentType,
  Footer,
  PageNumber,
  Paragraph,
  TextRun,
  type IStylesOptions,
  type ISectionOptions,
} from 'docx';

/*
 * What the report and the memo share in Word: A4 with 2 cm margins, Swedish as the language of
 * every run (spelling and hyphenation), Word's own heading styles (so the navigation pane and a
 * table of contents work) and "Sida X av Y" in the footer.
 */

/** A4 in twentieths of a point, 2 cm margins; the text column is 9 638 wide. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const FONT = 'Calibri';
const INK = '1B2430';
const ACCENT = '0B4F6C';

export const DOC_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, color: INK, language: { value: 'sv-SE' } },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    title: {
      run: { font: FONT, size: 48, bold: true, color: ACCENT },
      paragraph: { spacing: { after: 240 } },
    },
    heading1: {
      run: { font: FONT, size: 34, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: 28, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true, color: INK },
      paragraph: { spacing: { before: 220, after: 80 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Caption',
      name: 'Caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 20, italics: true, color: '4A5563' },
      paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
    },
  ],
};

/** "Sida 3 av 12", centred. */
export function pageNumberFooter(prefix = ''): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            children: [`${prefix}Sida `, PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

export const SECTION_PAGE: ISectionOptions['properties'] = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: {
      top: PAGE.margin,
      bottom: PAGE.margin,
      left: PAGE.margin,
      right: PAGE.margin,
      footer: 567,
    },
  },
};

/**
 * Free text as paragraphs: a blank line starts a new paragraph, lines starting with "-", "•" or
 * "*" become bullets, other lines within a paragraph are kept as line breaks.
 */
export function textParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const chunk of text.split(/\r?\n\s*\r?\n/)) {
    const lines = chunk.split(/\r?\n/).filter((line) => line.trim() !== '');
    let plain: string[] = [];
    const flush = () => {
      if (plain.length === 0) return;
      out.push(
        new Paragraph({
          children: plain.map(
            (line, i) => new TextRun({ text: line.trim(), break: i > 0 ? 1 : 0 }),
          ),
        }),
      );
      plain = [];
    };
    for (const line of lines) {
      const bullet = /^\s*[-•*–]\s+(.*)$/u.exec(line);
      if (bullet) {
        flush();
        out.push(new Paragraph({ text: bullet[1] ?? '', bullet: { level: 0 } }));
      } else {
        plain.push(line);
      }
    }
    flush();
  }
  return out;
}
