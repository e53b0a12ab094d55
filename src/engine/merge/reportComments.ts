import type { ExpertComment } from '../report';
import type { MergeComment } from './types';

/** The merged comments as the report takes them: each non-empty text of a comment on its own. */
export function reportComments(comments: readonly MergeComment[]): ExpertComment[] {
  return comments.flatMap((comment) =>
    [comment.reasons, comment.opinion, comment.difficulties]
      .filter((text) => text !== '')
      .map((text) => ({ subject: comment.subject, grade: comment.grade, task: comment.task, expert: comment.expert, text })),
  );
}
