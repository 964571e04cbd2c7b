import type { PrintToPDFOptions } from 'electron';
import { sv } from './texts';

const inches = (cm: number): number => cm / 2.54;

const footerTemplate = `<div style="width:100%;font-family:sans-serif;font-size:8pt;color:#444;text-align:center;">${sv.pdfFooter}</div>`;

/**
 * A4 for a board (nämnd) document: wide left margin for binding, room below for the page
 * footer, tagged and with an outline so screen readers and the PDF's sidebar can navigate it.
 * Backgrounds are printed because charts and status colours carry meaning.
 */
export function pdfOptions(landscape: boolean): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    landscape,
    printBackground: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    displayHeaderFooter: true,
    // An empty header: Chromium's default would print the date and the page title.
    headerTemplate: '<div></div>',
    footerTemplate,
    margins: { top: inches(2), bottom: inches(2), left: inches(2.5), right: inches(2) },
  };
}

/** The suggested file name with a .pdf extension, whatever the renderer offered. */
export function pdfFileName(suggestedName: string): string {
  return /\.pdf$/i.test(suggestedName) ? suggestedName : `${suggestedName}.pdf`;
}
