import { defineFunction } from '../core/define-function';
import { reviewAssignmentActions } from './review-assignments';
import { reviewDeadlineActions } from './review-deadline';
import { reviewDecisionActions } from './review-decisions';
import { reviewExportActions } from './review-export';
import { reviewListActions } from './review-list';
import { reviewOverviewActions } from './review-overview';
import { reviewRecordActions } from './review-record';
import { reviewScoringActions } from './review-scoring';

export const reviewFunction = defineFunction('review', {
  ...reviewOverviewActions,
  ...reviewListActions,
  ...reviewRecordActions,
  ...reviewDecisionActions,
  ...reviewScoringActions,
  ...reviewAssignmentActions,
  ...reviewExportActions,
  ...reviewDeadlineActions,
});
