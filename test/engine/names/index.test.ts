import * as names from '../../../src/engine/names';

describe('the names module', () => {
  it('exports exactly its public functions', () => {
    expect(Object.keys(names).sort()).toEqual([
      'classifyFile',
      'normaliseSchool',
      'normaliseSubject',
      'parseClassroomFileName',
      'parseSchoolFolder',
      'parseSchoolSheetFileName',
      'parseWorkFileName',
      'placeFile',
      'schoolFolderName',
      'schoolSheetFileName',
    ]);
  });
});
