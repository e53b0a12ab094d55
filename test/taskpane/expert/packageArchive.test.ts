import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPackage } from '../../../src/taskpane/expert/packageArchive';

const DEMO = join(__dirname, '..', '..', '..', 'assets', 'demo');
const demo = JSON.parse(readFileSync(join(DEMO, 'demo-package.json'), 'utf8')) as { packageId: string; file: string; works: number };
const demoBlob = () => new Blob([readFileSync(join(DEMO, demo.file))]);

describe('opening a package', () => {
  it('opens the demo package for its own protocol and reads a scan lazily as a PDF', async () => {
    const opened = await openPackage(demoBlob(), demo.packageId);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const { names } = opened.archive;
    expect(names.works.size).toBe(demo.works);
    const [first] = [...names.works.values()];
    const pdf = await opened.archive.pdf(first);
    expect(pdf.type).toBe('application/pdf');
    expect(new TextDecoder().decode(new Uint8Array(await pdf.arrayBuffer()).subarray(0, 5))).toBe('%PDF-');
    const protocol = await opened.archive.bytes(names.protocolPath!);
    expect([protocol[0], protocol[1]]).toEqual([0x50, 0x4b]);
    await opened.archive.close();
  });

  it('refuses the package of another protocol, naming the one it is', async () => {
    expect(await openPackage(demoBlob(), '2026-Э02-1')).toEqual({ ok: false, problem: 'wrong-package', foundId: demo.packageId });
  });

  it('refuses what is not a ZIP', async () => {
    expect(await openPackage(new Blob(['это не архив']), demo.packageId)).toMatchObject({ ok: false, problem: 'not-a-zip' });
  });
});
