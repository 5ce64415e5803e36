import { type v1 } from '../../shared/proto/index.js';
import { type StaffPrincipal } from '../trpc/context.js';

/** The principal carried in the JWT, from the control-plane's user. */
export function principalFromStaffUser(user: v1.IStaffUser | null | undefined): StaffPrincipal {
  if (!user?.id || !user.email) throw new Error('control-plane answered without a user');
  return {
    userId: user.id,
    email: user.email,
    githubLogin: user.githubLogin ?? '',
    isPlatformAdmin: user.isPlatformAdmin === true,
    isPlatformOwner: user.isPlatformOwner === true,
  };
}
