import { placeFile } from '../../../src/engine/names';

const VITIM = { school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6, layout: 'work' };
const VITIM_FOLDER = 'МБОУ Витимская СОШ, русский язык, 6 класс';

describe('placeFile', () => {
  it('takes the municipality from the folder that holds the school folder', () => {
    expect(placeFile('Архив.zip', `Боханский район/${VITIM_FOLDER}/4002_вар.1.pdf`)).toEqual({
      municipality: 'Боханский район',
      schoolFolder: VITIM,
      schoolFolderPath: `Боханский район/${VITIM_FOLDER}`,
      fileName: '4002_вар.1.pdf',
    });
  });

  it('takes the municipality from the archive name when the school folder is at the top', () => {
    expect(placeFile('Боханский район.zip', `${VITIM_FOLDER}/4002_вар.1.pdf`)).toEqual({
      municipality: 'Боханский район',
      schoolFolder: VITIM,
      schoolFolderPath: VITIM_FOLDER,
      fileName: '4002_вар.1.pdf',
    });
  });

  describe('cleans the archive name', () => {
    it.each([
      ['Боханский район.ZIP'],
      ['Боханский район (1).zip'],
      ['Боханский район - копия.zip'],
      ['  Боханский  район .zip'],
      ['Боханский район'],
      ['C:\\Загрузки\\Боханский район.zip'],
      ['/home/coordinator/Боханский район.zip'],
    ])('%s', (archive) => {
      expect(placeFile(archive, `${VITIM_FOLDER}/4002_вар.1.pdf`)?.municipality).toBe('Боханский район');
    });
  });

  it('finds the school folder above sub-folders', () => {
    expect(placeFile('Архив.zip', `Боханский район/${VITIM_FOLDER}/сканы/6А/4002_вар.1.pdf`)).toEqual({
      municipality: 'Боханский район',
      schoolFolder: VITIM,
      schoolFolderPath: `Боханский район/${VITIM_FOLDER}`,
      fileName: '4002_вар.1.pdf',
    });
  });

  it('takes the school folder nearest the file', () => {
    const placement = placeFile('Архив.zip', 'Район/Школа А, математика, 5 класс/Школа Б, история, 7 класс/4002_вар.1.pdf');
    expect(placement?.schoolFolder).toMatchObject({ school: 'Школа Б', subject: 'история', grade: 7 });
    expect(placement?.schoolFolderPath).toBe('Район/Школа А, математика, 5 класс/Школа Б, история, 7 класс');
  });

  it('looks past a school folder nested in a copy of itself for the municipality', () => {
    expect(placeFile('Архив.zip', `Боханский район/${VITIM_FOLDER}/${VITIM_FOLDER}/4002_вар.1.pdf`)).toMatchObject({
      municipality: 'Боханский район',
      schoolFolderPath: `Боханский район/${VITIM_FOLDER}/${VITIM_FOLDER}`,
    });
  });

  it('reads the municipality folder inside an archive of the same name', () => {
    expect(placeFile('Боханский район.zip', `Боханский район/${VITIM_FOLDER}/4002_вар.1.pdf`)?.municipality).toBe('Боханский район');
  });

  describe('treats a nested archive like a folder', () => {
    it('skips a school parcel between the municipality and the school folder', () => {
      expect(placeFile('Архив.zip', `Боханский район/Витим.zip/${VITIM_FOLDER}/4002_вар.1.pdf`)).toEqual({
        municipality: 'Боханский район',
        schoolFolder: VITIM,
        schoolFolderPath: `Боханский район/Витим.zip/${VITIM_FOLDER}`,
        fileName: '4002_вар.1.pdf',
      });
    });

    it('falls back to the archive name when the parcel is at the top', () => {
      expect(placeFile('Боханский район.zip', `Витим.zip/${VITIM_FOLDER}/4002_вар.1.pdf`)?.municipality).toBe('Боханский район');
    });

    it('skips parcels inside parcels', () => {
      expect(placeFile('Архив.zip', `Боханский район/Все.zip/Витим.zip/${VITIM_FOLDER}/4002_вар.1.pdf`)?.municipality).toBe('Боханский район');
    });

    it('takes a nested archive named like a school folder as the school folder', () => {
      expect(placeFile('Архив.zip', `Боханский район/${VITIM_FOLDER}.zip/4002_вар.1.pdf`)).toEqual({
        municipality: 'Боханский район',
        schoolFolder: VITIM,
        schoolFolderPath: `Боханский район/${VITIM_FOLDER}.zip`,
        fileName: '4002_вар.1.pdf',
      });
    });
  });

  it('takes an archive named like a school folder as the school folder, with no municipality', () => {
    expect(placeFile(`${VITIM_FOLDER}.zip`, '4002_вар.1.pdf')).toEqual({
      municipality: '',
      schoolFolder: VITIM,
      schoolFolderPath: '',
      fileName: '4002_вар.1.pdf',
    });
  });

  it('places files of the cross-check', () => {
    expect(placeFile('Уссурийский ГО.zip', 'МБОУ СОШ №131_ русский язык_6 класс/6А русский язык.pdf')).toEqual({
      municipality: 'Уссурийский ГО',
      schoolFolder: { school: 'МБОУ СОШ №131', subject: 'русский язык', grade: 6, layout: 'classroom' },
      schoolFolderPath: 'МБОУ СОШ №131_ русский язык_6 класс',
      fileName: '6А русский язык.pdf',
    });
  });

  it('places any file, not only works', () => {
    expect(placeFile('Район.zip', `${VITIM_FOLDER}/Критерии.pdf`)?.fileName).toBe('Критерии.pdf');
    expect(placeFile('Район.zip', `${VITIM_FOLDER}/Витим.zip`)?.fileName).toBe('Витим.zip');
  });

  it('keeps the municipality folder tidy', () => {
    expect(placeFile('Архив.zip', `  Боханский   район (1)/${VITIM_FOLDER}/4002_вар.1.pdf`)?.municipality).toBe('Боханский район');
  });

  it('ignores empty and "." segments', () => {
    expect(placeFile('Архив.zip', `./Боханский район//${VITIM_FOLDER}/4002_вар.1.pdf`)).toMatchObject({
      municipality: 'Боханский район',
      schoolFolderPath: `Боханский район/${VITIM_FOLDER}`,
    });
  });

  describe('returns null when no folder on the path names a school', () => {
    it.each([
      ['Боханский район.zip', '4002_вар.1.pdf'],
      ['Боханский район.zip', 'Боханский район/4002_вар.1.pdf'],
      ['Боханский район.zip', 'Боханский район/Витимская СОШ/4002_вар.1.pdf'],
      ['Боханский район.zip', `${VITIM_FOLDER}`], // the folder itself is the last segment: it holds nothing
      ['Боханский район.zip', ''],
    ])('%s: %s', (archive, path) => {
      expect(placeFile(archive, path)).toBeNull();
    });
  });
});
