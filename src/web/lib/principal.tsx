import { createContext, useContext } from 'react';
import type { Principal } from './trpc';

const PrincipalContext = createContext<Principal | null>(null);

export const PrincipalProvider = PrincipalContext.Provider;

/** The signed-in user; only used below the sign-in gate, where it is always there. */
export function usePrincipal(): Principal {
  const principal = useContext(PrincipalContext);
  if (!principal) throw new Error('usePrincipal outside the signed-in layout');
  return principal;
}

/** Project roles that may change repositories and cancel runs (SPEC §6). */
export function canWriteProject(principal: Principal, role: string | null | undefined): boolean {
  return principal.isPlatformAdmin || role === 'admin' || role === 'read_write';
}
