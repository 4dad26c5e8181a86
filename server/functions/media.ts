import { defineFunction } from '../core/define-function';

// Actions arrive with the server media check (issue 4); until then every call is UNKNOWN_ACTION.
export const mediaFunction = defineFunction('media', {});
