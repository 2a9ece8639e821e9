import { HuyingClient, type StaffProfile } from '@huying/sdk';

/**
 * Signing staff in on a page served with the platform's API under its own origin (the examples'
 * dev server forwards /api), so the HttpOnly session cookie is first-party. What the page gets
 * back is a client for the staff elements: the member's city, and the session's CSRF token sent
 * with every write.
 */
export interface StaffSignIn {
  staff: StaffProfile;
  client: HuyingClient;
}

/** The platform's default city, or the one named by `?city=` when it serves several. */
export function requestedCity(): string | undefined {
  return new URLSearchParams(location.search).get('city') ?? undefined;
}

export function staffSession(city = requestedCity()) {
  const signInClient = new HuyingClient({ baseUrl: location.origin, ...(city ? { city } : {}) });
  const signedIn = (staff: StaffProfile, csrfToken: string): StaffSignIn => {
    const client = new HuyingClient({ baseUrl: location.origin, city: staff.cityId });
    client.setCsrfToken(csrfToken);
    return { staff, client };
  };
  return {
    /** Signs in with login and password; a refusal throws the API's error (its message says why). */
    async signIn(login: string, password: string): Promise<StaffSignIn> {
      const { staff, csrfToken } = await signInClient.auth.login({ login, password });
      return signedIn(staff, csrfToken);
    },
    /** The session still open in this browser (after a reload), or null when there is none. */
    async resume(): Promise<StaffSignIn | null> {
      try {
        const session = await signInClient.auth.session();
        return session.csrfToken ? signedIn(session, session.csrfToken) : null;
      } catch {
        return null;
      }
    },
    /** Ends the session on the platform (the session's CSRF token is read again first). */
    async signOut(): Promise<void> {
      await signInClient.auth.session().catch(() => undefined);
      await signInClient.auth.logout().catch(() => undefined);
    },
  };
}
