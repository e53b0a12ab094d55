import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const manifestPath = join(root, 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');
const origin = 'https://localhost:3000';

function attribute(element: string, id: string | null, name: string): string | undefined {
  const idPart = id === null ? '' : `[^>]*\\bid="${id.replace(/\./g, '\\.')}"`;
  const match = new RegExp(`<${element}${idPart}[^>]*\\b${name}="([^"]*)"`).exec(manifest);
  return match?.[1];
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Where the file served at a manifest URL comes from in the repository. */
function sourceOf(url: string): string {
  const path = url.slice(origin.length + 1);
  if (path.startsWith('assets/')) return join(root, path);
  if (path === 'help.html') return join(root, 'src', 'help', 'help.html');
  if (path === 'taskpane.html') return join(root, 'src', 'taskpane', 'taskpane.html');
  if (path === 'commands.html') return join(root, 'src', 'commands', 'commands.html');
  throw new Error(`no known source for ${url}`);
}

describe('manifest.xml', () => {
  it('is valid against the offline Office add-in schemas (xmllint)', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'validate-manifest.mjs'), manifestPath], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('makes the validation script fail with xmllint\'s message on an invalid manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, manifest.replace('<Permissions>', '<Unexpected/><Permissions>'));
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'validate-manifest.mjs'), bad], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Unexpected');
  });

  it('serves every URL from https://localhost:3000', () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${origin}/`)).toBe(true);
    expect(attribute('SourceLocation', null, 'DefaultValue')).toBe(`${origin}/taskpane.html`);
    expect(attribute('SupportUrl', null, 'DefaultValue')).toBe(`${origin}/help.html`);
    expect(attribute('bt:Url', 'Commands.Url', 'DefaultValue')).toBe(`${origin}/commands.html`);
    expect(attribute('bt:Url', 'Taskpane.Url', 'DefaultValue')).toBe(`${origin}/taskpane.html`);
    for (const url of urls) expect(existsSync(sourceOf(url))).toBe(true);
  });

  it('requires ExcelApi 1.8 and declares no other app domains', () => {
    expect(manifest).toMatch(/<Sets DefaultMinVersion="1\.1">\s*(<!--[^]*?-->\s*)?<Set Name="ExcelApi" MinVersion="1\.8"\/>\s*<\/Sets>/);
    expect(manifest).not.toContain('<AppDomain>');
    expect(manifest).toContain('<Host Name="Workbook"/>');
  });

  it('is Russian by default with an English override', () => {
    expect(manifest).toContain('<DefaultLocale>ru-RU</DefaultLocale>');
    expect(attribute('DisplayName', null, 'DefaultValue')).toMatch(/[А-Яа-я]/);
    expect(manifest).toMatch(/<DisplayName[^>]*>\s*<Override Locale="en-US" Value="Recheck"\/>/);
    expect(manifest).toMatch(/<Description[^>]*>\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  it('puts a button that shows the task pane in its own group on the Home tab', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Recheck\.Group">/);
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
    expect(manifest).toMatch(/<bt:String id="Group\.Label" DefaultValue="Перепроверка">\s*<bt:Override Locale="en-US" Value="Recheck"\/>/);
  });

  it('references icon files that exist with the declared pixel size', () => {
    const declared: { url: string; size: number }[] = [
      { url: attribute('IconUrl', null, 'DefaultValue') ?? '', size: 32 },
      { url: attribute('HighResolutionIconUrl', null, 'DefaultValue') ?? '', size: 64 },
      ...[...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="([^"]+)"\/>/g)].map((match) => {
        expect(match[1]).toBe(match[2]);
        return { url: match[3], size: Number(match[1]) };
      }),
    ];
    expect(declared.map((icon) => icon.size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const { url, size } of declared) {
      const file = sourceOf(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
