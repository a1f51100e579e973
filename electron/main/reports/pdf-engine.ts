import path from 'node:path';
import * as pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { REPORT_FONT } from './pdf-fonts';

type PdfMake = typeof pdfmakeModule;

let engine: PdfMake | null = null;
let fontsFor: string | null = null;

/**
 * pdfmake's Node build, with DejaVu Sans from resources/fonts and no access to anything else:
 * a report never fetches a URL or reads a file other than its fonts. pdfmake is one shared
 * instance per process; the fonts are set once per fonts folder.
 */
function pdfmake(fontsDir: string): PdfMake {
  // pdfmake is CommonJS exporting an instance whose methods live on its prototype, which the
  // namespace's named bindings do not carry; its default binding is the instance itself.
  engine ??= (pdfmakeModule as unknown as { default: PdfMake }).default;
  if (fontsFor !== fontsDir) {
    const font = (file: string) => path.join(fontsDir, file);
    engine.setFonts({
      [REPORT_FONT]: {
        normal: font('DejaVuSans.ttf'),
        bold: font('DejaVuSans-Bold.ttf'),
        italics: font('DejaVuSans-Oblique.ttf'),
        bolditalics: font('DejaVuSans-Bold.ttf'),
      },
    });
    const fonts = path.resolve(fontsDir) + path.sep;
    engine.setUrlAccessPolicy(() => false);
    engine.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fonts));
    fontsFor = fontsDir;
  }
  return engine;
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

/** Lays out and renders a document definition to PDF bytes, counting its pages. */
export async function renderPdf(doc: TDocumentDefinitions, fontsDir: string): Promise<RenderedPdf> {
  let pages = 0;
  const footer = doc.footer;
  const counted: TDocumentDefinitions = {
    ...doc,
    footer: (currentPage, pageCount, pageSize) => {
      pages = pageCount;
      return typeof footer === 'function' ? footer(currentPage, pageCount, pageSize) : (footer ?? null);
    },
  };
  const bytes = await pdfmake(fontsDir).createPdf(counted).getBuffer();
  return { bytes, pages };
}
