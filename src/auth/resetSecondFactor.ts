import { db } from '../db';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors';

/**
 * The lost-device path: another administrator clears a colleague's authenticator app and recovery codes and ends
 * their sessions, so at their next login they set the second factor up again. Written to the audit log in the same
 * transaction (who reset whose), so there is no reset without its entry.
 */
export async function resetSecondFactor(actor: { id: string }, userId: string, ip: string | undefined): Promise<void> {
  if (actor.id === userId)
    throw new ValidationError(
      'You cannot reset your own second factor. Make new recovery codes from your account, or ask another administrator.',
    );
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError('No such user.');
  if (!user.totpEnabledAt && !user.totpSecretEnc)
    throw new ConflictError(`${user.name} has no second factor set up; there is nothing to reset.`);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecretEnc: null, totpEnabledAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.auditEntry.create({
      data: {
        actorUserId: actor.id,
        action: 'change',
        entityType: 'user',
        entityId: userId,
        ip,
        details: {
          route: 'POST /api/admin/users/:id/second-factor/reset',
          fields: ['secondFactor'],
          changes: { secondFactor: { from: 'set up', to: 'reset' } },
        },
      },
    });
  });
}
