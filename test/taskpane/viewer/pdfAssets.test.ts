import { choosePdfBuild, MODERN_BUILD_NEEDS, missingForModernBuild, pdfAssets, pdfAssetsFolder } from '../../../src/taskpane/viewer/pdfAssets';

/** A global object with every built-in the modern build needs (functions stand in for them). */
function modernScope(): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const [owner, property] of MODERN_BUILD_NEEDS) {
    let target = scope;
    for (const part of owner.split('.')) target = (target[part] ??= {}) as Record<string, unknown>;
    target[property] = () => undefined;
  }
  return scope;
}

describe('pdf.js assets', () => {
  it('names every file and folder pdf.js is given, under a folder that carries the version', () => {
    const folder = `https://addin.example/${pdfAssetsFolder('6.5.438')}`;
    expect(folder).toBe('https://addin.example/pdfjs-6.5.438/');
    expect(pdfAssets(folder, 'modern')).toEqual({
      library: 'https://addin.example/pdfjs-6.5.438/build/pdf.min.js',
      workerSrc: 'https://addin.example/pdfjs-6.5.438/build/pdf.worker.min.js',
      wasmUrl: 'https://addin.example/pdfjs-6.5.438/wasm/',
      cMapUrl: 'https://addin.example/pdfjs-6.5.438/cmaps/',
      standardFontDataUrl: 'https://addin.example/pdfjs-6.5.438/standard_fonts/',
      iccUrl: 'https://addin.example/pdfjs-6.5.438/iccs/',
    });
    expect(pdfAssets(folder, 'legacy').library).toBe('https://addin.example/pdfjs-6.5.438/legacy/pdf.min.js');
    expect(pdfAssets(folder, 'legacy').workerSrc).toBe('https://addin.example/pdfjs-6.5.438/legacy/pdf.worker.min.js');
  });

  it('chooses the modern build where every built-in it needs is there', () => {
    expect(missingForModernBuild(modernScope())).toEqual([]);
    expect(choosePdfBuild(modernScope())).toBe('modern');
  });

  it('chooses the legacy build for a WebView without the newest built-ins, and says which are missing', () => {
    const scope = modernScope();
    delete (scope.Math as Record<string, unknown>).sumPrecise;
    delete scope.Iterator;
    expect(missingForModernBuild(scope)).toEqual(['Math.sumPrecise', 'Iterator.prototype.map']);
    expect(choosePdfBuild(scope)).toBe('legacy');
    expect(choosePdfBuild({})).toBe('legacy');
  });
});
