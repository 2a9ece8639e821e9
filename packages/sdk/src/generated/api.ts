/**
 * Generated from the Huying API's OpenAPI document by scripts/generate-types.ts. Do not edit:
 * change the API's schemas and regenerate.
 */
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a case
         * @description Files a request from a resident. Send an `Idempotency-Key` so that a retry never files it twice.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A retry with the same key returns the first result instead of filing a second case. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubmitCase"];
                };
            };
            responses: {
                /** @description Filed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmittedCase"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/track/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Track a case
         * @description Anyone with the tracking code sees the status. With the secret from the receipt (or the last 4 digits of the contact phone) the resident sees the whole case and its timeline.
         */
        get: {
            parameters: {
                query?: {
                    secret?: string;
                    phoneLast4?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            verified: false;
                            case: components["schemas"]["CaseStatusView"];
                        } | {
                            /** @enum {boolean} */
                            verified: true;
                            case: components["schemas"]["ResidentCaseView"];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/track/{code}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate the reply
         * @description One rating per handling round. An unsatisfied rating can then reopen the case.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        secret?: string;
                        phoneLast4?: string;
                        level: components["schemas"]["RatingLevel"];
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResidentCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/track/{code}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen after an unsatisfied rating
         * @description Sends the case back into handling at the unit that replied, with new deadlines.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        secret?: string;
                        phoneLast4?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResidentCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/city": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The city: name, time zone, public hotline */
        get: {
            parameters: {
                query?: {
                    /** @description The city id; defaults to the platform's city. The Huying-City header works too. */
                    city?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The city */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["City"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The request taxonomy (three levels) */
        get: {
            parameters: {
                query?: {
                    /** @description The city id; defaults to the platform's city. The Huying-City header works too. */
                    city?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Categories */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Category"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units: the command centre, streets, communities, grids, departments and property companies */
        get: {
            parameters: {
                query?: {
                    /** @description The city id; defaults to the platform's city. The Huying-City header works too. */
                    city?: string;
                    kind?: string | string[];
                    parentId?: string;
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of units */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Unit"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with login and password: sets the session cookie, returns the profile and the CSRF token
         * @description The cookie `huying_session` is HttpOnly, SameSite=Lax, Secure over https. Writes made with it need the returned `csrfToken` in `x-csrf-token`. After 5 failed attempts for a login within 15 minutes (or 30 from one address) sign-ins are refused with 429 and `Retry-After` for 15 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: ends the session on every API process and clears the cookie
         * @description Needs the `x-csrf-token` of the session. Without a session it only clears the cookie.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in: account, role, unit and permissions (with the CSRF token for a session)
         * @description Needs the permission `profile.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in staff member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffMe"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password (with the current one); your other sessions end
         * @description At least 10 characters mixing two of letters, digits and others; not a common password, not containing the login. With a session, it continues under a new id: the response sets a new cookie and returns the new CSRF token.
         *
         *     Needs the permission `profile.read`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChange"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your API tokens for the SDK (live ones first; revoked ones stay listed)
         * @description Needs the permission `tokens.own`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Your tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StaffToken"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token for yourself (shown once)
         * @description Needs the permission `tokens.own`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewStaffToken"];
                };
            };
            responses: {
                /** @description The token */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedStaffToken"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke one of your API tokens
         * @description Needs the permission `tokens.own`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffToken"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases held in your unit's subtree, newest first
         * @description Needs the permission `cases.read`.
         */
        get: {
            parameters: {
                query?: {
                    status?: string | string[];
                    kind?: string | string[];
                    categoryId?: string;
                    buildingId?: string;
                    /** @description `held`: your unit holds it; `subtree`: held at or below your unit; `parts`: joint handlings where your unit has a part to report. */
                    scope?: "held" | "subtree" | "parts";
                    /** @description Only cases with a running deadline due by then; now gives the overdue ones. */
                    dueBefore?: string;
                    /** @description Only cases whose most pressing running deadline is `overdue`, `nearing` (its warning time passed), `running` (neither), or that have `none` running; comma-separated. */
                    deadline?: string | string[];
                    /** @description `newest` or `oldest` filed first, or `due`: the earliest running deadline first (cases without one last). */
                    sort?: "newest" | "oldest" | "due";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of cases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StaffCaseSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One case with its full timeline and the actions you may take now
         * @description Needs the permission `cases.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (签收) the case for your unit
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the first response to the resident
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a progress note (internal unless visible to the resident)
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message: string;
                        /** @default false */
                        visibleToResident?: boolean;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch (派单) down your subtree or to a department
         * @description Needs the permission `cases.dispatch`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        toUnitId: string;
                        note?: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate (上报) one level up, with a reason
         * @description Needs the permission `cases.escalate`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return (退单) a wrongly dispatched case to its dispatcher
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/rule-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rule on a return: uphold it (and re-dispatch) or reject it
         * @description Needs the permission `cases.dispatch`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        upheld: boolean;
                        note?: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/start-joint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start joint handling (联办) with a lead unit and co-units
         * @description Needs the permission `cases.dispatch`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        leadUnitId: string;
                        parts: {
                            /** Format: uuid */
                            unitId: string;
                            share: string;
                            /** Format: date-time */
                            dueAt?: string | null;
                        }[];
                        meeting?: {
                            /** Format: date-time */
                            heldAt: string;
                            attendees: string[];
                            decisions: string;
                        };
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/report-part": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report your unit's part of a joint handling
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        report: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause for the resident to supply something (the clock pauses, recorded)
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume handling after a pause
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply (答复) to the resident and resolve the case
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
                        attachments?: components["schemas"]["Attachment"][];
                        citations?: components["schemas"]["Citation"][];
                        overrideReason?: string;
                        /** @description Close at once after the reply: a consultation answered on the spot (接诉即办). Refused for kinds the resident rates. */
                        closeNow?: boolean;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a rated case (or an answered consultation)
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/supervise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a supervision notice (督办单) to the holder or a co-unit, which it must answer
         * @description Needs the permission `cases.supervise`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /**
                         * Format: uuid
                         * @description The holder (default) or a co-unit of the joint handling.
                         */
                        unitId?: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/answer-supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a supervision notice sent to your unit
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        noticeId: string;
                        answer: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the unit above for more time: the resolution deadline (holder) or your part (co-unit)
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default resolution
                         * @enum {string}
                         */
                        step?: "resolution" | "part";
                        /** Format: date-time */
                        until: string;
                        reason: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/rule-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or refuse an extension a unit below asked for
         * @description Needs the permission `cases.dispatch`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approved: boolean;
                        /**
                         * Format: date-time
                         * @description Approve a different deadline than the one asked for.
                         */
                        until?: string;
                        note?: string;
                        /** @description The case version you acted on; a newer version refuses the command with 409. */
                        expectedVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The case after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffCaseView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/patrol-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your own patrol reports, newest first, with where each stands
         * @description Needs the permission `cases.read`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of your reports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StaffCaseSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Report a problem found on patrol (channel `patrol`), opened at your own unit
         * @description A grid member's quick report: the case opens at the reporter's unit, which then accepts and works it or sends it up like any other. Send an `Idempotency-Key` so that a retry on a weak connection never files it twice (keys are your own).
         *
         *     Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PatrolReport"];
                };
            };
            responses: {
                /** @description Filed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PatrolReportReceipt"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/hot-spots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Buildings where cases gather, most first
         * @description Among the cases you may see, the buildings with at least `minCases` cases filed in the last `days` days.
         *
         *     Needs the permission `cases.read`.
         */
        get: {
            parameters: {
                query?: {
                    days?: number;
                    minCases?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The hot spots */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["HotSpot"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/supervision-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overdue and supervised cases across every unit of your subtree, and each unit's count
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The board */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupervisionBoard"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city's loop policy
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoopPolicyView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Set the loop policy: intake level, warnings, office hours, supervision, rating period, reopening, auto-escalation
         * @description Needs the permission `loop.edit`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoopPolicy"];
                };
            };
            responses: {
                /** @description The policy now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoopPolicyView"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working calendar: time zone, office hours, and every year of holidays and make-up working days with its source
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timeZone: string;
                            workingHours: {
                                start: string;
                                end: string;
                            }[];
                            years: components["schemas"]["CalendarYear"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * When a time limit started at a moment ends on this calendar
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    amount: number;
                    unit: "minutes" | "hours" | "days" | "working_hours" | "working_days";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The end of the time limit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            duration: components["schemas"]["Duration"];
                            /** Format: date-time */
                            dueAt: string;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every day of a year with its kind (weekday, weekend, holiday, make-up working day)
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The year */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            known: boolean;
                            days: {
                                date: string;
                                /** @enum {string} */
                                kind: "weekday" | "weekend" | "holiday" | "make_up_workday";
                                name: string | null;
                            }[];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Enter a year's holidays and make-up working days from the State Council's notice
         * @description Needs the permission `loop.edit`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalendarYearBody"];
                };
            };
            responses: {
                /** @description The year as entered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove the city's entry for a year (the built-in national year applies again)
         * @description Needs the permission `loop.edit`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            nationalDataAvailable: boolean;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/sla-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time-limit rules, in order: the first that matches a case sets its limits
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isDefault: boolean;
                            data: components["schemas"]["SlaRule"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace the time-limit rules (the whole ordered list)
         * @description Needs the permission `loop.edit`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SlaRuleBody"][];
                };
            };
            responses: {
                /** @description The rules now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isDefault: boolean;
                            data: components["schemas"]["SlaRule"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Go back to the default time limits
         * @description Needs the permission `loop.edit`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The defaults */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isDefault: boolean;
                            data: components["schemas"]["SlaRule"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/sla-rules/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which time-limit rule a case of this kind, urgency and category gets
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query: {
                    kind: "complaint" | "help" | "consultation" | "suggestion" | "praise";
                    urgency?: "normal" | "urgent";
                    categoryId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaRule"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Intake routing rules (category × area → unit), in order
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["RoutingRule"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an intake routing rule
         * @description Needs the permission `loop.edit`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoutingRuleBody"];
                };
            };
            responses: {
                /** @description The rule */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoutingRule"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/routing-rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Where a new case of this kind, category and building would land now, and why
         * @description Needs the permission `loop.read`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "complaint" | "help" | "consultation" | "suggestion" | "praise";
                        /** Format: uuid */
                        categoryId?: string;
                        /** Format: uuid */
                        buildingId?: string;
                    };
                };
            };
            responses: {
                /** @description The landing unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: components["schemas"]["UnitSummary"];
                            /** @enum {string} */
                            reason: "rule" | "department_category" | "place" | "no_place";
                            /** Format: uuid */
                            ruleId: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an intake routing rule
         * @description Needs the permission `loop.edit`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoutingRuleBody"];
                };
            };
            responses: {
                /** @description The rule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoutingRule"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete an intake routing rule
         * @description Needs the permission `loop.edit`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/loop/reports/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns (退单) per returning unit in your subtree, with the rulings: upheld (a wrong dispatch) or rejected
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts per unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            data: {
                                unit: components["schemas"]["UnitSummary"];
                                returned: number;
                                upheld: number;
                                rejected: number;
                            }[];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/supervision-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Supervision notices sent to your unit (or below it, or issued by it), newest first
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "answered" | "all";
                    scope?: "unit" | "subtree" | "issued";
                    /** @description Only open notices past their answer time. */
                    overdue?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of notices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SupervisionNotice"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/supervision-notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One supervision notice
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The notice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupervisionNotice"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/supervision-notices/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a supervision notice sent to your unit (recorded on the case)
         * @description Needs the permission `cases.handle`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                    };
                };
            };
            responses: {
                /** @description The answered notice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupervisionNotice"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/deadline-warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deadline warnings for your unit (or your subtree), newest first
         * @description Needs the permission `loop.read`.
         */
        get: {
            parameters: {
                query?: {
                    level?: "nearing" | "overdue";
                    scope?: "unit" | "subtree";
                    since?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of warnings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["DeadlineWarning"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/contact/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The resident's full phone number, for the unit holding the case (every reveal is audited)
         * @description Case views show the number masked (138****1234) with `contact.revealable` true for the holder. Other units: 403; units that cannot see the case: 404.
         *
         *     Needs the permission `cases.contact.reveal`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ContactReveal"];
                };
            };
            responses: {
                /** @description The contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevealedContact"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The permission table: every role, where it may be granted, and what it may do
         * @description Needs the permission `accounts.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Roles and permissions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            roles: {
                                /** @enum {string} */
                                role: "dispatcher" | "street_staff" | "community_staff" | "grid_member" | "department_handler" | "property_manager" | "information_officer" | "supervisor" | "admin";
                                name: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                unitKinds: ("city" | "street" | "community" | "grid" | "department" | "property")[];
                                permissions: string[];
                            }[];
                            permissions: {
                                permission: string;
                                description: string;
                                cityWide: boolean;
                            }[];
                            integratorPermissions: {
                                permission: string;
                                description: string;
                            }[];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff accounts of your subtree
         * @description Needs the permission `accounts.read`.
         */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    role?: "dispatcher" | "street_staff" | "community_staff" | "grid_member" | "department_handler" | "property_manager" | "information_officer" | "supervisor" | "admin";
                    /** @description Part of a name, login or unit name */
                    q?: string;
                    disabled?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StaffAccount"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a staff account with a login (a role granted at a unit of your subtree)
         * @description Needs the permission `accounts.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewStaffAccount"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccountWithPassword"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account of your subtree
         * @description Needs the permission `accounts.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccount"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Grant another role or unit, rename, or change the login (audited with the values before)
         * @description Needs the permission `accounts.manage`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffAccountChange"];
                };
            };
            responses: {
                /** @description The account now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccount"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account: its sessions end and its tokens stop working at once
         * @description Needs the permission `accounts.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccount"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account again
         * @description Needs the permission `accounts.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccount"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a sign-in lockout (too many failed attempts)
         * @description Needs the permission `accounts.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccount"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a password: the account must choose its own at the next sign-in; its sessions end
         * @description Needs the permission `accounts.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            responses: {
                /** @description Reset */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccountWithPassword"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/sessions/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of an account (a lost phone, a shared computer)
         * @description Needs the permission `accounts.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionsEnded: number;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's API tokens
         * @description Needs the permission `tokens.manage`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StaffToken"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token for an account (a service account for a script, say); shown once
         * @description Needs the permission `tokens.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewStaffToken"];
                };
            };
            responses: {
                /** @description The token */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedStaffToken"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a staff member's API token
         * @description Needs the permission `tokens.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffToken"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city's integrator API keys
         * @description Needs the permission `api-keys.manage`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Keys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["IntegratorKey"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Issue an integrator API key (secret, shown once; scoped to the city or a subtree and to permissions)
         * @description Needs the permission `api-keys.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewIntegratorKey"];
                };
            };
            responses: {
                /** @description The key */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedIntegratorKey"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an integrator API key (refused at once on every API process)
         * @description Needs the permission `api-keys.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntegratorKey"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first: sign-ins, permission changes, phone reveals (your subtree; the whole city from the command centre)
         * @description Needs the permission `audit.read`.
         */
        get: {
            parameters: {
                query?: {
                    action?: string | string[];
                    /** @description Events by or about this account */
                    accountId?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Audit events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AuditEvent"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live changes to the cases you can see (server-sent events)
         * @description A `text/event-stream` for inboxes and consoles. Every connection starts with a `ready` event; then each change to a case the caller may see (the same rule as `GET /staff/cases/{id}`) is a `case` event: `{ event: { type, seq, status }, case: StaffCaseSummary }`. Clients apply it to the rows they show and reload their list whenever the stream (re)opens, since nothing is replayed. A comment line keeps the connection open every 15 s; the server ends a stream after 30 min and the client reconnects.
         *
         *     Needs the permission `cases.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest categories and handling units for a text (staff of units that route cases)
         * @description Needs the permission `suggestions.use`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuggestionRequest"];
                };
            };
            responses: {
                /** @description Ranked categories and units, with the words and facts behind them */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoutingSuggestion"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/suggestions/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How often dispatchers accepted the suggestions, per model version (the command centre's managers)
         * @description Needs the permission `suggestions.report`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Start (inclusive); default 30 days before `to`. */
                    from?: string;
                    /** @description End (exclusive); default just after now. */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Acceptance per model version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuggestionAcceptance"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The routing suggestion for a case, and the latest decision on it (its holder and the units above)
         * @description Needs the permission `suggestions.use`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The suggestion */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseRoutingSuggestion"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/cases/{id}/suggestion/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or override a case's routing suggestion (records the decision; dispatching is its own action)
         * @description Needs the permission `suggestions.use`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A retry with the same key returns the first record instead of counting the decision twice. */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuggestionDecisionBody"];
                };
            };
            responses: {
                /** @description The decision as recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decision: components["schemas"]["SuggestionDecision"];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buildings, searchable by name, address or register code, filtered by grid, community, street or property company */
        get: {
            parameters: {
                query?: {
                    /** @description The city id; defaults to the platform's city. The Huying-City header works too. */
                    city?: string;
                    q?: string;
                    gridUnitId?: string;
                    communityUnitId?: string;
                    streetUnitId?: string;
                    propertyUnitId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of buildings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Building"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One building with its grid, community, street and property company */
        get: {
            parameters: {
                query?: {
                    /** @description The city id; defaults to the platform's city. The Huying-City header works too. */
                    city?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The building */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuildingDetail"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The building's open problems, as the public may see them
         * @description Complaints and requests for help still being handled at the building, newest first: kind, category, status and the unit on it. Never any text, name, phone or tracking code.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The city id; defaults to the platform's city. The Huying-City header works too. */
                    city?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open problems */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            data: components["schemas"]["PublicCaseSummary"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/building-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import buildings from CSV or JSON Lines (administrators)
         * @description Columns/fields: `code` (optional register code, the key a re-import matches on; without it grid + name), `name`, `address`, `grid` (id, unique name, or 街道/社区/网格 path), `property` (optional: id or name), `latitude` and `longitude` (optional, both or neither). Every row is checked first; any bad row refuses the whole file with each bad row's line and reason (`import-rejected`), and a good file is written in one transaction. An administrator below the city may only place buildings in grids of their own subtree.
         *
         *     Needs the permission `buildings.import`.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Check only; write nothing */
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The register file; `.csv`, `.jsonl` or `.ndjson`
                         */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description What was (or, for a dry run, would be) imported */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuildingImportReport"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings/{id}/signs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the building's sign, with scan counts
         * @description For staff of the building's grid and the units above it, and its property company.
         *
         *     Needs the permission `signs.manage`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sign versions, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SignSummary"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Reprint: issue the next version of the sign and withdraw the old one
         * @description The old sign's QR code is refused from the moment this returns. Use it when a sign is damaged, stolen or defaced.
         *
         *     Needs the permission `signs.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 原标识被损坏，重新制作 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The new sign */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedSign"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings/{id}/signs/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the building's sign without a replacement
         * @description Needs the permission `signs.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 原标识被损坏，重新制作 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The withdrawn sign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignSummary"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buildings/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The building's current sign, print-ready (PDF or SVG, A4)
         * @description Issues version 1 if the building has no sign yet; otherwise prints the current version again (same QR code). `perPage` 4 or 9 fills an A4 sheet with copies to cut apart, one for each entrance. To replace a damaged sign, reprint with `POST /buildings/{id}/signs` first.
         *
         *     Needs the permission `signs.manage`.
         */
        get: {
            parameters: {
                query?: {
                    format?: "pdf" | "svg";
                    perPage?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/svg+xml": string;
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qr/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a sign's QR token names: its building and the sign's version
         * @description Verifies the token server-side. A forged or altered token is a 400 `qr-token-invalid`; a sign that was reprinted or withdrawn, or whose key was retired, is a 410 `qr-token-revoked`. Reading a token here does not count as a scan (the `/s/{token}` page does).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sign and its building */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScannedSign"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a photo or document
         * @description One file per request, as multipart/form-data. JPEG, PNG and WebP for residents (PDF too for staff), decided from the bytes; EXIF, XMP and text metadata (camera, time, GPS) are removed. A resident then lists the returned `id` in `attachmentIds` when submitting the case, within a day.
         *
         *     Needs the permission `attachments.upload` when called as staff.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                        /**
                         * Format: uuid
                         * @description Staff only: attach to this case at once (evidence for a reply).
                         */
                        caseId?: string;
                    };
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UploadedAttachment"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An attachment’s content
         * @description For the signed `url` that case views carry (`expires` + `signature`), for the resident with the case’s secret or phone digits, or for staff who can see the case.
         *
         *     Needs the permission `cases.read` when called as staff.
         */
        get: {
            parameters: {
                query?: {
                    expires?: number;
                    signature?: string;
                    secret?: string;
                    phoneLast4?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/track/{code}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates of a case (server-sent events)
         * @description A `text/event-stream` that sends the case again whenever it changes, without polling. With the secret or phone digits (the `Huying-Case-Secret` / `Huying-Phone-Last4` headers, or the query) each event is `case` with the whole resident view; without them it is `status` with the public status. Each event’s `id` is the case’s event sequence number: reconnect with `Last-Event-ID` and the stream sends the case only if it changed meanwhile. A comment line keeps the connection open every 15 s; the server ends a stream after 30 min and the client reconnects.
         */
        get: {
            parameters: {
                query?: {
                    secret?: string;
                    phoneLast4?: string;
                    /** @description For clients that cannot send the Last-Event-ID header. */
                    lastEventId?: number | null;
                };
                header?: {
                    "last-event-id"?: string;
                    "huying-case-secret"?: string;
                    "huying-phone-last4"?: string;
                };
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/similar-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open cases that may be the problem being reported
         * @description Open cases of the same category at the same building or in its community (same building first), or of any category whose text is close to `q`. Only non-personal fields: no text, no contact, no tracking code. Offer them before filing, so a resident can follow one instead.
         */
        get: {
            parameters: {
                query: {
                    buildingId: string;
                    categoryId?: string;
                    /** @description The description typed so far: it ranks and widens the match and is never stored. */
                    q?: string;
                    limit?: number;
                    city?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Suggestions, best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SimilarCase"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/similar-cases/{ref}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Follow an open case ("me too") instead of filing a duplicate
         * @description Counts the resident as affected and returns a follow link of their own (status and live updates, nothing personal). A phone, if given, lets the handling unit call back; one follow per phone (following again renews the link). Send an Idempotency-Key so a retry counts once.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FollowCase"];
                };
            };
            responses: {
                /** @description Following */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowReceipt"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follows/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case a follow link opens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case as the public may see it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: components["schemas"]["PublicCase"];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follows/{token}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates of a followed case (server-sent events)
         * @description Like `/track/{code}/events`: a `public` event with the public view whenever the case changes; `Last-Event-ID` resumes.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "last-event-id"?: string;
                };
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/site-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city’s site keys
         * @description Needs the permission `site-keys.manage`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Site keys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SiteKey"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Issue a site key for a website
         * @description The key goes in the page (`site-key` attribute); requests from browsers on other origins are refused.
         *
         *     Needs the permission `site-keys.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateSiteKey"];
                };
            };
            responses: {
                /** @description Issued */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteKey"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/site-keys/{key}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a site key
         * @description Pages using it stop working within 30 seconds on every API process.
         *
         *     Needs the permission `site-keys.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteKey"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search laws, regulations, cases and service guides in everyday words
         * @description Chinese text is matched by character bigrams, so two-character words (低保, 医保) are found; everyday words are mapped to statute words by the city's lexicon. Results are documents, best first, each with its best articles and highlighted snippets.
         */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
                    cursor?: string;
                    /** @description Categories (comma-separated), e.g. 社会法,地方性法规 */
                    category?: string | string[];
                    region?: string | string[];
                    level?: string | string[];
                    source?: string | string[];
                    province?: string;
                    /** @description Superseded versions are searched only when asked for. */
                    status?: "in_force" | "superseded" | "all";
                    /** @description Promulgated on or after (YYYY-MM-DD) */
                    from?: string;
                    /** @description Promulgated on or before (YYYY-MM-DD) */
                    to?: string;
                    city?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbSearchPage"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the knowledge base holds, by category, region, level, province and source */
        get: {
            parameters: {
                query?: {
                    city?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts of documents in force */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbFacets"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A whole document: its articles under their chapters, its dates and versions */
        get: {
            parameters: {
                query?: {
                    city?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbDocument"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article with its document and the articles before and after it */
        get: {
            parameters: {
                query?: {
                    city?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbArticleDetail"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles that may answer a case, from its own words (for staff answering a consultation)
         * @description Needs the permission `kb.read`.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Suggested documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbSearchPage"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/lexicon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The synonyms and stop-words search uses: built-in ones with the city's changes, and its own
         * @description Needs the permission `kb.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The lexicon */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["KbLexiconEntry"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/lexicon/{kind}/{term}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or change a synonym (everyday word → statute words), or add a stop-word
         * @description For information officers and administrators. Search uses the change at once.
         *
         *     Needs the permission `kb.lexicon.edit`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "synonyms" | "stopwords";
                    term: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KbLexiconChange"];
                };
            };
            responses: {
                /** @description The entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbLexiconEntry"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a synonym or stop-word (a built-in one is switched off, and can be put back)
         * @description Needs the permission `kb.lexicon.edit`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "synonyms" | "stopwords";
                    term: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kb/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city's knowledge-base settings and corpus size
         * @description Needs the permission `kb.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbSettings"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Set which places count as local for ranking (administrators)
         * @description Needs the permission `kb.settings.edit`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KbSettingsChange"];
                };
            };
            responses: {
                /** @description Settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbSettings"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is on duty now (or at a given moment), who is next, and any gap in the rota
         * @description Needs the permission `roster.read`.
         */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Duty now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RosterNow"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city's information officers, who stand duty
         * @description Needs the permission `roster.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Officers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["RosterAccount"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shifts in a period (default: the next 7 days)
         * @description Needs the permission `roster.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Default: now */
                    from?: string;
                    /** @description Default: 7 days after from; at most 62 days after it */
                    to?: string;
                    accountId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Shifts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["RosterShift"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Put an information officer on duty for a period (up to 24 hours)
         * @description Needs the permission `roster.plan`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewRosterShift"];
                };
            };
            responses: {
                /** @description The shift */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RosterShift"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a shift
         * @description Needs the permission `roster.plan`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a shift: its times, its officer (a swap) or its note
         * @description Needs the permission `roster.plan`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RosterShiftChange"];
                };
            };
            responses: {
                /** @description The shift */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RosterShift"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/roster/rota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a rota: repeat a day's shifts over a period, officers taking turns (those on leave are passed over)
         * @description Needs the permission `roster.plan`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RotaPlan"];
                };
            };
            responses: {
                /** @description The shifts planned and the gaps left */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            shifts: components["schemas"]["RosterShift"][];
                            gaps: components["schemas"]["RosterGap"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gaps in the rota over a period (default: the next 7 days): times when nobody is on duty
         * @description Needs the permission `roster.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Default: now */
                    from?: string;
                    /** @description Default: 7 days after from; at most 62 days after it */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Coverage */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RosterCoverage"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/leaves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Officers' holidays and other leave in a period
         * @description Needs the permission `roster.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Default: now */
                    from?: string;
                    /** @description Default: 7 days after from; at most 62 days after it */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Leave */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["RosterLeave"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record an officer's holiday or other leave; their shifts in it stop counting as cover
         * @description Needs the permission `roster.plan`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewRosterLeave"];
                };
            };
            responses: {
                /** @description The leave */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RosterLeave"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/leaves/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a leave
         * @description Needs the permission `roster.plan`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Handovers between shifts, newest first; `pending=true` for those waiting for you
         * @description Needs the permission `roster.read`.
         */
        get: {
            parameters: {
                query?: {
                    pending?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Handovers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["RosterHandover"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Hand over your shift (交接班): notes for the next officer; your open consultations go with it
         * @description Needs the permission `roster.duty`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewRosterHandover"];
                };
            };
            responses: {
                /** @description The handover */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RosterHandover"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/handovers/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a handover: its open consultations are assigned to you
         * @description Needs the permission `roster.duty`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The handover */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RosterHandover"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consultations routed to officers on duty (`mine=true`: to you), newest first
         * @description Needs the permission `roster.read`.
         */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    mine?: "true" | "false";
                    open?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Assignments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["CaseAssignment"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kiosk/device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling kiosk’s registration
         * @description A kiosk sends its device key in `Huying-Device-Key` on every request. This returns its hall, place, notices and the hash its staff corner checks the PIN against. 403 `kiosk-key-invalid` for an unknown key, `kiosk-revoked` for a withdrawn kiosk.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The kiosk */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KioskDevice"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/kiosks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city’s kiosks
         * @description Needs the permission `kiosks.manage`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kiosks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Kiosk"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a kiosk
         * @description Returns the device key once: put it in the kiosk’s build (`VITE_HUYING_DEVICE_KEY`) or open the kiosk once with `?device-key=`. Only its hash is kept.
         *
         *     Needs the permission `kiosks.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateKiosk"];
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kiosk: components["schemas"]["Kiosk"];
                            deviceKey: string;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/kiosks/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the notices a kiosk shows between visitors
         * @description Administrators, and staff of the hall’s community or a unit above it.
         *
         *     Needs the permission `kiosks.notices`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        notices: {
                            zh?: string | null;
                            en?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The kiosk */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Kiosk"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/kiosks/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a kiosk’s staff PIN
         * @description The kiosk picks the new PIN up when it next loads its registration.
         *
         *     Needs the permission `kiosks.manage`.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pin: string;
                    };
                };
            };
            responses: {
                /** @description The kiosk */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Kiosk"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/kiosks/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a kiosk
         * @description Its device key is refused from then on (within 30 seconds on other API processes); the kiosk says so on screen.
         *
         *     Needs the permission `kiosks.manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Kiosk"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API key’s subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Subscriptions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["WebhookSubscription"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe to case events
         * @description Deliveries are signed with the returned `signingSecret`; see docs/webhooks.md.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateWebhookSubscription"];
                };
            };
            responses: {
                /** @description Subscribed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedWebhookSubscription"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscription */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The subscription */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookSubscription"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a subscription
         * @description No further deliveries are made; the waiting ones are cancelled. Its deliveries stay readable.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookSubscription"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription’s deliveries, newest first */
        get: {
            parameters: {
                query?: {
                    status?: components["schemas"]["WebhookDeliveryStatus"];
                    limit?: number;
                    /** @description The `nextBefore` of the previous page. */
                    before?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deliveries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["WebhookDelivery"][];
                            /** Format: uuid */
                            nextBefore: string | null;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its attempt log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryDetail"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Queues the delivery to be sent at once, with the same body and a fresh retry budget.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hotlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hotline directory: every unit’s public numbers
         * @description Search by any part of a number or by the unit’s name.
         */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    unitId?: string;
                    /** @description service 服务热线, consult 咨询电话, complaint 投诉电话 */
                    label?: components["schemas"]["HotlineLabel"];
                    limit?: number;
                    offset?: number | null;
                    city?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Numbers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Hotline"][];
                            total: number;
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/hotline/callers/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How often a caller called before
         * @description For the operator while the phone rings. The number is sent in the body so that it stays out of URLs and logs.
         *
         *     Needs the permission `hotline.intake`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HotlineCallerLookup"];
                };
            };
            responses: {
                /** @description The caller’s history */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HotlineCallerHistory"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/hotline/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a hotline call as a case
         * @description Files a case of channel `hotline`, routed by the city’s intake rules, and records the call. A consultation answered on the call is resolved at once.
         *
         *     Needs the permission `hotline.intake`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LogHotlineCall"];
                };
            };
            responses: {
                /** @description Logged */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoggedHotlineCall"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/assessment/months": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The months that have an assessment table, newest first
         * @description Needs the permission `assessment.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Months */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @example 2026-03 */
                                month: string;
                                revisions: number;
                                /** Format: date-time */
                                latestAsOf: string;
                            }[];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/assessment/months/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A month's assessment table (考核表): every unit's figures, rates, score, coefficient and rank within its level
         * @description Needs the permission `assessment.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A stored revision (default: the latest). */
                    revision?: number;
                };
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The table */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentTable"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/assessment/months/{month}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every stored revision of a month, newest first
         * @description Needs the permission `assessment.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AssessmentRevision"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/assessment/months/{month}/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a closed month again, as of now
         * @description Reads the month from the ledgers as they stand now and scores it with the configuration in force for that month. When anything changed since the latest revision (a late rating, a reopening, an answered notice) a new revision is stored and the earlier ones kept; otherwise the latest is returned with `created: false`. A month that is not over is refused with `month-not-closed`.
         *
         *     Needs the permission `assessment.generate`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nothing changed: the latest revision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description False when nothing changed since the latest revision, which is returned. */
                            created: boolean;
                            table: components["schemas"]["AssessmentTable"];
                        };
                    };
                };
                /** @description A new revision */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description False when nothing changed since the latest revision, which is returned. */
                            created: boolean;
                            table: components["schemas"]["AssessmentTable"];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/assessment/months/{month}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stored table as CSV or XLSX (one sheet per level, number formats, frozen headings)
         * @description Needs the permission `assessment.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A stored revision (default: the latest). */
                    revision?: number;
                    format?: "csv" | "xlsx";
                    /** @description Language of the headings, level names and unit names. */
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/assessment/months/{month}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cases behind one figure of a stored table (drill-down)
         * @description Lists exactly the rows the figure counted, read as of the revision's `asOf`, so `total` always equals the figure. Only for your own unit and the units below it.
         *
         *     Needs the permission `assessment.read`.
         */
        get: {
            parameters: {
                query: {
                    /** @description A stored revision (default: the latest). */
                    revision?: number;
                    unitId: string;
                    measure: "received" | "acceptDue" | "acceptOnTime" | "responseDue" | "responseOnTime" | "resolved" | "resolutionDue" | "resolutionOnTime" | "judged" | "judgedResolved" | "firstRated" | "firstSatisfied" | "firstBasicallySatisfied" | "firstUnsatisfied" | "finalRated" | "finalSatisfied" | "finalBasicallySatisfied" | "finalUnsatisfied" | "returns" | "returnsUpheld" | "returnsRejected" | "reopened" | "overdueDeadlines" | "overdueCases" | "jointParts" | "jointPartsDue" | "jointPartsOnTime" | "notices" | "noticesAnswered" | "noticesAnsweredOnTime" | "noticesUnansweredOverdue";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentDrillDown"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/assessment/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city's scoring configurations, newest version first, and the one in force this month
         * @description Needs the permission `assessment.read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inForce: components["schemas"]["AssessmentConfigVersion"];
                            versions: components["schemas"]["AssessmentConfigVersion"][];
                        };
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a scoring configuration version (weights, satisfaction coefficient bands), in force from a month on
         * @description A version starts in the current month or later; a closed month keeps the rules it ran under.
         *
         *     Needs the permission `assessment.config.edit`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssessmentConfigBody"];
                };
            };
            responses: {
                /** @description The new version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentConfigVersion"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/analytics/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live analysis: volume by channel and kind, categories, hot spots, deadline performance, satisfaction, time per step
         * @description Needs the permission `analytics.read`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First month shown (default: eleven months before `to`). */
                    from?: string;
                    /** @description Last month shown (default: this month). */
                    to?: string;
                    /** @description Points per day or per month (default: day up to three months, else month). */
                    interval?: "day" | "month";
                    /** @description A unit of your subtree (default: your own unit). */
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dashboard */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsDashboard"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This month's public figures: cases resolved, satisfaction, mean time to the first response
         * @description For the city, or with `unitId` for a unit and the units below it (a kiosk without `unitId` shows its own hall's community or street). Counted in the city's time zone; no personal data.
         */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    city?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicStats"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/discovery.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service discovery
         * @description Where the GeoReport v2 endpoint is, its formats, and how to obtain an API key.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The city id (e.g. zhaoyuan); the API key's city, or the platform's, when left out. */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    /** @description json or xml */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The discovery document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Discovery"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services
         * @description One service per active category of the city (the service code is the category code), plus `other` for requests the command centre classifies.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The city id (e.g. zhaoyuan); the API key's city, or the platform's, when left out. */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    /** @description json or xml */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The services */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Service"][];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{service_code}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service definition
         * @description The attributes a request of this service may answer: the kind of request, its urgency and a title.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The city id (e.g. zhaoyuan); the API key's city, or the platform's, when left out. */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    service_code: string;
                    /** @description json or xml */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The service definition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311ServiceDefinition"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query service requests
         * @description Newest first. Without dates, the last 90 days; start_date and end_date may not span more than 90 days. service_request_id overrides every other filter. Pages of up to 1000 (page, page_size). A key limited to a unit sees the cases its subtree holds.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The city id (e.g. zhaoyuan); the API key's city, or the platform's, when left out. */
                    jurisdiction_id?: string;
                    /** @description An integrator API key holding open311.read (or send it as a bearer token or the Huying-Api-Key header). */
                    api_key?: string;
                    /** @description true adds `extended_attributes` (tracking code, detailed status, kind, channel, holder, round). */
                    extensions?: "true" | "false";
                    /** @description en for English status notes; Chinese otherwise (Accept-Language works too). */
                    locale?: string;
                    /** @description Tracking codes, comma-delimited */
                    service_request_id?: string;
                    /** @description Service codes, comma-delimited */
                    service_code?: string;
                    /** @description ISO 8601 with a time zone; requests filed at or after it */
                    start_date?: string;
                    /** @description ISO 8601 with a time zone; requests filed before it */
                    end_date?: string;
                    /** @description open, closed, or both comma-delimited */
                    status?: string;
                    /** @description From 1 */
                    page?: string;
                    /** @description 1 to 1000 */
                    page_size?: string;
                };
                header?: never;
                path: {
                    /** @description json or xml */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Request"][];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        /**
         * File a service request
         * @description Files a case (channel `open311`), routed like any other. Form-encoded; needs an API key holding open311.submit. Say where with lat and long, address_string or address_id (a building id). Answers to the service's attributes go as attribute[kind], attribute[urgency], attribute[title]. email, device_id and account_id are accepted but not kept. Send an Idempotency-Key header so a retry files nothing twice.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description json or xml */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": components["schemas"]["Open311RequestForm"];
                };
            };
            responses: {
                /** @description The new request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Created"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{service_request_id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request */
        get: {
            parameters: {
                query?: {
                    /** @description The city id (e.g. zhaoyuan); the API key's city, or the platform's, when left out. */
                    jurisdiction_id?: string;
                    /** @description An integrator API key holding open311.read (or send it as a bearer token or the Huying-Api-Key header). */
                    api_key?: string;
                    /** @description true adds `extended_attributes` (tracking code, detailed status, kind, channel, holder, round). */
                    extensions?: "true" | "false";
                    /** @description en for English status notes; Chinese otherwise (Accept-Language works too). */
                    locale?: string;
                };
                header?: never;
                path: {
                    /** @description The tracking code */
                    service_request_id: string;
                    /** @description json or xml */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A list of one request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Request"][];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{token_id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request behind a token
         * @description Requests are created at once, so every token resolves; the token is the one POST requests answered with.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The city id (e.g. zhaoyuan); the API key's city, or the platform's, when left out. */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    token_id: string;
                    /** @description json or xml */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The token and its request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Token"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description GeoReport v2 errors */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openapi: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every problem type the API answers with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalogue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProblemType"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One problem type (the `type` of a problem resolves here) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The problem type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProblemType"];
                    };
                };
                /** @description No such problem type */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            engine?: "pglite" | "postgres";
        };
        Problem: {
            /** @example /problems/validation-failed */
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            requestId?: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        SubmittedCase: {
            trackingCode: string;
            secret: string;
            trackingUrl: string;
            case: components["schemas"]["ResidentCaseView"];
        };
        ResidentCaseView: components["schemas"]["CaseStatusView"] & {
            title: string;
            description: string;
            channel: components["schemas"]["Channel"];
            urgency: components["schemas"]["Urgency"];
            category: components["schemas"]["CategorySummary"];
            place: components["schemas"]["Place"];
            holder: components["schemas"]["UnitSummary"];
            attachments: components["schemas"]["AttachmentView"][];
            contact: {
                name: string | null;
                phone: string | null;
            } | null;
            round: number;
            rating: components["schemas"]["RatingLevel"];
            timeline: components["schemas"]["TimelineEntry"][];
        };
        /** @enum {string} */
        CaseKind: "complaint" | "help" | "consultation" | "suggestion" | "praise";
        /** @enum {string} */
        CaseStatus: "submitted" | "accepted" | "in_handling" | "joint_handling" | "awaiting_resident" | "returned" | "resolved" | "rated" | "closed";
        /** @enum {string} */
        Channel: "qr" | "kiosk" | "web" | "hotline" | "patrol" | "open311" | "counter";
        /** @enum {string} */
        Urgency: "normal" | "urgent";
        CategorySummary: {
            /** Format: uuid */
            id: string;
            code: string;
            level1: string;
            level2: string;
            level3: string;
        } | null;
        Place: {
            /** Format: uuid */
            buildingId: string | null;
            buildingName: string | null;
            address: string | null;
            latitude: number | null;
            longitude: number | null;
        };
        UnitSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "city" | "street" | "community" | "grid" | "department" | "property";
        };
        AttachmentView: components["schemas"]["Attachment"] & {
            /** @description A signed link to the content, valid for one to two hours; null or absent when the file is not stored on the platform or the view carries no links. */
            url?: string | null;
        };
        Attachment: {
            id: string;
            name: string;
            contentType: string;
            size: number;
        };
        /** @enum {string|null} */
        RatingLevel: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
        TimelineEntry: {
            seq: number;
            type: string;
            /** Format: date-time */
            at: string;
            status: components["schemas"]["CaseStatus"];
            unit: components["schemas"]["UnitSummary"];
            fromUnit: components["schemas"]["UnitSummary"] & (Record<string, never> | null);
            message: string | null;
            attachments: components["schemas"]["AttachmentView"][];
            rating: components["schemas"]["RatingLevel"];
            citations: components["schemas"]["CitationLink"][];
        };
        CitationLink: components["schemas"]["Citation"] & {
            /** @description Where the resident reads the cited provision (an API path of the knowledge base) */
            href: string;
        };
        Citation: {
            documentId: string;
            title: string;
            articleNumber: string | null;
            articleId: string | null;
            version: string | null;
        };
        CaseStatusView: {
            trackingCode: string;
            kind: components["schemas"]["CaseKind"];
            status: components["schemas"]["CaseStatus"];
            open: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "kind": "complaint",
         *       "channel": "web",
         *       "address": "招远市温泉街道金晖社区丽景苑小区",
         *       "description": "小区门口人行道堆放沙石水泥，妨碍通行，请尽快清理。",
         *       "contact": {
         *         "phone": "13812341234"
         *       }
         *     }
         */
        SubmitCase: {
            kind: components["schemas"]["CaseKind"];
            /**
             * @description Public submissions come from the web or a QR scan; other channels have their own authenticated intake.
             * @default web
             * @enum {string}
             */
            channel?: "qr" | "web";
            urgency?: components["schemas"]["Urgency"];
            /** Format: uuid */
            categoryId?: string | null;
            /** Format: uuid */
            buildingId?: string | null;
            /** @description The token of the scanned sign (the last part of its `/s/{token}` address). It sets the building and the channel `qr`; a different `buildingId` beside it is refused. */
            qrToken?: string | null;
            address?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            title?: string | null;
            /** @description Photos uploaded beforehand with POST /attachments (each claimed once, within a day). */
            attachmentIds?: string[];
            description: string;
            /** @description Leave out to report anonymously. */
            contact?: {
                name?: string | null;
                phone?: string | null;
            } | null;
            /** @enum {string} */
            language?: "zh-CN" | "en";
        };
        City: {
            id: string;
            name: string;
            nameEn: string;
            province: string;
            timeZone: string;
            hotline: string;
        };
        Category: {
            /** Format: uuid */
            id: string;
            code: string;
            level1: string;
            level2: string;
            level3: string;
            /** Format: uuid */
            ownerUnitId: string | null;
        };
        Unit: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "city" | "street" | "community" | "grid" | "department" | "property";
            name: string;
            nameEn: string | null;
            /** Format: uuid */
            parentId: string | null;
            phones: {
                label: string;
                number: string;
            }[];
        };
        SignedIn: {
            staff: components["schemas"]["StaffProfile"];
            /** @description Send as `x-csrf-token` with every write made with the session cookie. */
            csrfToken: string;
        };
        StaffProfile: {
            /** Format: uuid */
            accountId: string;
            cityId: string;
            displayName: string;
            login: string | null;
            /** @enum {string} */
            role: "dispatcher" | "street_staff" | "community_staff" | "grid_member" | "department_handler" | "property_manager" | "information_officer" | "supervisor" | "admin";
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "street" | "community" | "grid" | "department" | "property";
            };
            /** @description What the role, at this unit, may do: the staff pages show only what these allow. */
            permissions: string[];
            /** @description An administrator reset the password: everything but this profile, sign-out and POST /auth/password is refused until it is changed. */
            mustChangePassword: boolean;
            /**
             * @description How this request signed in.
             * @enum {string}
             */
            auth: "session" | "token";
            /**
             * Format: date-time
             * @description For a session: when it ends if unused (idle limit or its absolute end).
             */
            sessionEndsAt: string | null;
        };
        /**
         * @example {
         *       "login": "dispatcher",
         *       "password": "huying-demo-2026"
         *     }
         */
        SignIn: {
            /** @description The city's id; default: the Huying-City header, else the platform's city. */
            city?: string;
            login: string;
            password: string;
        };
        StaffMe: components["schemas"]["StaffProfile"] & {
            csrfToken?: string;
        };
        PasswordChange: {
            currentPassword: string;
            newPassword: string;
        };
        StaffToken: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            label: string;
            /** @description The first characters of the token, to tell tokens apart. */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdByAccountId: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        IssuedStaffToken: components["schemas"]["StaffToken"] & {
            /** @description The token itself, shown this once: `Authorization: Bearer <token>`. */
            token: string;
        };
        NewStaffToken: {
            /** @example 派单脚本 */
            label: string;
            /** @description Without it the token lasts until revoked. */
            expiresInDays?: number;
        };
        StaffCaseSummary: {
            /** Format: uuid */
            id: string;
            trackingCode: string;
            kind: components["schemas"]["CaseKind"];
            channel: components["schemas"]["Channel"];
            urgency: components["schemas"]["Urgency"];
            status: components["schemas"]["CaseStatus"];
            title: string;
            category: components["schemas"]["CategorySummary"];
            building: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            holder: components["schemas"]["UnitSummary"];
            round: number;
            hops: number;
            /**
             * Format: date-time
             * @description The earliest running deadline.
             */
            dueAt: string | null;
            /** Format: date-time */
            resolutionDueAt: string | null;
            /** @description The most pressing deadline and how it stands now: overdue before nearing (the warning time passed) before running before paused, then the earliest. */
            deadline: {
                step: components["schemas"]["DeadlineStep"];
                /** @enum {string} */
                state: "running" | "nearing" | "overdue" | "paused";
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                warnAt: string;
            } | null;
            /** @description Supervision notices on the case not answered yet. */
            openSupervisions: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        DeadlineStep: "accept" | "first_response" | "resolution" | "part";
        StaffCaseView: {
            /** Format: uuid */
            id: string;
            trackingCode: string;
            kind: components["schemas"]["CaseKind"];
            channel: components["schemas"]["Channel"];
            urgency: components["schemas"]["Urgency"];
            status: components["schemas"]["CaseStatus"];
            title: string;
            category: components["schemas"]["CategorySummary"];
            holder: components["schemas"]["UnitSummary"];
            round: number;
            hops: number;
            /**
             * Format: date-time
             * @description The earliest running deadline.
             */
            dueAt: string | null;
            /** Format: date-time */
            resolutionDueAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            open: boolean;
            version: number;
            description: string;
            language: string;
            place: components["schemas"]["Place"];
            attachments: components["schemas"]["Attachment"][];
            contact: {
                name: string | null;
                /** @description Always masked (138****1234). */
                phone: string | null;
                /** @description Your unit holds the case: POST …/contact/reveal gives the full number (audited). */
                revealable: boolean;
            } | null;
            rating: components["schemas"]["RatingLevel"];
            arrival: string;
            /** Format: uuid */
            dispatcherUnitId: string | null;
            /** Format: uuid */
            returnedByUnitId: string | null;
            joint?: unknown;
            coUnitIds: string[];
            deadlines: components["schemas"]["Deadline"][];
            /** Format: date-time */
            acceptDueAt: string | null;
            /** Format: date-time */
            firstResponseDueAt: string | null;
            /**
             * Format: date-time
             * @description Set while the case waits for the resident: the clock is stopped.
             */
            pausedAt: string | null;
            /**
             * Format: date-time
             * @description When the platform closes the resolved or rated case by itself.
             */
            closesAt: string | null;
            supervisions: components["schemas"]["OpenSupervision"][];
            pendingExtension: components["schemas"]["ExtensionRequest"];
            firstRating: components["schemas"]["RatingLevel"];
            finalRating: components["schemas"]["RatingLevel"];
            returnRulings: {
                /** Format: date-time */
                at: string;
                returnedByUnitId: string;
                upheld: boolean;
                /** Format: uuid */
                rulingUnitId: string | null;
            }[];
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            respondedAt: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            allowedActions: string[];
            timeline: {
                seq: number;
                type: string;
                /** Format: date-time */
                at: string;
                actor: {
                    /** @enum {string} */
                    type: "resident" | "staff" | "system";
                    /** Format: uuid */
                    accountId: string | null;
                    /** Format: uuid */
                    unitId: string | null;
                };
                fromStatus: components["schemas"]["CaseStatus"] & (string | null);
                toStatus: components["schemas"]["CaseStatus"];
                unit: components["schemas"]["UnitSummary"];
                fromUnit: components["schemas"]["UnitSummary"] & (Record<string, never> | null);
                reason: string | null;
                round: number;
                payload: {
                    [key: string]: unknown;
                };
                /** @description The deadlines after the event, when it changed them. */
                timers?: unknown;
            }[];
            residentTimeline: components["schemas"]["TimelineEntry"][];
        };
        Deadline: {
            step: components["schemas"]["DeadlineStep"];
            /** Format: uuid */
            unitId: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            warnAt: string;
            /** @enum {string} */
            basis: "clock" | "working";
            paused: {
                warnIn: number;
                dueIn: number;
            } | null;
            /** Format: date-time */
            warnedAt: string | null;
            /** Format: date-time */
            overdueAt: string | null;
            /** Format: uuid */
            noticeId: string | null;
            /** Format: date-time */
            escalateAt: string | null;
            extensions: number;
            /** @enum {string} */
            state: "paused" | "overdue" | "nearing" | "running";
        };
        OpenSupervision: {
            /** Format: uuid */
            noticeId: string;
            /** Format: uuid */
            unitId: string;
            step: components["schemas"]["DeadlineStep"] & (string | null);
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            answerDueAt: string | null;
        };
        ExtensionRequest: {
            /** @enum {string} */
            step: "resolution" | "part";
            /** Format: uuid */
            unitId: string;
            unitPath: string[];
            /** Format: date-time */
            until: string;
            reason: string;
            /** Format: date-time */
            requestedAt: string;
        } | null;
        PatrolReportReceipt: {
            trackingCode: string;
            case: components["schemas"]["StaffCaseSummary"];
        };
        /**
         * @example {
         *       "kind": "complaint",
         *       "buildingId": "8d0f8f0e-3f1e-4a53-9c1a-4a0d4f0b6c11",
         *       "description": "3号楼东侧井盖破损，夜间行人容易踩空"
         *     }
         */
        PatrolReport: {
            kind?: components["schemas"]["CaseKind"];
            urgency?: components["schemas"]["Urgency"];
            /** Format: uuid */
            categoryId?: string | null;
            /** Format: uuid */
            buildingId?: string | null;
            address?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            description: string;
            /** @description Photos you uploaded beforehand with POST /attachments (only your own, each claimed once, within a day). */
            attachmentIds?: string[];
        };
        HotSpot: {
            building: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description Cases filed at the building in the window. */
            cases: number;
            /** @description Of those, the ones still open. */
            open: number;
            /** @description The categories most filed there (up to three). */
            categories: {
                /** Format: uuid */
                id: string;
                name: string;
                cases: number;
            }[];
            /** Format: date-time */
            latestAt: string;
        };
        SupervisionBoard: {
            /** @description Cases past a running deadline, earliest first. */
            overdue: components["schemas"]["StaffCaseSummary"][];
            /** @description Cases under a supervision notice not answered yet. */
            supervised: components["schemas"]["StaffCaseSummary"][];
            /** @description Per holding unit: open cases, overdue, past the warning time, under supervision; most overdue first. */
            units: {
                unit: components["schemas"]["UnitSummary"];
                held: number;
                overdue: number;
                nearing: number;
                supervised: number;
            }[];
        };
        LoopPolicyView: components["schemas"]["LoopPolicy"] & {
            isDefault: boolean;
        };
        /**
         * @example {
         *       "amount": 5,
         *       "unit": "working_days"
         *     }
         */
        Duration: {
            amount: number;
            /** @enum {string} */
            unit: "minutes" | "hours" | "days" | "working_hours" | "working_days";
        };
        LoopPolicy: {
            /**
             * @description Where a case about a known building lands: its grid or its community.
             * @enum {string}
             */
            intakeLevel: "grid" | "community";
            /** @description A nearing warning when this share of a time limit is gone. */
            warnAtPercent: number;
            workingHours: {
                start: string;
                end: string;
            }[];
            supervisionAnswerWithin: components["schemas"]["Duration"];
            closeUnratedAfter: components["schemas"]["Duration"] & unknown;
            /** @enum {string} */
            reopenTo: "last_handler" | "dispatch_centre";
            autoEscalation: {
                enabled: boolean;
                steps: ("accept" | "first_response" | "resolution")[];
                after: components["schemas"]["Duration"] & (Record<string, never> | null);
                fromKinds: ("city" | "street" | "community" | "grid" | "department" | "property")[];
            };
        };
        CalendarYear: components["schemas"]["CalendarYearBody"] & {
            year: number;
            /**
             * @description Entered for this city, or the built-in national notice.
             * @enum {string}
             */
            origin: "city" | "national";
        };
        CalendarYearBody: {
            holidays: {
                name: string;
                from: string;
                to: string;
            }[];
            workdays: {
                date: string;
                name: string;
            }[];
            source: {
                issuer: string;
                title: string;
                /** @default null */
                reference?: string | null;
                /** @default null */
                publishedOn?: string | null;
                /**
                 * Format: uri
                 * @default null
                 */
                url?: string | null;
            };
        };
        SlaRule: components["schemas"]["SlaRuleBody"] & {
            id: string | null;
            position: number;
        };
        SlaRuleBody: {
            name: string;
            /** @default [] */
            kinds?: ("complaint" | "help" | "consultation" | "suggestion" | "praise")[];
            /** @default [] */
            urgencies?: ("normal" | "urgent")[];
            /** @default [] */
            categoryCodes?: string[];
            /** @default [] */
            categoryNames?: string[];
            accept: components["schemas"]["Duration"] & (Record<string, never> | null);
            firstResponse: components["schemas"]["Duration"] & (Record<string, never> | null);
            resolution: components["schemas"]["Duration"] & (Record<string, never> | null);
        };
        RoutingRule: {
            /** Format: uuid */
            id: string;
            position: number;
            kinds: ("complaint" | "help" | "consultation" | "suggestion" | "praise")[];
            categoryCode: string | null;
            /** Format: uuid */
            areaUnitId: string | null;
            /** Format: uuid */
            targetUnitId: string | null;
            /** @enum {string|null} */
            targetPlace: "grid" | "community" | "street" | "property" | null;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RoutingRuleBody: {
            /** @default [] */
            kinds?: ("complaint" | "help" | "consultation" | "suggestion" | "praise")[];
            /**
             * @description A category code prefix; null matches every category.
             * @default null
             */
            categoryCode?: string | null;
            /**
             * Format: uuid
             * @description Only buildings within this unit; null: anywhere.
             * @default null
             */
            areaUnitId?: string | null;
            /**
             * Format: uuid
             * @default null
             */
            targetUnitId?: string | null;
            /**
             * @description Instead of a unit: the building's grid, community, street or property company.
             * @default null
             * @enum {string|null}
             */
            targetPlace?: "grid" | "community" | "street" | "property" | null;
            /** @default null */
            note?: string | null;
            /** @description Lower comes first; default: after the last rule. */
            position?: number;
        };
        SupervisionNotice: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            trackingCode: string;
            caseTitle: string;
            unit: components["schemas"]["UnitSummary"];
            round: number;
            step: components["schemas"]["DeadlineStep"] & (string | null);
            /** Format: date-time */
            deadlineDueAt: string | null;
            reason: string;
            issuedBy: {
                /** @enum {string} */
                type: "system" | "staff";
                /** Format: uuid */
                unitId: string | null;
                /** Format: uuid */
                accountId: string | null;
            };
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            answerDueAt: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            answer: string | null;
            /** @description Open and past its answer time. */
            overdue: boolean;
        };
        DeadlineWarning: {
            id: number;
            /** Format: uuid */
            caseId: string;
            trackingCode: string;
            caseTitle: string;
            unit: components["schemas"]["UnitSummary"];
            round: number;
            step: components["schemas"]["DeadlineStep"];
            /** @enum {string} */
            level: "nearing" | "overdue";
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        RevealedContact: {
            name: string | null;
            phone: string;
            /** Format: date-time */
            revealedAt: string;
        };
        ContactReveal: {
            /** @description Why, for the audit log (e.g. 回访核实处理结果). */
            reason?: string;
        };
        StaffAccount: {
            /** Format: uuid */
            id: string;
            cityId: string;
            displayName: string;
            login: string | null;
            /** @enum {string} */
            role: "dispatcher" | "street_staff" | "community_staff" | "grid_member" | "department_handler" | "property_manager" | "information_officer" | "supervisor" | "admin";
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "street" | "community" | "grid" | "department" | "property";
            };
            permissions: string[];
            passwordSet: boolean;
            mustChangePassword: boolean;
            /** Format: date-time */
            passwordChangedAt: string | null;
            /**
             * Format: date-time
             * @description Sign-ins for the login are refused until then (too many failures).
             */
            lockedUntil: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        StaffAccountWithPassword: {
            account: components["schemas"]["StaffAccount"];
            /** @description Shown this once; hand it over in person. */
            temporaryPassword: string | null;
        };
        NewStaffAccount: {
            /** Format: uuid */
            unitId: string;
            /** @enum {string} */
            role: "dispatcher" | "street_staff" | "community_staff" | "grid_member" | "department_handler" | "property_manager" | "information_officer" | "supervisor" | "admin";
            displayName: string;
            /** @example wang.min */
            login: string;
            /** @description Without it a temporary password is made, returned once, and must be changed at the first sign-in. */
            password?: string;
        };
        StaffAccountChange: {
            /** Format: uuid */
            unitId?: string;
            /** @enum {string} */
            role?: "dispatcher" | "street_staff" | "community_staff" | "grid_member" | "department_handler" | "property_manager" | "information_officer" | "supervisor" | "admin";
            displayName?: string;
            /** @example wang.min */
            login?: string;
        };
        PasswordReset: {
            /** @description Without it a temporary password is made and returned once. */
            password?: string;
        };
        IntegratorKey: {
            /** Format: uuid */
            id: string;
            cityId: string;
            label: string;
            prefix: string;
            permissions: ("open311.submit" | "open311.read" | "webhooks.manage" | "hotline.intake")[];
            /** @description The subtree the key is limited to; null for the whole city. */
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** Format: uuid */
            createdByAccountId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        IssuedIntegratorKey: components["schemas"]["IntegratorKey"] & {
            key: string;
        };
        NewIntegratorKey: {
            /** @example 12345 热线系统 */
            label: string;
            permissions: ("open311.submit" | "open311.read" | "webhooks.manage" | "hotline.intake")[];
            /** Format: uuid */
            unitId?: string;
            expiresInDays?: number;
        };
        AuditEvent: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "login.succeeded" | "login.failed" | "login.locked" | "logout" | "password.changed" | "password.reset" | "account.created" | "account.updated" | "account.disabled" | "account.enabled" | "account.unlocked" | "sessions.revoked" | "token.created" | "token.revoked" | "api_key.created" | "api_key.revoked" | "contact.revealed";
            actor: {
                type: string;
                /** Format: uuid */
                accountId: string | null;
            };
            /** Format: uuid */
            unitId: string | null;
            target: {
                type: string;
                id: string;
            } | null;
            login: string | null;
            details: {
                [key: string]: unknown;
            };
            address: string | null;
            userAgent: string | null;
            requestId: string | null;
        };
        RoutingSuggestion: {
            modelVersion: string;
            /** @description How many of the text's terms the model reads; 0 means it had nothing to go on. */
            knownTerms: number;
            level1: {
                name: string;
                score: number;
            }[];
            categories: {
                category: components["schemas"]["SuggestionCategory"];
                /** @description Probability-like, calibrated on held-out messages. */
                score: number;
                /** @description The words that pulled hardest towards this category. */
                terms: string[];
            }[];
            /** @description The chosen category the units were ranked for, when there was one. */
            basedOnCategory: components["schemas"]["SuggestionCategory"] | null;
            units: {
                unit: components["schemas"]["UnitSummary"];
                score: number;
                reasons: components["schemas"]["UnitReason"][];
            }[];
        };
        SuggestionCategory: {
            /** Format: uuid */
            id: string;
            code: string;
            level1: string;
            level2: string;
            level3: string;
        };
        /** @description Why a unit is proposed: it owns the category, a routing rule sends the category there, it is the building's own unit, the command centre decides, or it resolved recent cases of the category (city-wide or in the same community). */
        UnitReason: {
            /** @enum {string} */
            type: "category_owner";
            /** Format: uuid */
            categoryId: string;
        } | {
            /** @enum {string} */
            type: "routing_rule";
            /** Format: uuid */
            categoryId: string;
            ruleId: string;
        } | {
            /** @enum {string} */
            type: "place";
            /** Format: uuid */
            categoryId: string;
        } | {
            /** @enum {string} */
            type: "command_centre";
            /** Format: uuid */
            categoryId: string;
        } | {
            /** @enum {string} */
            type: "history";
            /** Format: uuid */
            categoryId: string;
            resolved: number;
            share: number;
        } | {
            /** @enum {string} */
            type: "nearby_history";
            /** Format: uuid */
            categoryId: string;
            resolved: number;
            share: number;
        };
        SuggestionRequest: {
            /** @default  */
            title?: string;
            description: string;
            kind?: components["schemas"]["CaseKind"] & unknown;
            /**
             * Format: uuid
             * @description The case's building: adds where the city's rules would send it and who resolved such cases nearby.
             */
            buildingId?: string | null;
            /**
             * Format: uuid
             * @description A category already chosen: units are ranked for it instead of for the guesses.
             */
            categoryId?: string | null;
            /** @default 5 */
            limit?: number;
        };
        SuggestionAcceptance: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            data: {
                modelVersion: string;
                decisions: number;
                category: {
                    accepted: number;
                    overridden: number;
                    acceptanceRate: number | null;
                    topThreeRate: number | null;
                };
                unit: {
                    accepted: number;
                    overridden: number;
                    acceptanceRate: number | null;
                    topThreeRate: number | null;
                };
            }[];
        };
        CaseRoutingSuggestion: {
            /** Format: uuid */
            caseId: string;
            suggestion: components["schemas"]["RoutingSuggestion"];
            currentCategory: components["schemas"]["SuggestionCategory"] | null;
            decision: components["schemas"]["SuggestionDecision"] | null;
        };
        SuggestionDecision: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            modelVersion: string;
            suggested: {
                /** Format: uuid */
                categoryId: string | null;
                /** Format: uuid */
                unitId: string | null;
            };
            chosen: {
                /** Format: uuid */
                categoryId: string | null;
                /** Format: uuid */
                unitId: string | null;
            };
            /** @enum {string} */
            categoryOutcome: "accepted" | "overridden" | "undecided";
            /** @enum {string} */
            unitOutcome: "accepted" | "overridden" | "undecided";
            chosenCategoryRank: number | null;
            chosenUnitRank: number | null;
            note: string | null;
            decidedBy: {
                /** Format: uuid */
                accountId: string;
                /** Format: uuid */
                unitId: string;
            };
            /** Format: date-time */
            decidedAt: string;
        };
        SuggestionDecisionBody: {
            /**
             * Format: uuid
             * @description The category chosen: the suggested one (accept) or another (override); omit to leave undecided.
             */
            categoryId?: string | null;
            /**
             * Format: uuid
             * @description The handling unit chosen, likewise.
             */
            unitId?: string | null;
            /** @description Why, especially when overriding. */
            note?: string | null;
        };
        Building: {
            /** Format: uuid */
            id: string;
            /** @description The building's code in the city's own register, if any */
            code: string | null;
            name: string;
            address: string;
            /** Format: uuid */
            gridUnitId: string;
            /** Format: uuid */
            propertyUnitId: string | null;
            latitude: number | null;
            longitude: number | null;
        };
        BuildingDetail: {
            /** Format: uuid */
            id: string;
            code: string | null;
            name: string;
            address: string;
            latitude: number | null;
            longitude: number | null;
            grid: components["schemas"]["UnitSummary"];
            community: components["schemas"]["UnitSummary"] & (Record<string, never> | null);
            street: components["schemas"]["UnitSummary"] & (Record<string, never> | null);
            property: components["schemas"]["UnitSummary"] & (Record<string, never> | null);
        };
        /** @description An open problem at a building as the public sees it: no text, names, phones or tracking codes. */
        PublicCaseSummary: {
            kind: components["schemas"]["CaseKind"];
            status: components["schemas"]["CaseStatus"];
            category: {
                level1: string;
                level2: string;
                level3: string;
            } | null;
            holder: components["schemas"]["UnitSummary"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BuildingImportReport: {
            /** @enum {string} */
            format: "csv" | "jsonl";
            rows: number;
            inserted: number;
            updated: number;
            unchanged: number;
            dryRun: boolean;
        };
        SignSummary: {
            /** Format: uuid */
            id: string;
            serial: number;
            version: number;
            kid: number;
            /** @enum {string} */
            status: "valid" | "revoked";
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            revokedReason: string | null;
            scans: {
                total: number;
                last30Days: number;
            };
        };
        IssuedSign: {
            version: number;
            serial: number;
            /** Format: date-time */
            issuedAt: string;
            token: string;
            url: string;
        };
        ScannedSign: {
            token: string;
            url: string;
            city: {
                id: string;
                name: string;
                nameEn: string;
                hotline: string;
            };
            building: components["schemas"]["BuildingDetail"];
            sign: {
                serial: number;
                version: number;
                /** Format: date-time */
                issuedAt: string;
            };
        };
        UploadedAttachment: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description What the file is, decided from its content. */
            contentType: string;
            /** @description Bytes after metadata was removed. */
            size: number;
            width: number | null;
            height: number | null;
            /** @description A signed, expiring link to the content; null until the file belongs to a case. */
            url: string | null;
        };
        SimilarCase: components["schemas"]["PublicCase"] & {
            /** @enum {string} */
            nearness: "building" | "community";
        };
        PublicCase: {
            /**
             * Format: uuid
             * @description The case’s public reference (not its tracking code, which is the reporter’s).
             */
            ref: string;
            /** @enum {string} */
            kind: "complaint" | "help" | "consultation" | "suggestion" | "praise";
            /** @enum {string} */
            status: "submitted" | "accepted" | "in_handling" | "joint_handling" | "awaiting_resident" | "returned" | "resolved" | "rated" | "closed";
            open: boolean;
            category: {
                /** Format: uuid */
                id: string;
                level1: string;
                level2: string;
                level3: string;
            } | null;
            building: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            holder: {
                name: string;
                /** @enum {string} */
                kind: "city" | "street" | "community" | "grid" | "department" | "property";
            };
            /** @description Residents who said "me too". */
            followers: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        FollowReceipt: {
            /** @description Shown once: it opens the follower’s view of the case. */
            followToken: string;
            followUrl: string;
            case: components["schemas"]["PublicCase"];
        };
        FollowCase: {
            contact?: {
                phone?: string | null;
            } | null;
        };
        SiteKey: {
            key: string;
            cityId: string;
            label: string;
            allowedOrigins: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        /**
         * @example {
         *       "label": "金晖社区网站",
         *       "allowedOrigins": [
         *         "https://jinhui.example.gov.cn"
         *       ]
         *     }
         */
        CreateSiteKey: {
            label: string;
            allowedOrigins: string[];
        };
        KbSearchPage: {
            data: components["schemas"]["KbSearchResult"][];
            total: number;
            nextCursor: string | null;
            query: {
                words: {
                    text: string;
                    alternatives: string[];
                }[];
            };
        };
        KbSearchResult: {
            /** Format: uuid */
            documentId: string;
            title: string;
            subtitle: string | null;
            category: string;
            subcategory: string | null;
            /** @enum {string} */
            region: "national" | "province" | "city";
            province: string | null;
            locality: string | null;
            /** @enum {string} */
            issuingLevel: "constitution" | "law" | "administrative_regulation" | "departmental_rule" | "judicial_interpretation" | "local_regulation" | "case" | "service_guide" | "other";
            /** @enum {string} */
            source: "policy" | "service_guide";
            /** @enum {string} */
            status: "in_force" | "superseded";
            /** @description The version date (YYYY-MM-DD); the latest version of a title is in force. */
            version: string | null;
            promulgatedOn: string | null;
            effectiveOn: string | null;
            titleHighlights: [
                number,
                number
            ][];
            score: number;
            /** Format: uuid */
            articleId: string | null;
            articleNumber: string | null;
            snippet: components["schemas"]["KbSnippet"];
            hitCount: number;
            hits: components["schemas"]["KbSearchHit"][];
        };
        /** @description A passage of the article; highlight ranges index into its text. */
        KbSnippet: {
            text: string;
            highlights: [
                number,
                number
            ][];
        };
        KbSearchHit: {
            /** Format: uuid */
            articleId: string;
            number: string | null;
            headings: string[];
            snippet: components["schemas"]["KbSnippet"];
        };
        KbFacets: {
            categories: {
                value: string;
                count: number;
            }[];
            regions: {
                value: string;
                count: number;
            }[];
            issuingLevels: {
                value: string;
                count: number;
            }[];
            provinces: {
                value: string;
                count: number;
            }[];
            sources: {
                value: string;
                count: number;
            }[];
            statuses: {
                value: string;
                count: number;
            }[];
        };
        KbDocument: components["schemas"]["KbDocumentSummary"] & {
            history: string[];
            guide: components["schemas"]["KbServiceGuide"];
            versions: {
                /** Format: uuid */
                id: string;
                version: string | null;
                /** @enum {string} */
                status: "in_force" | "superseded";
            }[];
            articles: components["schemas"]["KbArticle"][];
        };
        KbServiceGuide: {
            department: string;
            timeLimit: string | null;
            legalTimeLimit: string | null;
            materials: string[];
            consultPhone: string | null;
            complaintPhone: string | null;
            location: string | null;
            coDepartments: string | null;
            serviceType: string | null;
            url: string | null;
        } | null;
        KbArticle: {
            /** Format: uuid */
            id: string;
            ordinal: number;
            number: string | null;
            headings: string[];
            body: string;
        };
        KbDocumentSummary: {
            /** Format: uuid */
            id: string;
            title: string;
            subtitle: string | null;
            category: string;
            subcategory: string | null;
            /** @enum {string} */
            region: "national" | "province" | "city";
            province: string | null;
            locality: string | null;
            /** @enum {string} */
            issuingLevel: "constitution" | "law" | "administrative_regulation" | "departmental_rule" | "judicial_interpretation" | "local_regulation" | "case" | "service_guide" | "other";
            /** @enum {string} */
            source: "policy" | "service_guide";
            /** @enum {string} */
            status: "in_force" | "superseded";
            /** @description The version date (YYYY-MM-DD); the latest version of a title is in force. */
            version: string | null;
            promulgatedOn: string | null;
            effectiveOn: string | null;
            issuer: string | null;
            articleCount: number;
        };
        KbArticleDetail: {
            article: components["schemas"]["KbArticle"];
            document: components["schemas"]["KbDocumentSummary"];
            previous: {
                /** Format: uuid */
                id: string;
                number: string | null;
            } | null;
            next: {
                /** Format: uuid */
                id: string;
                number: string | null;
            } | null;
        };
        KbLexiconEntry: {
            /** @enum {string} */
            kind: "synonym" | "stopword";
            term: string;
            expansions: string[];
            /** @enum {string} */
            origin: "built_in" | "edited" | "custom";
            disabled: boolean;
            /** Format: date-time */
            updatedAt: string | null;
        };
        /**
         * @example {
         *       "expansions": [
         *         "最低生活保障"
         *       ]
         *     }
         */
        KbLexiconChange: {
            /** @default [] */
            expansions?: string[];
        };
        KbSettings: {
            /** @description Places whose city-level documents rank as local, e.g. 招远市, 烟台市 */
            localAreas: string[];
            articleCount: number;
            /** Format: date-time */
            statsRefreshedAt: string | null;
        };
        /**
         * @example {
         *       "localAreas": [
         *         "招远市",
         *         "烟台市"
         *       ]
         *     }
         */
        KbSettingsChange: {
            localAreas: string[];
        };
        RosterNow: {
            /** Format: date-time */
            at: string;
            onDuty: {
                account: components["schemas"]["RosterAccount"];
                /** Format: uuid */
                shiftId: string;
                /** Format: date-time */
                until: string;
            }[];
            gap: {
                /** Format: date-time */
                until: string | null;
            } | null;
            next: {
                account: components["schemas"]["RosterAccount"];
                /** Format: uuid */
                shiftId: string;
                /** Format: date-time */
                startsAt: string;
            } | null;
            /** @description Nobody on duty now, or gaps in the next 24 hours */
            warnings: components["schemas"]["RosterWarning"][];
        };
        RosterAccount: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        RosterWarning: {
            /** @enum {string} */
            code: "rota-gap";
            message: string;
        };
        RosterShift: {
            /** Format: uuid */
            id: string;
            account: components["schemas"]["RosterAccount"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            note: string | null;
            /** @description The statutory holiday the shift starts on (节假日值班) */
            holiday: string | null;
            /** @description The officer's leave takes out part of this shift */
            onLeave: boolean;
        };
        NewRosterShift: {
            /** Format: uuid */
            accountId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            note?: string | null;
        };
        RosterShiftChange: {
            /** Format: uuid */
            accountId?: string;
            /** Format: date-time */
            startsAt?: string;
            /** Format: date-time */
            endsAt?: string;
            note?: string | null;
        };
        RosterGap: {
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            minutes: number;
            holiday: string | null;
        };
        /**
         * @example {
         *       "from": "2026-03-02",
         *       "days": 7,
         *       "slots": [
         *         {
         *           "start": "08:00",
         *           "end": "16:00"
         *         },
         *         {
         *           "start": "16:00",
         *           "end": "00:00"
         *         },
         *         {
         *           "start": "00:00",
         *           "end": "08:00"
         *         }
         *       ],
         *       "officers": [
         *         "…"
         *       ],
         *       "replace": false
         *     }
         */
        RotaPlan: {
            /** Format: date */
            from: string;
            days: number;
            slots: {
                start: string;
                end: string;
            }[];
            officers: string[];
            /**
             * @description Remove the shifts that already start in the period first
             * @default false
             */
            replace?: boolean;
        };
        RosterCoverage: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            coveredMinutes: number;
            gaps: components["schemas"]["RosterGap"][];
        };
        RosterLeave: {
            /** Format: uuid */
            id: string;
            account: components["schemas"]["RosterAccount"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            reason: string | null;
        };
        NewRosterLeave: {
            /** Format: uuid */
            accountId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            reason?: string | null;
        };
        RosterHandover: {
            /** Format: uuid */
            id: string;
            from: components["schemas"]["RosterAccount"];
            to: components["schemas"]["RosterAccount"] & (Record<string, never> | null);
            /** Format: uuid */
            shiftId: string | null;
            notes: string;
            openCases: {
                /** Format: uuid */
                id: string;
                trackingCode: string;
                title: string;
                status: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            acknowledgedAt: string | null;
            acknowledgedBy: components["schemas"]["RosterAccount"] & (Record<string, never> | null);
        };
        NewRosterHandover: {
            /** Format: uuid */
            toAccountId?: string | null;
            notes: string;
        };
        CaseAssignment: {
            /** Format: uuid */
            caseId: string;
            trackingCode: string;
            title: string;
            status: string;
            account: components["schemas"]["RosterAccount"];
            /** Format: date-time */
            assignedAt: string;
        };
        KioskDevice: {
            /** Format: uuid */
            id: string;
            label: string;
            hallName: string;
            hallNameEn: string | null;
            city: {
                id: string;
                name: string;
                nameEn: string;
                hotline: string;
            };
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
                kind: string;
            };
            place: {
                building: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                address: string;
            };
            notices: components["schemas"]["KioskNotice"][];
            /** @description How the kiosk checks its staff PIN offline: PBKDF2-SHA256 of the PIN with this salt (base64), 32 bytes. */
            adminPin: {
                /** @enum {string} */
                algorithm: "PBKDF2-SHA256";
                iterations: number;
                salt: string;
                hash: string;
            };
        };
        KioskNotice: {
            zh: string;
            en: string;
        };
        Kiosk: {
            /** Format: uuid */
            id: string;
            cityId: string;
            label: string;
            hallName: string;
            hallNameEn: string | null;
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
                kind: string;
            };
            building: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            address: string;
            /** @description The first characters of the device key, to tell keys apart. */
            keyPrefix: string;
            notices: components["schemas"]["KioskNotice"][];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the kiosk last loaded its registration.
             */
            lastSeenAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        /**
         * @example {
         *       "label": "金晖社区党群服务中心 1号机",
         *       "hallName": "金晖社区党群服务中心",
         *       "hallNameEn": "Jinhui Community Service Centre",
         *       "unitId": "00000000-0000-4000-8000-000000000000",
         *       "address": "招远市温泉街道金晖社区党群服务中心",
         *       "pin": "2580"
         *     }
         */
        CreateKiosk: {
            label: string;
            hallName: string;
            hallNameEn?: string | null;
            /**
             * Format: uuid
             * @description The community or street whose service hall the kiosk stands in.
             */
            unitId: string;
            /**
             * Format: uuid
             * @description The building the hall is in; its cases are filed there.
             */
            buildingId?: string | null;
            /** @description The hall’s address; required without a building. */
            address?: string | null;
            /** @description The PIN that opens the kiosk’s staff corner. */
            pin: string;
            notices?: {
                zh?: string | null;
                en?: string | null;
            }[];
        };
        CreatedWebhookSubscription: components["schemas"]["WebhookSubscription"] & {
            /** @description Verifies the signature of every delivery. Shown once: keep it. */
            signingSecret: string;
        };
        /** @enum {string} */
        WebhookEvent: "case.created" | "case.dispatched" | "case.escalated" | "case.returned" | "case.resolved" | "case.rated" | "case.reopened" | "case.deadline_warning" | "case.supervised";
        WebhookSubscription: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            events: components["schemas"]["WebhookEvent"][];
            /**
             * Format: uuid
             * @description Only cases in this unit’s subtree; null for the whole city.
             */
            unitId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            disabledAt: string | null;
        };
        /**
         * @example {
         *       "url": "https://property.example.com/huying/webhooks",
         *       "events": [
         *         "case.dispatched",
         *         "case.resolved"
         *       ]
         *     }
         */
        CreateWebhookSubscription: {
            url: string;
            events: components["schemas"]["WebhookEvent"][];
            /**
             * Format: uuid
             * @description Watch only this unit and the units below it (a key limited to a unit may only name its own subtree; it defaults to it).
             */
            unitId?: string;
            description?: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subscriptionId: string;
            event: components["schemas"]["WebhookEvent"];
            /** Format: uuid */
            caseId: string;
            eventSeq: number;
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description Attempts since it was created or last redelivered. */
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed" | "cancelled";
        WebhookDeliveryDetail: components["schemas"]["WebhookDelivery"] & {
            /** @description The exact body every attempt sends. */
            body: string;
            attemptLog: {
                attempt: number;
                /** Format: date-time */
                startedAt: string;
                durationMs: number;
                statusCode: number | null;
                error: string | null;
                responseExcerpt: string | null;
            }[];
        };
        Hotline: {
            /** Format: uuid */
            id: string;
            label: components["schemas"]["HotlineLabel"];
            number: string;
            source: string;
            unit: components["schemas"]["UnitSummary"];
        };
        /**
         * @description service 服务热线, consult 咨询电话, complaint 投诉电话
         * @enum {string}
         */
        HotlineLabel: "service" | "consult" | "complaint";
        HotlineCallerHistory: {
            /** @example 139****5678 */
            masked: string;
            /** @description Calls logged from this number before this one. */
            previousCalls: number;
            /** Format: date-time */
            lastCallAt: string | null;
            recentCases: {
                trackingCode: string;
                kind: components["schemas"]["CaseKind"];
                status: components["schemas"]["CaseStatus"];
                title: string;
                /** Format: date-time */
                calledAt: string;
            }[];
        };
        HotlineCallerLookup: {
            callerNumber: string;
        };
        LoggedHotlineCall: {
            call: {
                /** Format: uuid */
                id: string;
                dialled: {
                    /** Format: uuid */
                    id: string;
                    label: components["schemas"]["HotlineLabel"];
                    number: string;
                    unit: components["schemas"]["UnitSummary"];
                };
                callerMasked: string;
                answeredOnCall: boolean;
                /** Format: date-time */
                createdAt: string;
            };
            case: {
                /** Format: uuid */
                id: string;
                trackingCode: string;
                secret: string;
                trackingUrl: string;
                status: components["schemas"]["CaseStatus"];
            };
            caller: components["schemas"]["HotlineCallerHistory"];
        };
        LogHotlineCall: {
            /**
             * @description The directory number the resident called.
             * @example 12345
             */
            dialledNumber: string;
            /**
             * @description The caller’s number (caller ID); kept only masked and as an HMAC.
             * @example 13912345678
             */
            callerNumber: string;
            kind: components["schemas"]["CaseKind"];
            description: string;
            title?: string;
            urgency?: components["schemas"]["Urgency"];
            /** Format: uuid */
            categoryId?: string;
            /** Format: uuid */
            buildingId?: string;
            address?: string;
            caller?: {
                name?: string;
                /** @description The caller wants to be called back: their number goes on the case for its handlers. */
                callBack?: boolean;
            };
            /** @description For a consultation answered on the call: the case is resolved at once with this reply. */
            answer?: {
                reply: string;
                citations?: components["schemas"]["Citation"][];
            };
        };
        AssessmentTable: components["schemas"]["AssessmentRevision"] & {
            config: components["schemas"]["AssessmentScoringConfig"];
            rows: components["schemas"]["AssessmentTableRow"][];
        };
        AssessmentScoringConfig: {
            weights: components["schemas"]["AssessmentWeights"];
            /** @enum {string} */
            coefficientBasis: "finalSatisfactionRate" | "firstSatisfactionRate";
            /** @description From the highest satisfaction down; each band applies from its `from` up to the next band. */
            coefficientBands: {
                from: number;
                coefficient: number;
            }[];
            coefficientWithoutRatings: number;
            /** @description How much a 基本满意 counts towards satisfaction in scoring. */
            basicallySatisfiedCredit: number;
        };
        AssessmentWeights: {
            acceptOnTimeRate: number;
            responseRate: number;
            onTimeResolutionRate: number;
            resolutionRate: number;
            firstSatisfactionRate: number;
            finalSatisfactionRate: number;
            jointPartOnTimeRate: number;
            noticeAnswerRate: number;
        };
        AssessmentTableRow: {
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
                nameEn: string | null;
                /** @enum {string} */
                kind: "city" | "street" | "community" | "grid" | "department" | "property";
                /** Format: uuid */
                parentId: string | null;
            };
            figures: components["schemas"]["AssessmentFigures"];
            score: components["schemas"]["AssessmentScore"];
        };
        AssessmentFigures: {
            received: number;
            acceptDue: number;
            acceptOnTime: number;
            responseDue: number;
            responseOnTime: number;
            resolved: number;
            resolutionDue: number;
            resolutionOnTime: number;
            judged: number;
            judgedResolved: number;
            firstRated: number;
            firstSatisfied: number;
            firstBasicallySatisfied: number;
            firstUnsatisfied: number;
            finalRated: number;
            finalSatisfied: number;
            finalBasicallySatisfied: number;
            finalUnsatisfied: number;
            returns: number;
            returnsUpheld: number;
            returnsRejected: number;
            reopened: number;
            overdueDeadlines: number;
            overdueCases: number;
            jointParts: number;
            jointPartsDue: number;
            jointPartsOnTime: number;
            notices: number;
            noticesAnswered: number;
            noticesAnsweredOnTime: number;
            noticesUnansweredOverdue: number;
            handlingHoursAverage: number | null;
            handlingHoursP90: number | null;
        };
        AssessmentScore: {
            /** Format: uuid */
            unitId: string;
            /** @enum {string} */
            kind: "city" | "street" | "community" | "grid" | "department" | "property";
            rates: components["schemas"]["AssessmentRates"];
            measureScores: {
                [key: string]: number | null;
            };
            overall: number | null;
            satisfaction: number | null;
            coefficient: number;
            final: number | null;
            rank: number | null;
            rankedAmong: number;
        };
        AssessmentRates: {
            acceptOnTimeRate: number | null;
            responseRate: number | null;
            onTimeResolutionRate: number | null;
            resolutionRate: number | null;
            firstSatisfactionRate: number | null;
            finalSatisfactionRate: number | null;
            jointPartOnTimeRate: number | null;
            noticeAnswerRate: number | null;
        };
        AssessmentRevision: {
            /** Format: uuid */
            id: string;
            /** @example 2026-03 */
            month: string;
            revision: number;
            /**
             * Format: date-time
             * @description Everything recorded up to this moment, nothing after: in the table and in its drill-down.
             */
            asOf: string;
            /** @enum {string} */
            trigger: "close" | "settle" | "manual";
            configVersion: number;
            /** Format: uuid */
            generatedByAccountId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AssessmentDrillDown: {
            /** @example 2026-03 */
            month: string;
            revision: number;
            /** Format: date-time */
            asOf: string;
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "street" | "community" | "grid" | "department" | "property";
            };
            /** @enum {string} */
            measure: "received" | "acceptDue" | "acceptOnTime" | "responseDue" | "responseOnTime" | "resolved" | "resolutionDue" | "resolutionOnTime" | "judged" | "judgedResolved" | "firstRated" | "firstSatisfied" | "firstBasicallySatisfied" | "firstUnsatisfied" | "finalRated" | "finalSatisfied" | "finalBasicallySatisfied" | "finalUnsatisfied" | "returns" | "returnsUpheld" | "returnsRejected" | "reopened" | "overdueDeadlines" | "overdueCases" | "jointParts" | "jointPartsDue" | "jointPartsOnTime" | "notices" | "noticesAnswered" | "noticesAnsweredOnTime" | "noticesUnansweredOverdue";
            /** @description The figure in the table, equal to `total`. */
            figure: number;
            total: number;
            data: {
                /** Format: uuid */
                caseId: string;
                trackingCode: string;
                title: string;
                kind: string;
                status: string;
                /**
                 * Format: date-time
                 * @description When the row counted: the arrival, the reply, the settling of the deadline, the notice.
                 */
                at: string;
                detail: {
                    [key: string]: unknown;
                };
            }[];
            nextCursor: string | null;
        };
        AssessmentConfigVersion: {
            version: number;
            /** @example 2026-03 */
            effectiveFrom: string;
            config: components["schemas"]["AssessmentScoringConfig"];
            note: string | null;
            /** Format: date-time */
            createdAt: string | null;
            /** Format: uuid */
            createdByAccountId: string | null;
        };
        AssessmentConfigBody: {
            /**
             * @description The first month scored with it: this month (the default) or later.
             * @example 2026-03
             */
            effectiveFrom?: string;
            config: components["schemas"]["AssessmentScoringConfig"];
            note?: string;
        };
        AnalyticsDashboard: {
            unit: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "city" | "street" | "community" | "grid" | "department" | "property";
            };
            /** @example 2026-03 */
            from: string;
            /** @example 2026-03 */
            to: string;
            /** @enum {string} */
            interval: "day" | "month";
            /** Format: date-time */
            asOf: string;
            volume: {
                /** Format: date */
                period: string;
                /** @enum {string} */
                channel: "qr" | "kiosk" | "web" | "hotline" | "patrol" | "open311" | "counter";
                /** @enum {string} */
                kind: "complaint" | "help" | "consultation" | "suggestion" | "praise";
                cases: number;
            }[];
            categories: {
                /** Format: uuid */
                categoryId: string | null;
                level1: string | null;
                level2: string | null;
                level3: string | null;
                cases: number;
            }[];
            hotSpots: {
                communities: {
                    /** Format: uuid */
                    unitId: string;
                    name: string;
                    total: number;
                    months: {
                        /** @example 2026-03 */
                        month: string;
                        cases: number;
                    }[];
                }[];
                buildings: {
                    /** Format: uuid */
                    buildingId: string;
                    name: string;
                    /** Format: uuid */
                    communityId: string;
                    communityName: string;
                    cases: number;
                }[];
            };
            deadlines: {
                /** Format: date */
                period: string;
                /** @enum {string} */
                step: "accept" | "first_response" | "resolution" | "part";
                onTime: number;
                late: number;
            }[];
            stepTimes: {
                /** @enum {string} */
                step: "accept" | "first_response" | "resolution" | "part";
                ended: number;
                onTime: number;
                late: number;
                averageHours: number | null;
            }[];
            satisfaction: {
                /** Format: date */
                period: string;
                firstRated: number;
                /** @description First replies rated satisfied or basically satisfied. */
                firstSatisfied: number;
                rated: number;
                satisfied: number;
                basicallySatisfied: number;
                unsatisfied: number;
            }[];
        };
        PublicStats: {
            /** @description Cases replied to (办结) this month, in the city or the unit and those below it. */
            resolvedThisMonth: number;
            /** @description Share of this month's ratings that were satisfied or basically satisfied; null when nobody rated. */
            satisfactionRate: number | null;
            /** @description Mean hours from a case reaching a unit to its first response, over the first responses of this month; null without any. */
            averageResponseHours: number | null;
            /** Format: date-time */
            asOf: string;
        };
        Open311Discovery: {
            changeset: string;
            contact: string;
            key_service: string;
            endpoints: {
                specification: string;
                url: string;
                changeset: string;
                /** @enum {string} */
                type: "production" | "test";
                formats: string[];
            }[];
        };
        /** @description GeoReport v2 errors: the HTTP status as `code`, and what to fix. */
        Open311Errors: {
            /** @example 400 */
            code: number;
            description: string;
        }[];
        Open311Service: {
            /** @example 01.02.01 */
            service_code: string;
            service_name: string;
            description: string | null;
            metadata: boolean;
            /** @enum {string} */
            type: "realtime" | "batch" | "blackbox";
            keywords: string | null;
            group: string | null;
        };
        Open311ServiceDefinition: {
            service_code: string;
            attributes: {
                variable: boolean;
                code: string;
                /** @enum {string} */
                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                required: boolean;
                datatype_description: string | null;
                order: number;
                description: string;
                values?: {
                    key: string;
                    name: string;
                }[];
            }[];
        };
        Open311Created: {
            service_request_id: string;
            /** @description Resolves to the same service_request_id through GET tokens */
            token: string;
            service_notice: string;
            account_id: null;
            /** @description Only with extensions=true. */
            extended_attributes?: {
                /** @description The resident's tracking link, with the secret that shows them the whole case */
                tracking_url: string;
            };
        }[];
        Open311RequestForm: {
            api_key: string;
            jurisdiction_id?: string;
            /** @example 01.02.01 */
            service_code: string;
            lat?: string;
            long?: string;
            address_string?: string;
            address_id?: string;
            /** @example 小区门口人行道堆放沙石水泥，妨碍通行 */
            description: string;
            media_url?: string;
            first_name?: string;
            last_name?: string;
            phone?: string;
            email?: string;
            device_id?: string;
            account_id?: string;
            "attribute[kind]"?: string;
            "attribute[urgency]"?: string;
            "attribute[title]"?: string;
            /** @enum {string} */
            extensions?: "true" | "false";
            locale?: string;
        };
        Open311Request: {
            /**
             * @description The tracking code
             * @example 2603-0372-8841
             */
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** @description Where the case stands in the loop; for a replied case, the reply. */
            status_notes: string | null;
            service_name: string | null;
            service_code: string;
            description: string | null;
            /** @description The unit holding the case now */
            agency_responsible: string | null;
            service_notice: string | null;
            /**
             * @description When it was filed. ISO 8601 with the city's offset.
             * @example 2026-03-02T09:00:00+08:00
             */
            requested_datetime: string;
            /**
             * @description When it last changed; for a closed request, when it was closed. ISO 8601 with the city's offset.
             * @example 2026-03-02T09:00:00+08:00
             */
            updated_datetime: string | null;
            /**
             * @description The resolution deadline of the current round, in the city's working time. ISO 8601 with the city's offset.
             * @example 2026-03-02T09:00:00+08:00
             */
            expected_datetime: string | null;
            address: string | null;
            /** @description The building id, when the case names a building */
            address_id: string | null;
            zipcode: string | null;
            lat: number | null;
            long: number | null;
            media_url: string | null;
            /** @description Only with extensions=true. */
            extended_attributes?: {
                tracking_code: string;
                title: string;
                /** @enum {string} */
                kind: "complaint" | "help" | "consultation" | "suggestion" | "praise";
                channel: string;
                /** @enum {string} */
                urgency: "normal" | "urgent";
                /** @enum {string} */
                detailed_status: "submitted" | "accepted" | "in_handling" | "joint_handling" | "awaiting_resident" | "returned" | "resolved" | "rated" | "closed";
                round: number;
                category: {
                    level1: string;
                    level2: string;
                    level3: string;
                } | null;
                agency_responsible_id: string;
                agency_responsible_kind: string;
                closed_datetime: string | null;
            };
        };
        Open311Token: {
            service_request_id: string;
            token: string;
        }[];
        ProblemType: {
            type: string;
            code: string;
            status: number;
            title: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
