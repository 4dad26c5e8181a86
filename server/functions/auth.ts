import { z } from 'zod';
import { AppError } from '../core/app-error';
import { action, defineFunction } from '../core/define-function';

export const authFunction = defineFunction('auth', {
  whoami: action({
    access: 'signed-in',
    input: z.object({}),
    async run(_input, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const unit = caller.unitId ? await ports.db.read.units.get(caller.unitId) : null;
      return {
        userId: caller.userId,
        role: caller.role,
        name: caller.name,
        unitId: caller.unitId ?? undefined,
        unitName: unit?.name,
      };
    },
  }),
});
