import type { UnassignedReason } from './types';

export interface UnassignedFacts {
  subject: string;
  grade: number;
  school: string;
  municipality: string;
}

/** The Russian text for a work no expert could take: why, and what the coordinator can do. */
export function unassignedMessage(reason: UnassignedReason, facts: UnassignedFacts): string {
  const what = `по предмету «${facts.subject}» для ${facts.grade} класса`;
  switch (reason) {
    case 'no-expert-for-subject':
      return `В списке нет эксперта ${what}. Добавьте эксперта по этому предмету (и классу, если в списке указаны классы) и распределите работы заново.`;
    case 'only-conflicted-experts':
      return `Все эксперты ${what} работают в школе «${facts.school}» или в том же муниципалитете («${facts.municipality}»), а эксперт не перепроверяет работы своей школы и своего муниципалитета. Добавьте эксперта из другого муниципалитета и распределите работы заново.`;
    case 'only-earlier-reviewers':
      return `Все эксперты ${what}, которым можно передать работы школы «${facts.school}», уже проверяли их в прошлом туре, а повторную проверку проводит другой эксперт. Добавьте эксперта и распределите работы заново.`;
    case 'capacity':
      return `У всех экспертов ${what}, которым можно передать работы школы «${facts.school}», исчерпан лимит работ. Увеличьте лимит в списке экспертов или добавьте эксперта и распределите работы заново.`;
  }
}
