import { parseSchoolFolder, parseSchoolSheetFileName, schoolFolderName, schoolSheetFileName } from '../../../src/engine/names';

const SCHOOLS = [
  { school: 'МБОУ Витимская СОШ', subject: 'русский язык', grade: 6 },
  { school: 'МБОУ "Тарасинская СОШ"', subject: 'математика', grade: 11 },
  { school: 'МБОУ СОШ №5, корпус 2', subject: 'русский язык', grade: 4 },
  { school: 'МКОУ Хор-Тагнинская ООШ', subject: 'история', grade: 8 },
];

describe('the school-folder name', () => {
  it.each(SCHOOLS)('is read back as written: $school', (folder) => {
    expect(schoolFolderName(folder)).toBe(`${folder.school}, ${folder.subject}, ${folder.grade} класс`);
    expect(parseSchoolFolder(schoolFolderName(folder))).toEqual({ ...folder, layout: 'work' });
    expect(parseSchoolFolder(schoolFolderName({ ...folder, layout: 'classroom' }))).toEqual({ ...folder, layout: 'classroom' });
  });

  it.each(SCHOOLS)('names a score sheet added by hand so it finds its school: $school', (folder) => {
    expect(schoolSheetFileName(folder)).toBe(`${schoolFolderName(folder)}.xlsx`);
    expect(parseSchoolSheetFileName(schoolSheetFileName(folder))).toEqual({ ...folder, layout: 'work' });
    expect(parseSchoolSheetFileName(`Добавленные/${schoolSheetFileName(folder)}`)).toEqual({ ...folder, layout: 'work' });
  });

  it('finds no school in a sheet named otherwise', () => {
    expect(parseSchoolSheetFileName('Протокол.xlsx')).toBeNull();
  });
});
