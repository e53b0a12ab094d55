/** Grades of a Russian school: 1–11. */
export function gradeOrNull(digits: string): number | null {
  const grade = Number(digits);
  return Number.isInteger(grade) && grade >= 1 && grade <= 11 ? grade : null;
}
