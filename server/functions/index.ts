import type { FunctionName } from '../../domain/api/envelope';
import type { CloudFunction } from '../core/define-function';
import { adminFunction } from './admin';
import { authFunction } from './auth';
import { campaignFunction } from './campaign';
import { mediaFunction } from './media';
import { nominationFunction } from './nomination';
import { notifyFunction } from './notify';
import { reviewFunction } from './review';
import { schedulerFunction } from './scheduler';

/** Every cloud function, by the name the app passes to `callFunction`. */
export const FUNCTIONS: Record<FunctionName, CloudFunction> = {
  auth: authFunction,
  campaign: campaignFunction,
  nomination: nominationFunction,
  media: mediaFunction,
  review: reviewFunction,
  notify: notifyFunction,
  admin: adminFunction(),
  scheduler: schedulerFunction,
};
