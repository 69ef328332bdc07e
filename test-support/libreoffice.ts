/**
 * Test-only: renders .pptx files with LibreOffice (as a user without PowerPoint would open them)
 * and reads the PDF back with poppler. Both are required, never optional: a missing tool fails
 * the test with the command that installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const INSTALL_HINT =
  'Install them with: sudo apt-get install -y libreoffice-impress fonts-crosextra-carlito poppler-utils ' +
  '(macOS: brew install --cask libreoffice && brew install poppler). .ci/run installs them on CI.';

/**
 * Throws, naming the missing tools and how to install them, unless soffice, pdftotext and
 * pdftoppm are on `searchPath` (the PATH by default).
 */
export function requireRenderingTools(searchPath = process.env.PATH ?? ''): void {
  const missing = ['soffice', 'pdftotext', 'pdftoppm'].filter(
    (tool) =>
      spawnSync('/bin/sh', ['-c', `command -v ${tool}`], {
        stdio: 'ignore',
        env: { ...process.env, PATH: searchPath },
      }).status !== 0,
  );
  if (missing.length)
    throw new Error(`The LibreOffice export test needs ${missing.join(', ')}. ${INSTALL_HINT}`);
}

/** A temporary folder, removed by `dispose`. */
export function temporaryFolder(prefix: string): { path: string; dispose: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Converts files to PDF with one headless LibreOffice run (it starts slowly, so files go in
 * together), using a private profile so parallel runs do not share a lock. Returns PDF paths by
 * input file name.
 */
export function convertToPdf(
  files: Record<string, Uint8Array>,
  folder: string,
): Record<string, string> {
  const inputs = Object.entries(files).map(([name, bytes]) => {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      ...inputs,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
  const made = new Set(readdirSync(folder));
  return Object.fromEntries(
    inputs.map((path) => {
      const pdf = `${basename(path).replace(/\.pptx$/, '')}.pdf`;
      if (!made.has(pdf)) throw new Error(`LibreOffice did not convert ${basename(path)}`);
      return [basename(path), join(folder, pdf)];
    }),
  );
}

/** The pages of a PDF as text (pdftotext ends each page with a form feed). */
export function pdfPages(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** A word drawn on a PDF page, its box in points from the top-left corner. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of the first page of a PDF with its bounding box (pdftotext -bbox). */
export function pdfWords(pdfPath: string): PdfWord[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', '1', '-l', '1', '-enc', 'UTF-8', pdfPath, '-'],
    { encoding: 'utf8' },
  );
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map(([, xMin, yMin, xMax, yMax, text]) => ({
    text: decodeEntities(text!),
    xMin: Number(xMin),
    yMin: Number(yMin),
    xMax: Number(xMax),
    yMax: Number(yMax),
  }));
}

/** Renders the first page of a PDF to a PNG at `dpi`, returning the PNG's path. */
export function pdfToPng(pdfPath: string, dpi: number): string {
  const prefix = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    prefix,
  ]);
  return `${prefix}.png`;
}
