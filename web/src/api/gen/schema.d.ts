// Generated from api/openapi.yaml by `npm run gen:api`. Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process answers. */
        get: operations["healthz"];
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
        /** The process and its database answer. */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text format 0.0.4). */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document. */
        get: operations["getOpenApi"];
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
         * Sign in with username and password (and a TOTP code when the account has one).
         * @description Public. Answers the session token once (for `Authorization: Bearer`) and sets the `sinergi_session`
         *     (HttpOnly) and `sinergi_csrf` cookies (SameSite=Strict, Path=/, Secure when `server.secure_cookies`).
         *     Failures never say which part was wrong. Repeated failures lock the account and the address for a while
         *     (429 with Retry-After), never for good.
         */
        post: operations["login"];
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
        /** End this session and clear the cookies. */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the signed-in user. */
        post: operations["logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their agency, roles and permissions. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP enrolment; the secret is shown once and takes effect after confirmation. */
        post: operations["setupTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate the pending TOTP secret with a code from the authenticator app. */
        post: operations["confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directory of agencies, for every signed-in user.
         * @description The agencies that are not disabled, ordered by name: for choosing the receiving agency of a referral and
         *     naming the agencies met in cases and referrals. Agencies hold no personal data; the read is not audited.
         *     Each agency carries its directory entry (services, regions served, office contact, opening hours; the empty
         *     entry, version 0, when nobody described it yet).
         */
        get: operations["agencyDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * An enabled agency with its directory entry, for every signed-in user.
         * @description The ETag is the entry's version ("0" when nobody described the agency yet); send it back on PUT.
         */
        get: operations["getDirectoryEntry"];
        /**
         * Replace an agency's directory entry (its own supervisor, or an administrator).
         * @description The whole entry: services (codes of layanan_kasus, each once) with the regions served (province or regency
         *     codes; alpha-2 countries for a post abroad; none = the agency's own area) and notes, the office contact,
         *     opening hours and whether the public directory lists it. A SUPERVISOR edits only their own agency's entry
         *     (403 `directory.not_own_agency`); a SYSTEM_ADMIN any. Stored with its change history and an audit entry.
         */
        put: operations["putDirectoryEntry"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agencies offering a service in a region, nearest first (suggested receivers of a referral).
         * @description Agencies (enabled) whose directory entry offers `service` where `region` lies: an offering naming the regency
         *     (or the region searched) first, then its province, then the country searched (posts abroad), then agencies
         *     serving the whole country (neither region nor country); by name within a level; each agency once. Answered
         *     from indexes. Not audited (office data).
         */
        get: operations["searchDirectoryServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public, read-only service directory (no session).
         * @description Deliberately public (docs/security.md): the enabled agencies whose entry is marked public, by name, with their
         *     services, regions served, office contacts and hours. No ids, no users, no case data. Cacheable for a minute.
         */
        get: operations["publicDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case and victim figures, grouped by up to two dimensions (stats_read).
         * @description Cases and victims counted separately (docs/api.md, "Statistics"): a case counts once per group, in every
         *     group one of its victims is in when grouped by a victim attribute, so case rows need not add up to the true
         *     totals returned in `totals`. `scope=own` (default) counts the cases the user's case list shows, exactly;
         *     `scope=national` counts every case with small cells suppressed (k = stats.suppression_threshold), unless
         *     the user sees every case anyway. Every combination of the categories is a row, zeros included.
         */
        get: operations["statsCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/cases.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case and victim figures as CSV (stats_read; audited).
         * @description The same table as GET /api/v1/stats/cases (same parameters, same access), as a file to download: the
         *     rows, then a TOTAL row and a women_and_children row; a withheld figure is an empty cell. Every export is
         *     audited (action export, entity stats_cases, the query as detail).
         */
        get: operations["statsCasesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/cases.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case and victim figures as an XLSX workbook (stats_read; audited).
         * @description The same table as GET /api/v1/stats/cases (same parameters, same access), as a file to download: the
         *     rows, then a TOTAL row and a women_and_children row; a withheld figure is an empty cell. Every export is
         *     audited (action export, entity stats_cases, the query as detail).
         */
        get: operations["statsCasesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/stats/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public case and victim figures (no session).
         * @description Deliberately public (docs/security.md): every case, small cells always suppressed, province level and
         *     above (group_by regency or a regency filter: 422 not_public). Figures only, no record. Cacheable for a
         *     minute. `scope` is ignored.
         */
        get: operations["publicStatsCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agencies (system administrators). */
        get: operations["listAgencies"];
        put?: never;
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch (RFC 7396) of the writable fields. */
        patch: operations["patchAgency"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** User accounts (system administrators). */
        get: operations["listUsers"];
        put?: never;
        /**
         * @description The password must have at least 12 characters, not be a common or Indonesian word and not contain the
         *     username (422 with field `password`). Not idempotent (the body holds a password): a retry gets 409.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * @description JSON merge patch (RFC 7396) of display_name, agency_code, roles, scope and disabled; the username cannot
         *     change. Disabling ends the user's sessions.
         */
        patch: operations["patchUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password for a user; every session of that user ends. */
        post: operations["setUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tamper-evident audit trail, newest first (system administrators and supervisors). */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Only persons within your access scope. Out-of-scope records are dropped after a page is read, so a page may hold fewer than `limit` items (even none) while `next_cursor` is still set: follow the cursor until it is absent. */
        get: operations["listPersons"];
        put?: never;
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find by NIK, passport number, or name/alias (tolerates spacing, spelling variants and typos). */
        get: operations["searchPersons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["getPerson"];
        put?: never;
        post?: never;
        /** @description Soft delete; the person stays readable with include_deleted=true. */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        /** @description JSON merge patch (RFC 7396) of the writable fields; null clears a field. */
        patch: operations["patchPerson"];
        trace?: never;
    };
    "/api/v1/persons/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["getPersonHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/family": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["listFamily"];
        put?: never;
        /** @description Records that related_person_id is `relation` of this person (codelist hubungan_keluarga). */
        post: operations["createFamilyLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/family/{link_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                link_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteFamilyLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["listPersonJourneys"];
        put?: never;
        /** @description Starts a journey in status registered. Nothing is stored if any part (e.g. a document item) is invalid. */
        post: operations["createJourney"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a person outside your scope for 4 hours, stating why.
         * @description Any registry reader may open any live person, including one outside their scope (which otherwise answers 404). The grant lasts 4 hours and also shows masked fields. It is audited (action break_glass, with the reason's length, never its text) and every supervisor of the owning agency is notified. Not idempotent: every call is another audited opening.
         */
        post: operations["breakGlass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings/tppo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen facts against the TPPO elements (act, means, purpose) and the ILO forced-labour indicators.
         * @description A screening aid for a field officer, stand-alone (no case, nothing stored): the DOMAIN.md §1.6 reference rule (a child needs no means element; the victim's consent never lowers the result, so there is no consent input) and the ILO-11 rule. The officer records the final determination elsewhere. Codes come from the code lists tppo_act, tppo_means, eksploitasi_type and ilo_forced_labour; an unknown code is a 400 with reason unknown_code naming each offending field. For supervisors, case workers and police investigators.
         */
        post: operations["screenTppo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest 100 notifications for your agency and roles (e.g. break-the-glass on your records). */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read (idempotent). */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listJourneys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["getJourney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch (RFC 7396) of the writable fields; `documents` is replaced as a whole. */
        patch: operations["patchJourney"];
        trace?: never;
    };
    "/api/v1/journeys/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["listTransitions"];
        put?: never;
        /**
         * @description Moves the journey. Refusals: 409 journey.transition_not_allowed; 422 journey.underage_departure (the attempt
         *     is still flagged UNDERAGE_DEPARTURE_ATTEMPT), journey.documents_incomplete (send documents_override_reason
         *     to depart anyway; flagged DOCUMENTS_OVERRIDE), journey.birth_date_required, validation_failed.
         */
        post: operations["transitionJourney"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journeys/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["listFollowUps"];
        put?: never;
        /** @description Only for journeys in returned or reintegrating (else 409 journey.not_returned). */
        post: operations["createFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journeys/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["getJourneyHistory"];
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
        /** @description The cases the signed-in user may see (need-to-know is judged on the case: its owning agency and region, the occurrence region, its creator, cases shared with your agency). Sensitive fields are masked as in GET /api/v1/cases/{id}. */
        get: operations["listCases"];
        put?: never;
        /** @description Opens a case in status INTAKE, owned by your agency. Codes come from the code lists named on CaseInput; an invalid field is a 422 validation_failed naming it (unknown_code, required, duplicate, in_future, too_long, not_found, region_outside_indonesia). */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The case view, audited as one read: the case, its derived classification, parties, screenings and timeline. A case outside your scope answers 404 case.not_found, like a missing one. */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch (RFC 7396) of the writable fields; list fields are replaced as a whole. Status and closure are changed by POST /api/v1/cases/{id}/transitions. A closed case is read-only (409 case.closed). */
        patch: operations["patchCase"];
        trace?: never;
    };
    "/api/v1/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Moves the case through the workflow. Refusals: 409 case.transition_not_allowed; 403
         *     case.supervisor_required (only a supervisor approves or refuses a closure: MENUNGGU_PENUTUPAN -> DITUTUP,
         *     DITUTUP_DIRUJUK or back); 422 validation_failed naming the field (reason, closure_reason,
         *     victim_wants_return, return_assessed_safe, reintegration_started, effective_date).
         */
        post: operations["transitionCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds a registry person (one you may see) in a role. Adding a victim (KORBAN) marks the person's identity protected (UU 21/2007 Ps 44). 404 person.not_found names person_id; 409 case_party.exists when the person already holds the role; 409 case.closed. */
        post: operations["createCaseParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parties/{party_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                party_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description 409 case_party.screened for a victim who has a screening in this case; 409 case.closed. */
        delete: operations["deleteCaseParty"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Screens one victim of the case against the TPPO elements (the rule of POST /api/v1/screenings/tppo) and stores input and result. Without victim_age the age is taken from the person's birth date on the case's reported_on date. An unknown code is a 400 with reason unknown_code naming each offending field; a person who is not a KORBAN of the case is a 422 validation_failed (person_id, not_a_victim). */
        post: operations["createCaseScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/screenings/{screening_id}/determination": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                screening_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records the officer's final determination on a screening (the screening is an aid; the officer decides, and who decided is kept). A later determination replaces an earlier one. */
        post: operations["determineCaseScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The services of the case, ordered by requested_on; visible to whoever sees the case. The outcome is sensitive like the case's summary: null and listed in masked_fields unless you may see the case's sensitive fields. */
        get: operations["listCaseServices"];
        put?: never;
        /** @description Records a service delivered (or planned) for the case (code list layanan_kasus), by an agency (default yours), possibly for one victim (person_id: a KORBAN of the case). requested_on must not be in the future; a completed (SELESAI) service needs an outcome; BERJALAN without started_on starts today, SELESAI without completed_on completes today. A PERTOLONGAN_PERTAMA service is due 7 days after requested_on (UU 21/2007 Ps 53: due_on). On a TPPO case, REHABILITASI_SOSIAL needs a police report first (a PENEGAKAN_HUKUM service with a reference, not cancelled; UU 21/2007 Ps 51(2)): 422 police_report_required. 422 validation_failed names each field (person_id not_a_victim, provider_agency_id not_found, ...); 409 case.closed. */
        post: operations["createCaseService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                service_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of status, started_on, completed_on, reference and outcome (service, person and provider are fixed: cancel a mistaken service and record it anew). The status moves forward only (DIRENCANAKAN -> BERJALAN -> SELESAI, or DIBATALKAN; 422 status invalid_transition). An outcome you read masked stays as stored unless you send a new one. 409 case.closed; 412 version_mismatch; 404 case_service.not_found. */
        patch: operations["patchCaseService"];
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The notes of the case, oldest first. 403 unless you may see the case's sensitive fields. */
        get: operations["listCaseNotes"];
        put?: never;
        /** @description Appends a note to the case record (at most 5000 characters, sealed at rest). Notes are never edited or deleted: a correction is a new note. Only those who may see the case's sensitive fields write (and read) notes: 403 otherwise. 409 case.closed. */
        post: operations["createCaseNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/restitutions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The restitution claims of the case's victims, ordered by claimed_on, with their stage (code list tahap_restitusi), totals and due days. 403 unless you may see the case's sensitive fields. */
        get: operations["listCaseRestitutions"];
        put?: never;
        /** @description Records the restitution claim of a victim of the case (UU 21/2007 Ps 48-50; person_id: a KORBAN of the case, fixed once recorded; at most one claim per victim per case, else 409 case_restitution.exists). components lists what is claimed (code list komponen_restitusi, each at most once) in whole rupiah; awarded_idr is recorded with the verdict (verdict_on), for every component. The dates follow the course of Ps 50: final_notice_on (the notice of the final verdict) starts the 14 days to pay (payment_due_on); unpaid_reported_on must come after them (before_payment_deadline); warning_on (the court's written warning) starts another 14 days (seizure_due_on), before which neither seizure_on nor substitute_detention_on may be recorded (before_warning_lapsed). No date is in the future. stage, the totals and the due days are derived. The claim is financial data about a victim: only those who may see the case's sensitive fields record or read claims, 403 otherwise. The amounts are sealed at rest. 422 validation_failed names each field; 409 case.closed. */
        post: operations["createCaseRestitution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/restitutions/{restitution_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                restitution_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of every field but person_id (components is an array: naming it replaces them all). The result is validated as a whole, as on create. 409 case.closed; 412 version_mismatch; 404 case_restitution.not_found; 403 unless you may see the case's sensitive fields. */
        patch: operations["patchCaseRestitution"];
        trace?: never;
    };
    "/api/v1/cases/{id}/complaint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The complaint-handling facts of a migrant worker's complaint (a case of type PMI_BERMASALAH) and the timers they start (Perban BP2MI 6/2024 Ps 30(1); Perban BP2MI 23/2025 Ps 18), shown to whoever sees the case. version 0 (no ETag) while nothing was recorded. timers is empty for a closed case or one that is not (any more) of type PMI_BERMASALAH. Each timer is due on the day the complaint may be closed under its clause (COMPLAINT_DOCUMENTS_30D: the case's reported_on + 30 days; COMPLAINT_INFO_15WD: 15 working days after info_requested_on, Monday-Friday minus the national public holidays; COMPLAINT_UNREACHABLE_60D: unreachable_since + 60 days; COMPLAINT_NO_RESPONSE_6M: awaiting_response_since + 6 calendar months) and is overdue from the start of that day; SETTLEMENT_7D is due on the 7th day after settlement_clarified_on and overdue from the day after. */
        get: operations["getCaseComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of the complaint facts; null (or false for documents_incomplete) clears a fact and stops its timer (e.g. once the additional data arrived). If-Match with the ETag you read is required once facts were recorded (428 precondition_required without it; 412 version_mismatch when stale); the first write goes without it. Dates must not be in the future (in_future) nor before the case's reported_on (before_reported_on). Only for a case of type PMI_BERMASALAH: 422 validation_failed with case_types not_a_pmi_complaint otherwise. 409 case.closed; 403 case.referral_read_only for an agency that sees the case through a referral. Close the complaint with the closure reasons DOKUMEN_TIDAK_LENGKAP, DATA_TAMBAHAN_TIDAK_JELAS, TIDAK_DAPAT_DIHUBUNGI, DIRUJUK or TIDAK_ADA_TANGGAPAN. */
        patch: operations["patchCaseComplaint"];
        trace?: never;
    };
    "/api/v1/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The attachments of the case (metadata only), oldest first. 403 unless you may see the case's sensitive fields. Audited as a read of the case. */
        get: operations["listCaseAttachments"];
        put?: never;
        /** @description Attaches a document or photo to the case. The body is the raw file (not JSON, not multipart), sent with its media type as Content-Type: application/pdf, image/jpeg, image/png, image/webp, text/plain (UTF-8), or the DOCX, XLSX, ODT and ODS office types. The type is checked on the content's first bytes and must agree with the declared one; HTML, SVG, XML and scripts are refused whatever they are declared as (422 validation_failed, field content: type_not_allowed, type_mismatch, too_large over attachments.max_bytes, default 10 MiB; required when empty). The file name goes in X-File-Name, percent-encoded UTF-8 (path separators and control characters are removed, at most 200 characters); an optional X-Description (at most 500 characters) likewise. The bytes are stored sealed outside the database under their SHA-256; the file name and description are sealed too. Attachments are never edited or deleted. Only those who may see the case's sensitive fields attach (and list, and download): 403 otherwise, case.referral_read_only for an agency that sees the case through a referral. 409 case.closed. Idempotency-Key replays match on the body. */
        post: operations["createCaseAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/attachments/{attachment_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachment_id: string;
            };
            cookie?: never;
        };
        /** @description The bytes of the attachment, with its stored media type, always as a download: Content-Disposition attachment (never inline), X-Content-Type-Options nosniff, Content-Security-Policy "sandbox; default-src 'none'", Cache-Control no-store. The bytes are checked against their SHA-256 before they are sent (a tampered file is a 500). 403 unless you may see the case's sensitive fields; 404 case_attachment.not_found. Audited as an export of the case naming the attachment. */
        get: operations["getCaseAttachmentContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Your task list: the legal timers running, computed on every read from stored facts, earliest due first (so
         *     the overdue come first). Case workers, supervisors and police investigators see the timers of the open cases
         *     of their agency that they may see: POLICE_REPORT_24H (every victim of a TPPO case is reported to the police
         *     within 24 hours of being added; done once the case has a PENEGAKAN_HUKUM service with a reference; PP 9/2008
         *     Ps 14(5)), FIRST_AID_7D (a PERTOLONGAN_PERTAMA service not done or cancelled, 7 days after the request; UU
         *     21/2007 Ps 53), REINTEGRATION_MONITORING (a case in REINTEGRASI whose 3 months of monitoring have passed:
         *     review it for closure), and REFERRAL_PENDING (a referral to their agency not answered yet, due when it would
         *     be escalated after referral.escalate_after_hours; it names the referral, not the case, which stays hidden
         *     until accepted), RESTITUTION_PAYMENT_14D (a victim's restitution notified as final and not paid in full, due
         *     14 days after the notice, until paid or the non-payment is reported to the court; UU 21/2007 Ps 50(1)) and
         *     RESTITUTION_WARNING_14D (after the court's written warning, the seizure is due 14 days later, until paid,
         *     seized or converted to substitute detention; Ps 50(3)); both name the case and the victim (person_id).
         *     Supervisors and the administrator also see SUBJECT_REQUEST_72H (open data-subject
         *     requests, UU 27/2022). Case workers, supervisors and administrators also see COMMITMENT_DUE (an OPEN or
         *     IN_PROGRESS commitment of a coordination forum made by their agency, due within 7 days or overdue; it names
         *     commitment_id). 403 for other roles.
         */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The referrals of a case that your agency sent or received (all of them with NATIONAL scope), oldest first: the referral chain of the case view. A case outside your scope answers 404 case.not_found. */
        get: operations["listCaseReferrals"];
        put?: never;
        /**
         * @description Refers victims of a case you may see and change to another agency for named services (penanganan terpadu;
         *     Perpres 55/2024 Ps 28-30). Every referred person must be a KORBAN party of the case (422 person_ids[i]
         *     not_a_victim) with a recorded consent (POST /api/v1/persons/{id}/consents) whose purpose is RUJUKAN_LAYANAN,
         *     not withdrawn, and whose recipient_types contain the receiving agency's type; otherwise 422 validation_failed
         *     with person_ids[i] consent_missing. A SUPERVISOR may refer without it by giving consent_override_reason (kept
         *     on the referral and audited); anyone else giving it gets 403 referral.override_not_allowed. Other 422 fields:
         *     to_agency_id (required, not_found, same_agency), services (required, unknown_code, duplicate; codelist
         *     layanan_kasus), message (required, too_long), urgency (codelist urgensi_kasus). 409 case.closed. The receiving
         *     agency's case workers and supervisors are notified (REFERRAL_RECEIVED).
         */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Referrals your agency sent or received (every referral with NATIONAL scope), newest first. box=inbox: those to your agency; box=outbox: those from it. A receiver that has not accepted sees no person_ids (masked). */
        get: operations["listReferrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/response-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Per receiving agency, over the referrals created from `from` to `to` (whole days UTC, both included; 400 when `to` lies before `from`) that you may see: how many, answered (accepted, declined or forwarded), completed and still pending, and the hours to answer and to complete (median and 90th percentile; null when none). */
        get: operations["referralResponseTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description One referral, audited. 404 referral.not_found unless your agency sent or received it (or NATIONAL scope). Before accepting, the receiver sees it without person_ids; roles without case rights (VIEWER) see it without message and outcome (masked_fields). */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description By a user of the receiving agency, while MENUNGGU: DITERIMA. From then on (and after completion) your agency sees the case and the referred persons (only those parties), sensitive fields included, read-only. 403 referral.not_receiver; 409 referral.not_pending. The sender is notified (REFERRAL_ANSWERED). */
        post: operations["acceptReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description By a user of the receiving agency, while MENUNGGU, with a reason: DITOLAK (no access). 403 referral.not_receiver; 409 referral.not_pending; 422 reason required. */
        post: operations["declineReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description By a user of the receiving agency, while DITERIMA, with the outcome: SELESAI (read access kept). 403 referral.not_receiver; 409 referral.not_accepted; 422 outcome required. */
        post: operations["completeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description By a user of the sending agency, while MENUNGGU or DITERIMA, with a reason: DICABUT; the receiving agency's access ends. 403 referral.not_sender; 409 referral.not_open; 422 reason required. */
        post: operations["revokeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description By a user of the receiving agency, while MENUNGGU or DITERIMA: passes the referral on up the ladder (kab/kota -> province -> national, or to and from posts abroad). A new referral from your agency to to_agency_id for the same case, persons and services is created (consent checked again for the new receiver, with the same supervisor override), with forwarded_from_referral_id set; this one becomes DITERUSKAN (no access) and counts as answered. 403 referral.not_receiver / referral.override_not_allowed; 409 referral.not_open; 422 as on create. */
        post: operations["forwardReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The coordination forums by name (at most 1000); with region_code, that province's forums and the national ones. Every signed-in user. */
        get: operations["listForums"];
        put?: never;
        /** @description Creates a coordination forum (e.g. "Gugus Tugas TPPO Provinsi Kalimantan Barat"): its convening agency, a province (region_code, two digits) or none for a national forum, its member agencies. Case workers and supervisors of the convening agency, and administrators (403 coordination.not_convener for another agency's forum). 422 validation_failed names each field (agency ids and region_code unknown_code). */
        post: operations["createForum"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forums/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description One forum. Every signed-in user. */
        get: operations["getForum"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of the forum (member_agency_ids is an array: naming it replaces it). The convening agency's case workers and supervisors, or administrators (403 coordination.not_convener); 412 version_mismatch. */
        patch: operations["patchForum"];
        trace?: never;
    };
    "/api/v1/forums/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The forum's meetings, oldest first. Representatives' names and positions are emptied (representatives_masked) for users who are neither of one of the meeting's agencies (or the forum's convening agency) nor of NATIONAL scope. */
        get: operations["listForumMeetings"];
        put?: never;
        /** @description Records a meeting (rapat koordinasi) of the forum: title, held_on, place and/or online_link, the convening agency (absent: the forum's), the participating agencies with their representatives (names and positions of officials: personal data, sealed at rest), agenda and minutes. Only the convening agency's case workers and supervisors, or administrators (403 coordination.not_convener). Attachments are not stored yet. */
        post: operations["createForumMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forums/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The forum's commitment record as of today: made, done on time (marked DONE on or before the due day), done late, overdue (OPEN or IN_PROGRESS past the due day), open and dropped; every commitment in exactly one bucket, in total and per committing agency (a commitment of several agencies counts for each). Every signed-in user. */
        get: operations["getForumRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description One meeting with the commitments made at it (in the order made) and the agenda carry-over: the OPEN, IN_PROGRESS and OVERDUE commitments of the forum's earlier meetings, earliest due first, so this meeting reviews them. Representatives masked as in the list. */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of the meeting (participants is an array: naming it replaces them all). The convening agency's case workers and supervisors, or administrators (403 coordination.not_convener; 403 coordination.representatives_hidden for a writer who may not see the representatives); 412 version_mismatch. */
        patch: operations["patchMeeting"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a commitment made at the meeting: the committing agencies (at least one), description, due day, indicator of done with an optional numeric target, progress, status OPEN or IN_PROGRESS. Only the convening agency's case workers and supervisors, or administrators (403 coordination.not_convener). Outreach events linked to a commitment (commitment_id) add to its progress. */
        post: operations["createMeetingCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The documents of the meeting (metadata only), oldest first, for every signed-in user. `downloadable` says whether you may download each: an attendance list (DAFTAR_HADIR) names people, so only the meeting's agencies and national scope download it. */
        get: operations["listMeetingAttachments"];
        put?: never;
        /** @description Attaches a document to the meeting: the signed joint agreement, the minutes, the attendance list, slides. The body is the raw file, with the same rules as case attachments (Content-Type one of the allowed media types, checked on the content's first bytes; HTML, SVG, XML and scripts refused: 422 validation_failed, field content: type_not_allowed, type_mismatch, too_large over attachments.max_bytes). Its kind goes in X-Attachment-Kind (codelist jenis_lampiran_rapat: KESEPAKATAN_BERSAMA, NOTULEN, DAFTAR_HADIR, BAHAN_PAPARAN, LAINNYA; 422 kind required / unknown_code), its name in X-File-Name and an optional X-Description, percent-encoded UTF-8. The bytes are stored sealed under their SHA-256; the file name and description are sealed too. Only coordination writers of the meeting's agencies (its convening agency, its participants and the forum's convener) or administrators (403 coordination.not_meeting_agency). Audited. */
        post: operations["createMeetingAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The metadata of one meeting attachment. 404 meeting_attachment.not_found. */
        get: operations["getMeetingAttachment"];
        put?: never;
        post?: never;
        /** @description Removes the document from the meeting (the uploader, a coordination writer of the convening agency, or an administrator; 403 meeting_attachment.not_uploader, coordination.not_meeting_agency). The metadata goes; the content-addressed bytes stay. Audited. */
        delete: operations["deleteMeetingAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The bytes of the document, with its stored media type, always as a download (the headers of case attachments: Content-Disposition attachment, nosniff, a sandboxing Content-Security-Policy, no-store). An attendance list needs the right to see the meeting's representatives (403 meeting_attachment.restricted). The bytes are checked against their SHA-256. Audited as an export of the meeting naming the attachment. */
        get: operations["getMeetingAttachmentContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Commitments, newest first, optionally of one forum, meeting or committing agency, and by status: the display status, so OVERDUE lists the OPEN and IN_PROGRESS ones past their due day, and OPEN / IN_PROGRESS leave those out. Every signed-in user. 422 validation_failed for an unknown status. */
        get: operations["listCommitments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description One commitment with its status history (who moved it, when, with what evidence or reason) and the outreach events linked to it (outreach_events). */
        get: operations["getCommitment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of the commitment. The committing agencies' case workers and supervisors report status, progress, evidence and dropped_reason; changing agency_ids, description, due_on, indicator or target needs the convening agency's supervisor (or an administrator); others get 403 coordination.not_committing_agency. Status moves: OPEN -> IN_PROGRESS | DONE | DROPPED, IN_PROGRESS -> OPEN | DONE | DROPPED, DONE -> IN_PROGRESS, DROPPED -> OPEN (409 commitment.invalid_transition otherwise); DONE needs evidence and stamps done_on with today, DROPPED needs dropped_reason (422). 412 version_mismatch. */
        patch: operations["patchCommitment"];
        trace?: never;
    };
    "/api/v1/training-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The training programmes by name (at most 1000), optionally of one provider or kind. Every signed-in user. */
        get: operations["listTrainingProgrammes"];
        put?: never;
        /** @description Creates a training programme (codelist jenis_pelatihan: OPP, PEMBEKALAN_AKHIR, PELATIHAN_VOKASI, PELATIHAN_KEWIRAUSAHAAN, LAINNYA) of a provider agency (absent: the actor's agency), its skill, whether it issues a certificate of competence, a description and a region. Case workers and supervisors of the provider, and administrators (403 training.not_provider for another agency). 422 validation_failed names each field (kind, provider_agency_id and region_code unknown_code). */
        post: operations["createTrainingProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description One programme. Every signed-in user. */
        get: operations["getTrainingProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of the programme. The provider's case workers and supervisors, or administrators (403 training.not_provider; moving it to another provider needs that one too); 412 version_mismatch. */
        patch: operations["patchTrainingProgramme"];
        trace?: never;
    };
    "/api/v1/training-programmes/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The programme's sessions, earliest first. Every signed-in user. */
        get: operations["listTrainingSessions"];
        put?: never;
        /** @description A session of the programme: starts_on, ends_on (not before starts_on), place, region_code and capacity (at least 1; absent: no limit). The provider's case workers and supervisors, or administrators (403 training.not_provider). */
        post: operations["createTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description One session. Every signed-in user. */
        get: operations["getTrainingSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of the session. The provider's writers (403 training.not_provider); 412 version_mismatch; 422 when the capacity falls below the seats taken (capacity out_of_range) or the dates would exclude an attended day (starts_on / ends_on excludes_attendance). */
        patch: operations["patchTrainingSession"];
        trace?: never;
    };
    "/api/v1/training-sessions/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The session's enrolments, oldest first, with each person's name: only those of persons the actor may see (the others are left out, as in person and journey lists). Roles that read the registry; audited as a list. */
        get: operations["listTrainingEnrolments"];
        put?: never;
        /** @description Enrols a registry person in the session (status ENROLLED). The provider's case workers and supervisors (403 training.not_provider; administrators read no registry data: 403 forbidden), for a person they may see (404 person.not_found otherwise, like a missing one); 409 training.already_enrolled (once per session) or training.session_full (capacity reached; dropped-out enrolments free their seat). */
        post: operations["createTrainingEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of the enrolment: attended_on (the days attended, within the session and not after today), status (ENROLLED -> COMPLETED | DROPPED_OUT | FAILED; 409 training.invalid_transition otherwise; a final enrolment changes no more: 409 training.enrolment_closed), completed_on (default today), certificate_number and certificate_issued_on (required on completion when the programme issues a certificate of competence), note. Completing with a certificate verifies the SERTIFIKAT_KOMPETENSI item of the person's journey in the before-work phase (registered, in_training, ready_to_depart; the newest) in the same transaction, with the journey's version bump and history; journey_updated names that journey, or is null. */
        patch: operations["patchTrainingEnrolment"];
        trace?: never;
    };
    "/api/v1/persons/{id}/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description The person's enrolments, newest first, each with its session and programme. Roles that read the registry, for a person they may see (404 otherwise); audited as a read of the person. */
        get: operations["listPersonTrainings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 33.74 */
                code: string;
            };
            cookie?: never;
        };
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/codelists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCodelists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/codelists/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example skema_penempatan */
                name: string;
            };
            cookie?: never;
        };
        get: operations["getCodelist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The person's consent records (UU 27/2022 Ps 24 proof of consent), oldest first, withdrawn ones included. */
        get: operations["listConsents"];
        put?: never;
        /**
         * @description Records consent, or another lawful basis (UU 27/2022 Ps 20), for a purpose and the agency types the data may
         *     be shared with. PERSETUJUAN needs every checklist item (Ps 22, HTCDS) and, for a person under 18, must be
         *     given by ORANG_TUA or WALI (Ps 25; 422 field `given_by` code `child_consent`). Any other basis needs a `note`
         *     (e.g. the guardian is the suspected abuser).
         */
        post: operations["createConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/consents/{consent_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                consent_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Withdraws a consent (UU 27/2022 Ps 9; processing on it must stop within 3 x 24 h, Ps 40). 409 `consent.withdrawn` when already withdrawn. */
        post: operations["withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/data-subject-requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Logs a data-subject request (UU 27/2022 Ps 14); it is due 72 hours after `received_at` (default now). */
        post: operations["createDataSubjectRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * @description The access export (UU 27/2022 Ps 7, 13, 32): everything held about the person and the audit entries of who
         *     processed it, as a JSON attachment. Needs registry read and audit read (supervisors). Audited as `export`.
         */
        get: operations["exportPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-subject-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data-subject requests, oldest first (supervisors and administrators). */
        get: operations["listDataSubjectRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-subject-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get: operations["getDataSubjectRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-subject-requests/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Closes an open request as done. 409 `data_subject_request.closed` when it is not open. */
        post: operations["completeDataSubjectRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-subject-requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Closes an open request as refused; `outcome_note` is required (UU 27/2022 Ps 33: a change that would endanger
         *     the subject or others must be refused; Ps 15 exemptions).
         */
        post: operations["refuseDataSubjectRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/nik/{nik}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nik: string;
            };
            cookie?: never;
        };
        /** @description 200 for any 1..32 character value; `valid` and `problems` tell what is wrong. */
        get: operations["decodeNik"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Outreach events (sosialisasi), newest held first, optionally within a period (held_on from/to, inclusive), in a region (the code and everything under it), with a topic (topik_sosialisasi), of an agency (organiser or partner) or linked to a commitment. Every signed-in user; follow-ups are not listed. 422 validation_failed when `to` lies before `from`. */
        get: operations["listOutreachEvents"];
        put?: never;
        /** @description Records an outreach event of the organising agency (default: the caller's). Case workers, supervisors and administrators of that agency (403 outreach.not_organiser otherwise). region_code is a regency, district or village known to the reference data. With commitment_id the event adds 1 to that commitment's progress (in the same transaction, with a history entry); the organiser or a partner must be one of its committing agencies (422 commitment_id agency_not_committing; unknown_code when there is no such commitment). */
        post: operations["createOutreachEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description One event with its follow-up requests. Their name, contact and request are shown only to users of the organising or a partner agency and NATIONAL scope (masked: null, with masked true, for everyone else; then follow_ups_masked is true); a read that shows them is audited. */
        get: operations["getOutreachEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description JSON merge patch of the event (arrays replace). Only the organising agency's writers (403 outreach.not_organiser). Changing commitment_id, or cancelled, moves the event's count: the old commitment's progress goes down by 1 and the new one's up by 1 (a cancelled event counts towards nothing). 412 version_mismatch; 422 as on create. */
        patch: operations["patchOutreachEvent"];
        trace?: never;
    };
    "/api/v1/outreach-events/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a request for help raised at the event (sealed at rest): writers of the organising or a partner agency (403 outreach.not_organiser). needs_category is a jenis_kasus code: the kind of case it would become. */
        post: operations["createOutreachFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach-events/{id}/follow-ups/{follow_up_id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                follow_up_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Opens a case from the follow-up (intake channel PENJANGKAUAN, reported_on the event's day, the request as its summary, the person as its reporter, the event's region as the occurrence region, needs_category as its case type; owned by the caller's agency) and links it to the follow-up. Needs case write and sight of the follow-up (403 outreach.follow_ups_hidden). A second conversion is 409 outreach.already_converted. */
        post: operations["convertOutreachFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every regency (kabupaten/kota) of the province with its outreach events (not cancelled) and participants held within [from, to] (default: the 12 months up to today), and the registry's departures in the 12 months up to `to` (journeys with a departure_date, by the regency of the person's address). high_departure marks the top quarter by departures (ties included, at least 1; see docs/api.md), no_outreach_high_departure those without an event. Counts only. Every signed-in user. 422 province required / unknown_code, to before_from. */
        get: operations["getOutreachCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /** @description https://sinergi.go.id/problems/<code> */
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine-readable code (docs/error-codes.md). */
            code: string;
            correlation_id: string;
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @description JSON path, e.g. documents[2].status */
            field: string;
            code: string;
            message: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "ready";
        };
        /** @description Pass as `cursor` to get the next page; null on the last page. */
        NextCursor: string | null;
        /** Format: date */
        Date: string;
        /** Format: date */
        NullableDate: string | null;
        /** Format: date-time */
        Timestamp: string;
        NullableString: string | null;
        StringList: string[];
        /** @enum {string} */
        Sex: "LAKI_LAKI" | "PEREMPUAN";
        PersonInput: {
            full_name: string;
            aliases?: string[] | null;
            /** @description 16 digits (PP RR KK DDMMYY SSSS; women day+40). */
            nik?: string | null;
            passport_number?: string | null;
            /** @enum {string|null} */
            sex?: "LAKI_LAKI" | "PEREMPUAN" | null;
            /** Format: date */
            birth_date?: string | null;
            birth_place?: string | null;
            address_line?: string | null;
            /** @description Dotted Kemendagri code of any level. */
            address_region_code?: string | null;
            phone?: string | null;
            /** @description codelist status_perkawinan */
            marital_status?: string | null;
            /** @description codelist pendidikan */
            education?: string | null;
            skills?: string[] | null;
            /** @description codelist status_pmi */
            pmi_status?: string | null;
            /** @description Confidential identity of a victim or witness (UU 21/2007 Ps 44): address, phone, birth place and passport number are masked for everyone but the owning agency's case workers, supervisors and police investigators. Children (under 18) are always treated as protected. Absent or null means false. Ignored when the writer cannot see the masked fields (they and this mark keep their stored values). */
            protected_identity?: boolean | null;
        };
        /** @description Merge patch of the writable fields; null clears (full_name cannot be cleared). */
        PersonPatch: {
            full_name?: string;
            aliases?: string[] | null;
            /** @description 16 digits (PP RR KK DDMMYY SSSS; women day+40). */
            nik?: string | null;
            passport_number?: string | null;
            /** @enum {string|null} */
            sex?: "LAKI_LAKI" | "PEREMPUAN" | null;
            /** Format: date */
            birth_date?: string | null;
            birth_place?: string | null;
            address_line?: string | null;
            /** @description Dotted Kemendagri code of any level. */
            address_region_code?: string | null;
            phone?: string | null;
            /** @description codelist status_perkawinan */
            marital_status?: string | null;
            /** @description codelist pendidikan */
            education?: string | null;
            skills?: string[] | null;
            /** @description codelist status_pmi */
            pmi_status?: string | null;
            /** @description Confidential identity of a victim or witness (UU 21/2007 Ps 44): address, phone, birth place and passport number are masked for everyone but the owning agency's case workers, supervisors and police investigators. Children (under 18) are always treated as protected. Absent or null means false. Ignored when the writer cannot see the masked fields (they and this mark keep their stored values). */
            protected_identity?: boolean | null;
        };
        DeleteInput: {
            reason: string;
        };
        Warning: {
            /** @description e.g. nik.sex_mismatch, nik.birth_date_mismatch, nik.unknown_province */
            code: string;
            field: string;
            message: string;
        };
        RegionRef: {
            code: string;
            name: string;
            level: number;
        };
        Person: {
            id: string;
            version: number;
            full_name: string;
            aliases: components["schemas"]["StringList"];
            nik: components["schemas"]["NullableString"];
            passport_number: components["schemas"]["NullableString"];
            /** @enum {string|null} */
            sex: "LAKI_LAKI" | "PEREMPUAN" | null;
            birth_date: components["schemas"]["NullableDate"];
            birth_place: components["schemas"]["NullableString"];
            address_line: components["schemas"]["NullableString"];
            address_region_code: components["schemas"]["NullableString"];
            address_region: components["schemas"]["RegionRef"] | null;
            phone: components["schemas"]["NullableString"];
            marital_status: components["schemas"]["NullableString"];
            education: components["schemas"]["NullableString"];
            skills: components["schemas"]["StringList"];
            pmi_status: components["schemas"]["NullableString"];
            warnings: components["schemas"]["Warning"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
            /** Format: date-time */
            deleted_at: string | null;
            delete_reason: components["schemas"]["NullableString"];
            protected_identity: boolean;
            /** @description Read-only. The agency of the user who created the record; null = owned nationally. */
            owner_agency_id: string | null;
            /** @description Fields withheld by the access policy; they are null above whatever is stored. Empty when nothing is masked. A reader outside the owning agency may open the record with POST /api/v1/persons/{id}/break-glass. */
            masked_fields: ("address_line" | "address_region_code" | "phone" | "birth_place" | "passport_number")[];
        };
        TppoScreeningInput: {
            /** @description Code list tppo_act, e.g. PEREKRUTAN. */
            acts?: string[];
            /** @description Code list tppo_means, e.g. PENIPUAN. */
            means?: string[];
            /** @description Code list eksploitasi_type (intended or realised exploitation), e.g. KERJA_PAKSA. */
            purposes?: string[];
            /** @description Age in years; null or absent when unknown (adult). */
            victim_age?: number | null;
            /** @description The person was actually exploited (Ps 2(2)). */
            exploitation_occurred?: boolean;
            /** @description Code list ilo_forced_labour, FL01..FL11. */
            ilo_indicators?: string[];
        };
        TppoScreeningResult: {
            /** @enum {string} */
            result: "PRESUMED_TPPO" | "PRESUMED_TPPO_CHILD" | "EXPLOITATION_WITHOUT_MEANS" | "NOT_TPPO_PATTERN";
            elements_met: {
                act: boolean;
                means: boolean;
                purpose: boolean;
                /** @description victim_age under 18 (UU 21/2007 Ps 1 angka 5). */
                child: boolean;
                exploitation_occurred: boolean;
            };
            /** @description Articles the result rests on (Indonesian). */
            legal_basis: string[];
            /** @description English. */
            explanation: string;
            /** @description Bahasa Indonesia. */
            explanation_id: string;
            forced_labour: {
                /** @description An involuntariness and a penalty indicator are both present. */
                suspected: boolean;
                /** @description Suspected, or FL05, FL07 or FL09 alone. */
                refer_for_assessment: boolean;
                involuntariness: string[];
                penalty: string[];
            };
        };
        BreakGlassInput: {
            /** @description Why the record is needed (at least 20 characters). */
            reason: string;
        };
        BreakGlassGrant: {
            grant_id: string;
            person_id: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        Notification: {
            id: string;
            /**
             * @description BREAK_GLASS: someone opened a record of your agency outside their scope (person_id); REFERRAL_RECEIVED: a referral to your agency; REFERRAL_ANSWERED: a referral of yours was accepted, declined, completed or forwarded (or, to the receiver, revoked); REFERRAL_OVERDUE: a referral to your agency waits too long for an answer (supervisors).
             * @enum {string}
             */
            kind: "BREAK_GLASS" | "REFERRAL_RECEIVED" | "REFERRAL_ANSWERED" | "REFERRAL_OVERDUE";
            /** @description codelist peran */
            recipient_role: string;
            person_id: components["schemas"]["NullableString"];
            referral_id: components["schemas"]["NullableString"];
            case_id: components["schemas"]["NullableString"];
            actor_id: string;
            message: string;
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            read_at: string | null;
        };
        NotificationList: {
            items: components["schemas"]["Notification"][];
        };
        PersonSummary: {
            id: string;
            version: number;
            full_name: string;
            nik: components["schemas"]["NullableString"];
            /** @enum {string|null} */
            sex: "LAKI_LAKI" | "PEREMPUAN" | null;
            birth_date: components["schemas"]["NullableDate"];
            pmi_status: components["schemas"]["NullableString"];
        };
        PersonPage: {
            items: components["schemas"]["Person"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        PersonMatch: {
            score: number;
            /** @enum {string} */
            matched_on: "nik" | "passport_number" | "name" | "alias";
            person: components["schemas"]["Person"];
        };
        PersonSearchResults: {
            items: components["schemas"]["PersonMatch"][];
        };
        FamilyLinkInput: {
            related_person_id: string;
            /** @description codelist hubungan_keluarga: PASANGAN, ANAK, ORANG_TUA, WALI, ANAK_PERWALIAN */
            relation: string;
        };
        FamilyMember: {
            link_id: string;
            /** @description How the other person relates to the person asked about. */
            relation: string;
            person: components["schemas"]["PersonSummary"];
        };
        FamilyMemberList: {
            items: components["schemas"]["FamilyMember"][];
        };
        /** @enum {string} */
        JourneyStatus: "registered" | "in_training" | "ready_to_depart" | "working_abroad" | "returned" | "reintegrating" | "closed";
        JourneyDocumentInput: {
            /** @description codelist dokumen_pmi */
            code: string;
            /** @description codelist status_dokumen: missing | submitted | verified | rejected (default missing) */
            status?: string | null;
            number?: string | null;
            /** Format: date */
            issued_on?: string | null;
            /** Format: date */
            expires_on?: string | null;
            note?: string | null;
        };
        JourneyDocument: {
            code: string;
            status: string;
            number: components["schemas"]["NullableString"];
            issued_on: components["schemas"]["NullableDate"];
            expires_on: components["schemas"]["NullableDate"];
            note: components["schemas"]["NullableString"];
        };
        JourneyInput: {
            /** @description codelist skema_penempatan */
            placement_scheme: string;
            /** @description ISO 3166-1 alpha-2 */
            destination_country: string;
            /** @description codelist pmi_kategori */
            pmi_category?: string | null;
            /** @description Required when placement_scheme is P3MI. */
            p3mi_name?: string | null;
            sector?: string | null;
            job_title?: string | null;
            employer_name?: string | null;
            /** @description false: non-procedural migration (default true) */
            procedural?: boolean | null;
            /** @description Ps 13 checklist; documents not named are filled in with status missing. */
            documents?: components["schemas"]["JourneyDocumentInput"][] | null;
            /** Format: date */
            planned_departure_date?: string | null;
            /** Format: date */
            contract_end_date?: string | null;
            notes?: string | null;
        };
        /** @description Merge patch of the writable fields; `documents` replaces the whole checklist. */
        JourneyPatch: {
            /** @description codelist skema_penempatan */
            placement_scheme?: string;
            /** @description ISO 3166-1 alpha-2 */
            destination_country?: string;
            /** @description codelist pmi_kategori */
            pmi_category?: string | null;
            /** @description Required when placement_scheme is P3MI. */
            p3mi_name?: string | null;
            sector?: string | null;
            job_title?: string | null;
            employer_name?: string | null;
            /** @description false: non-procedural migration (default true) */
            procedural?: boolean | null;
            /** @description Ps 13 checklist; documents not named are filled in with status missing. */
            documents?: components["schemas"]["JourneyDocumentInput"][] | null;
            /** Format: date */
            planned_departure_date?: string | null;
            /** Format: date */
            contract_end_date?: string | null;
            notes?: string | null;
        };
        Journey: {
            id: string;
            person_id: string;
            version: number;
            status: components["schemas"]["JourneyStatus"];
            /** @enum {string} */
            phase: "before" | "during" | "after";
            placement_scheme: string;
            pmi_category: components["schemas"]["NullableString"];
            p3mi_name: components["schemas"]["NullableString"];
            destination_country: string;
            sector: components["schemas"]["NullableString"];
            job_title: components["schemas"]["NullableString"];
            employer_name: components["schemas"]["NullableString"];
            procedural: boolean;
            documents: components["schemas"]["JourneyDocument"][];
            documents_complete: boolean;
            missing_documents: components["schemas"]["StringList"];
            planned_departure_date: components["schemas"]["NullableDate"];
            contract_end_date: components["schemas"]["NullableDate"];
            notes: components["schemas"]["NullableString"];
            departure_date: components["schemas"]["NullableDate"];
            return_date: components["schemas"]["NullableDate"];
            return_reason: components["schemas"]["NullableString"];
            debarkation_point: components["schemas"]["NullableString"];
            flags: string[];
            allowed_transitions: components["schemas"]["JourneyStatus"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
            /** @description Only in GET /api/v1/journeys/{id}. */
            transitions?: components["schemas"]["Transition"][];
            /** @description Only in GET /api/v1/journeys/{id}. */
            follow_ups?: components["schemas"]["FollowUp"][];
        };
        JourneyPage: {
            items: components["schemas"]["Journey"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        JourneyList: {
            items: components["schemas"]["Journey"][];
        };
        TransitionInput: {
            to: components["schemas"]["JourneyStatus"];
            /** @description Required when closing before departure. */
            reason?: string | null;
            /**
             * Format: date
             * @description Default today (UTC).
             */
            effective_date?: string | null;
            /** @description Depart although Ps 13 documents are incomplete. */
            documents_override_reason?: string | null;
            /** @description codelist alasan_kepulangan; required for -> returned */
            return_reason?: string | null;
            debarkation_point?: string | null;
        };
        Transition: {
            id: string;
            from: components["schemas"]["JourneyStatus"];
            to: components["schemas"]["JourneyStatus"];
            effective_date: components["schemas"]["Date"];
            at: components["schemas"]["Timestamp"];
            actor: string;
            reason: components["schemas"]["NullableString"];
            override_reason: components["schemas"]["NullableString"];
        };
        TransitionList: {
            items: components["schemas"]["Transition"][];
        };
        FollowUpInput: {
            date: components["schemas"]["Date"];
            /** @description codelist bentuk_reintegrasi */
            kind: string;
            note?: string | null;
        };
        FollowUp: {
            id: string;
            journey_id: string;
            date: components["schemas"]["Date"];
            kind: string;
            note: string;
            recorded_at: components["schemas"]["Timestamp"];
            recorded_by: string;
        };
        FollowUpList: {
            items: components["schemas"]["FollowUp"][];
        };
        /**
         * @description Codes of the code list status_kasus.
         * @enum {string}
         */
        CaseStatus: "INTAKE" | "IDENTIFIKASI" | "ASESMEN" | "RENCANA_LAYANAN" | "LAYANAN" | "PEMULANGAN" | "REINTEGRASI" | "MENUNGGU_PENUTUPAN" | "DITUTUP" | "DITUTUP_DIRUJUK";
        CaseInput: {
            /** @description codelist saluran_pengaduan */
            intake_channel: string;
            /**
             * Format: date
             * @description When the report reached the agency; not in the future.
             */
            reported_on: string;
            /**
             * Format: date
             * @description When it happened, if known; not after reported_on.
             */
            occurred_on?: string | null;
            /** @description ISO 3166-1 alpha-2 ("ID" at home). */
            occurrence_country?: string | null;
            /** @description Dotted Kemendagri code; only with occurrence_country ID (or none). */
            occurrence_region_code?: string | null;
            /** @description codelist urgensi_kasus (default SEDANG) */
            urgency?: string;
            /** @description Default false. */
            immediate_safety_risk?: boolean;
            /** @description codelist jenis_kasus; at least one, no repeats. */
            case_types: string[];
            /** @description codelist tindakan_kekerasan (granular acts; the SIMFONI forms and the GBVIMS type are derived). */
            violence_acts?: string[];
            /** @description codelist tempat_kejadian */
            places?: string[];
            /** @description codelist masalah_pmi */
            pmi_problems?: string[];
            /** @description The reporter when not recorded as a party (role PELAPOR). Sensitive. */
            reporter_name?: string | null;
            /** @description Sensitive. */
            reporter_contact?: string | null;
            /** @description UU 21/2007 Ps 33: keep the reporter's identity confidential. */
            reporter_confidential?: boolean;
            /** @description What happened, in the officer's words. Sensitive. */
            summary?: string;
            /** @description Needed (with return_assessed_safe) for the move to PEMULANGAN. */
            victim_wants_return?: boolean;
            return_assessed_safe?: boolean;
        };
        /** @description Merge patch of the writable fields; lists are replaced as a whole. null resets a field (optional values to null, flags to false, lists to empty, urgency to SEDANG, summary to empty); null on intake_channel or reported_on is a 422 (required). */
        CasePatch: {
            /** @description codelist saluran_pengaduan */
            intake_channel?: string;
            /**
             * Format: date
             * @description When the report reached the agency; not in the future.
             */
            reported_on?: string;
            /**
             * Format: date
             * @description When it happened, if known; not after reported_on.
             */
            occurred_on?: string | null;
            /** @description ISO 3166-1 alpha-2 ("ID" at home). */
            occurrence_country?: string | null;
            /** @description Dotted Kemendagri code; only with occurrence_country ID (or none). */
            occurrence_region_code?: string | null;
            /** @description codelist urgensi_kasus (default SEDANG) */
            urgency?: string;
            /** @description Default false. */
            immediate_safety_risk?: boolean;
            /** @description codelist jenis_kasus; at least one, no repeats. */
            case_types?: string[];
            /** @description codelist tindakan_kekerasan (granular acts; the SIMFONI forms and the GBVIMS type are derived). */
            violence_acts?: string[];
            /** @description codelist tempat_kejadian */
            places?: string[];
            /** @description codelist masalah_pmi */
            pmi_problems?: string[];
            /** @description The reporter when not recorded as a party (role PELAPOR). Sensitive. */
            reporter_name?: string | null;
            /** @description Sensitive. */
            reporter_contact?: string | null;
            /** @description UU 21/2007 Ps 33: keep the reporter's identity confidential. */
            reporter_confidential?: boolean;
            /** @description What happened, in the officer's words. Sensitive. */
            summary?: string;
            /** @description Needed (with return_assessed_safe) for the move to PEMULANGAN. */
            victim_wants_return?: boolean;
            return_assessed_safe?: boolean;
        };
        Case: {
            id: string;
            version: number;
            status: components["schemas"]["CaseStatus"];
            intake_channel: string;
            reported_on: components["schemas"]["Date"];
            occurred_on: components["schemas"]["NullableDate"];
            occurrence_country: components["schemas"]["NullableString"];
            occurrence_region_code: components["schemas"]["NullableString"];
            urgency: string;
            immediate_safety_risk: boolean;
            case_types: components["schemas"]["StringList"];
            violence_acts: components["schemas"]["StringList"];
            places: components["schemas"]["StringList"];
            pmi_problems: components["schemas"]["StringList"];
            reporter_name: components["schemas"]["NullableString"];
            reporter_contact: components["schemas"]["NullableString"];
            reporter_confidential: boolean;
            /** @description Empty when masked. */
            summary: string;
            victim_wants_return: boolean;
            return_assessed_safe: boolean;
            /** @description Read-only. The agency that took the case in; null = owned nationally. */
            owner_agency_id: string | null;
            /** @description codelist alasan_penutupan_kasus, set on asking to close */
            closure_reason: string | null;
            /** @description Where a refused closure sends the case back. */
            status_before_closure: components["schemas"]["CaseStatus"] | null;
            reintegration_started: components["schemas"]["NullableDate"];
            /** Format: date-time */
            closed_at: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
            /** @description The parties in role KORBAN (one case, many victims). */
            victim_count: number;
            /** @description Sensitive fields withheld by the access policy; they are empty (summary) or null above whatever is stored. Empty when nothing is masked. */
            masked_fields: ("summary" | "reporter_name" | "reporter_contact")[];
        };
        CasePage: {
            items: components["schemas"]["Case"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description codelist status_rujukan
         * @enum {string}
         */
        ReferralStatus: "MENUNGGU" | "DITERIMA" | "DITOLAK" | "SELESAI" | "DICABUT" | "DITERUSKAN";
        ReferralInput: {
            /** @description The receiving agency. */
            to_agency_id: string;
            /** @description Victims (KORBAN parties) of the case; at least one, no repeats. */
            person_ids: string[];
            /** @description codelist layanan_kasus; at least one, no repeats. */
            services: string[];
            /** @description To the receiver: why, what is needed (sealed at rest). At most 4000 characters. */
            message: string;
            /**
             * @description codelist urgensi_kasus
             * @default SEDANG
             */
            urgency: string;
            /** @description Supervisors only: why the victims' data goes without a recorded consent for the receiver's agency type (e.g. the victim's life is at risk). Ignored when every consent exists. */
            consent_override_reason?: string | null;
        };
        ReferralReasonInput: {
            /** @description At most 4000 characters. */
            reason: string;
        };
        ReferralOutcomeInput: {
            /** @description What was done (sealed at rest). At most 4000 characters. */
            outcome: string;
        };
        ReferralForwardInput: {
            to_agency_id: string;
            message: string;
            consent_override_reason?: string | null;
        };
        Referral: {
            id: string;
            version: number;
            case_id: string;
            from_agency_id: string;
            to_agency_id: string;
            person_ids: string[];
            services: string[];
            message: string;
            urgency: string;
            consent_override_reason: components["schemas"]["NullableString"];
            status: components["schemas"]["ReferralStatus"];
            /** @description The consents relied on, one per person; empty when overridden. */
            consent_ids: string[];
            forwarded_from_referral_id: components["schemas"]["NullableString"];
            forwarded_to_referral_id: components["schemas"]["NullableString"];
            created_at: components["schemas"]["Timestamp"];
            created_by: string;
            /**
             * Format: date-time
             * @description Accepted, declined or forwarded unanswered.
             */
            responded_at: string | null;
            responded_by: components["schemas"]["NullableString"];
            decline_reason: components["schemas"]["NullableString"];
            /** Format: date-time */
            completed_at: string | null;
            completed_by: components["schemas"]["NullableString"];
            outcome: components["schemas"]["NullableString"];
            /** Format: date-time */
            revoked_at: string | null;
            revoked_by: components["schemas"]["NullableString"];
            revoke_reason: components["schemas"]["NullableString"];
            /** Format: date-time */
            forwarded_at: string | null;
            forwarded_by: components["schemas"]["NullableString"];
            /**
             * Format: date-time
             * @description When the unanswered referral was escalated to the receiving supervisors.
             */
            escalated_at: string | null;
            /** @description Fields withheld from you (emptied or null above). Empty when nothing is masked. */
            masked_fields: ("message" | "outcome" | "person_ids")[];
        };
        ReferralList: {
            items: components["schemas"]["Referral"][];
        };
        ReferralPage: {
            items: components["schemas"]["Referral"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ReferralResponseTimes: {
            /** @description The receiving agency. */
            agency_id: string;
            referrals: number;
            answered: number;
            completed: number;
            pending: number;
            median_hours_to_answer: number | null;
            p90_hours_to_answer: number | null;
            median_hours_to_complete: number | null;
            p90_hours_to_complete: number | null;
        };
        ReferralResponseTimesReport: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            items: components["schemas"]["ReferralResponseTimes"][];
        };
        /** @description Derived from violence_acts on every read (never stored). */
        ViolenceClassification: {
            /** @description codelist bentuk_kekerasan, in code-list order */
            simfoni_forms: string[];
            /** @description codelist gbvims_type; null when no act is GBV */
            gbvims_type: string | null;
            /** @description An act of trafficking (GBVIMS "trafficked"). */
            trafficking_context: boolean;
        };
        CasePartyInput: {
            person_id: string;
            /** @description codelist peran_dalam_kasus */
            role: string;
            /** @description codelist hubungan_pelaku; only for TERDUGA_PELAKU, PEREKRUT and PEMBERI_KERJA. */
            relationship_to_victim?: string | null;
            note?: string | null;
        };
        CaseParty: {
            id: string;
            case_id: string;
            person_id: string;
            role: string;
            relationship_to_victim: components["schemas"]["NullableString"];
            note: components["schemas"]["NullableString"];
            added_at: components["schemas"]["Timestamp"];
            added_by: string;
        };
        CasePartyView: {
            id: string;
            case_id: string;
            person_id: string;
            role: string;
            relationship_to_victim: components["schemas"]["NullableString"];
            note: components["schemas"]["NullableString"];
            added_at: components["schemas"]["Timestamp"];
            added_by: string;
            /** @description The person as you may see it (masked as any person read); null when outside your scope. */
            person: components["schemas"]["Person"] | null;
        };
        CaseScreeningInput: {
            /** @description A party of the case in role KORBAN. */
            person_id: string;
            /** @description Code list tppo_act, e.g. PEREKRUTAN. */
            acts?: string[];
            /** @description Code list tppo_means, e.g. PENIPUAN. */
            means?: string[];
            /** @description Code list eksploitasi_type (intended or realised exploitation), e.g. KERJA_PAKSA. */
            purposes?: string[];
            /** @description Age in years; null or absent to take it from the person's birth date on reported_on. */
            victim_age?: number | null;
            /** @description The person was actually exploited (Ps 2(2)). */
            exploitation_occurred?: boolean;
            /** @description Code list ilo_forced_labour, FL01..FL11. */
            ilo_indicators?: string[];
        };
        CaseScreeningStoredInput: {
            acts: components["schemas"]["StringList"];
            means: components["schemas"]["StringList"];
            purposes: components["schemas"]["StringList"];
            victim_age: number | null;
            exploitation_occurred: boolean;
            ilo_indicators: components["schemas"]["StringList"];
        };
        CaseScreening: {
            id: string;
            case_id: string;
            person_id: string;
            input: components["schemas"]["CaseScreeningStoredInput"];
            result: components["schemas"]["TppoScreeningResult"];
            screened_at: components["schemas"]["Timestamp"];
            screened_by: string;
            /** @description codelist penetapan_tppo */
            determination: string | null;
            determination_note: components["schemas"]["NullableString"];
            /** Format: date-time */
            determined_at: string | null;
            determined_by: components["schemas"]["NullableString"];
        };
        DeterminationInput: {
            /** @description codelist penetapan_tppo */
            determination: string;
            /** @description Why (required). */
            note: string;
        };
        CaseTransitionInput: {
            to: components["schemas"]["CaseStatus"];
            /** @description Required for closing, reopening and moving backwards. */
            reason?: string | null;
            /** @description codelist alasan_penutupan_kasus; required for -> MENUNGGU_PENUTUPAN */
            closure_reason?: string | null;
            /**
             * Format: date
             * @description Default today (UTC); not in the future.
             */
            effective_date?: string | null;
        };
        CaseTransition: {
            id: string;
            case_id: string;
            from: components["schemas"]["CaseStatus"];
            to: components["schemas"]["CaseStatus"];
            effective_date: components["schemas"]["Date"];
            at: components["schemas"]["Timestamp"];
            actor: string;
            reason: components["schemas"]["NullableString"];
            closure_reason: components["schemas"]["NullableString"];
        };
        CaseDetail: {
            case: components["schemas"]["Case"];
            classification: components["schemas"]["ViolenceClassification"];
            parties: components["schemas"]["CasePartyView"][];
            /** @description Newest last; empty when you may not see the case's sensitive fields. */
            screenings: components["schemas"]["CaseScreening"][];
            /** @description Oldest first. */
            transitions: components["schemas"]["CaseTransition"][];
        };
        /**
         * @description codelist status_layanan
         * @enum {string}
         */
        CaseServiceStatus: "DIRENCANAKAN" | "BERJALAN" | "SELESAI" | "DIBATALKAN";
        CaseServiceInput: {
            /** @description A victim (KORBAN) of the case; null for the whole case. */
            person_id?: string | null;
            /** @description codelist layanan_kasus */
            service: string;
            /** @description Default your agency. */
            provider_agency_id?: string | null;
            /** @description codelist status_layanan (default DIRENCANAKAN) */
            status?: string;
            requested_on: components["schemas"]["Date"];
            started_on?: components["schemas"]["NullableDate"];
            completed_on?: components["schemas"]["NullableDate"];
            /** @description e.g. the police report number LP/B/123/XI/2025 */
            reference?: string | null;
            outcome?: string | null;
        };
        /** @description Merge patch of the writable fields; null clears a date, the reference or the outcome. */
        CaseServicePatch: {
            /** @description codelist status_layanan */
            status?: string;
            started_on?: components["schemas"]["NullableDate"];
            completed_on?: components["schemas"]["NullableDate"];
            reference?: string | null;
            outcome?: string | null;
        };
        CaseServiceDelivery: {
            id: string;
            case_id: string;
            version: number;
            person_id: components["schemas"]["NullableString"];
            service: string;
            provider_agency_id: components["schemas"]["NullableString"];
            status: components["schemas"]["CaseServiceStatus"];
            requested_on: components["schemas"]["Date"];
            started_on: components["schemas"]["NullableDate"];
            completed_on: components["schemas"]["NullableDate"];
            /** @description PERTOLONGAN_PERTAMA only, requested_on + 7 days (UU 21/2007 Ps 53); derived, never stored. */
            due_on: components["schemas"]["NullableDate"];
            reference: components["schemas"]["NullableString"];
            /** @description null when masked (see masked_fields). */
            outcome: components["schemas"]["NullableString"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
            masked_fields: components["schemas"]["StringList"];
        };
        CaseServiceList: {
            items: components["schemas"]["CaseServiceDelivery"][];
        };
        CaseNoteInput: {
            text: string;
        };
        CaseNote: {
            id: string;
            case_id: string;
            text: string;
            created_at: components["schemas"]["Timestamp"];
            created_by: string;
        };
        CaseNoteList: {
            items: components["schemas"]["CaseNote"][];
        };
        /** @description Whole rupiah. */
        RestitutionAmount: number;
        /** @description Whole rupiah. */
        NullableRestitutionAmount: number | null;
        RestitutionComponentInput: {
            /** @description codelist komponen_restitusi */
            component: string;
            claimed_idr: components["schemas"]["RestitutionAmount"];
            /** @description What the verdict awarded (0 for a rejected component); only with verdict_on, then required. */
            awarded_idr?: components["schemas"]["NullableRestitutionAmount"];
            note?: string | null;
        };
        RestitutionComponent: {
            /**
             * @description codelist komponen_restitusi (UU 21/2007 Ps 48(2))
             * @enum {string}
             */
            component: "KEHILANGAN_KEKAYAAN_PENGHASILAN" | "PENDERITAAN" | "BIAYA_PERAWATAN" | "KERUGIAN_LAIN";
            claimed_idr: components["schemas"]["RestitutionAmount"];
            awarded_idr: components["schemas"]["NullableRestitutionAmount"];
            note: components["schemas"]["NullableString"];
        };
        /**
         * @description codelist tahap_restitusi
         * @enum {string}
         */
        RestitutionStage: "DIAJUKAN" | "DIPUTUS" | "MENUNGGU_PEMBAYARAN" | "DIBAYAR" | "DIBAYAR_SEBAGIAN" | "TIDAK_DIBAYAR_DILAPORKAN" | "TEGURAN" | "SITA_LELANG" | "KURUNGAN_PENGGANTI";
        /** @description Merge patch of the writable fields (all but person_id); null clears an optional field. */
        CaseRestitutionPatch: {
            components?: components["schemas"]["RestitutionComponentInput"][];
            /** @description e.g. 12/Pid.Sus/2026/PN Ptk */
            court_case_number?: string | null;
            /** @description The claim was filed (from the police report, Penjelasan Ps 48(1)). */
            claimed_on?: components["schemas"]["Date"];
            verdict_on?: components["schemas"]["NullableDate"];
            /** @description Notice of the final (inkracht) verdict to the offender; the 14 days to pay start (Ps 50(1)). */
            final_notice_on?: components["schemas"]["NullableDate"];
            paid_on?: components["schemas"]["NullableDate"];
            /** @description What the offender paid so far, in rupiah (with paid_on). */
            paid_idr?: number | null;
            /** @description The victim told the court it was not paid (after payment_due_on, Ps 50(2)). */
            unpaid_reported_on?: components["schemas"]["NullableDate"];
            /** @description The court's written warning; another 14 days start (Ps 50(3)). */
            warning_on?: components["schemas"]["NullableDate"];
            /** @description The prosecutor seized (and auctions) the offender's assets; on or after seizure_due_on. */
            seizure_on?: components["schemas"]["NullableDate"];
            /** @description The offender could not pay; substitute detention ordered (Ps 50(4)); on or after seizure_due_on. */
            substitute_detention_on?: components["schemas"]["NullableDate"];
        };
        /** @description A victim's claim (the fields of CaseRestitutionPatch with person_id). */
        CaseRestitutionInput: {
            /** @description A victim (KORBAN) of the case; fixed once recorded. */
            person_id: string;
            components: components["schemas"]["RestitutionComponentInput"][];
            /** @description e.g. 12/Pid.Sus/2026/PN Ptk */
            court_case_number?: string | null;
            /** @description The claim was filed (from the police report, Penjelasan Ps 48(1)). */
            claimed_on: components["schemas"]["Date"];
            verdict_on?: components["schemas"]["NullableDate"];
            /** @description Notice of the final (inkracht) verdict to the offender; the 14 days to pay start (Ps 50(1)). */
            final_notice_on?: components["schemas"]["NullableDate"];
            paid_on?: components["schemas"]["NullableDate"];
            /** @description What the offender paid so far, in rupiah (with paid_on). */
            paid_idr?: number | null;
            /** @description The victim told the court it was not paid (after payment_due_on, Ps 50(2)). */
            unpaid_reported_on?: components["schemas"]["NullableDate"];
            /** @description The court's written warning; another 14 days start (Ps 50(3)). */
            warning_on?: components["schemas"]["NullableDate"];
            /** @description The prosecutor seized (and auctions) the offender's assets; on or after seizure_due_on. */
            seizure_on?: components["schemas"]["NullableDate"];
            /** @description The offender could not pay; substitute detention ordered (Ps 50(4)); on or after seizure_due_on. */
            substitute_detention_on?: components["schemas"]["NullableDate"];
        };
        CaseRestitution: {
            id: string;
            case_id: string;
            version: number;
            person_id: string;
            components: components["schemas"]["RestitutionComponent"][];
            court_case_number: components["schemas"]["NullableString"];
            claimed_on: components["schemas"]["Date"];
            verdict_on: components["schemas"]["NullableDate"];
            final_notice_on: components["schemas"]["NullableDate"];
            paid_on: components["schemas"]["NullableDate"];
            paid_idr: components["schemas"]["NullableRestitutionAmount"];
            unpaid_reported_on: components["schemas"]["NullableDate"];
            warning_on: components["schemas"]["NullableDate"];
            seizure_on: components["schemas"]["NullableDate"];
            substitute_detention_on: components["schemas"]["NullableDate"];
            stage: components["schemas"]["RestitutionStage"];
            /** @description Derived */
            claimed_total_idr: number;
            /** @description Derived; null before the verdict. */
            awarded_total_idr: number | null;
            /** @description final_notice_on + 14 days, the last day to pay (UU 21/2007 Ps 50(1)); derived. */
            payment_due_on: components["schemas"]["NullableDate"];
            /** @description warning_on + 14 days, from when the prosecutor is due to seize (Ps 50(3)); derived. */
            seizure_due_on: components["schemas"]["NullableDate"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
        };
        CaseRestitutionList: {
            items: components["schemas"]["CaseRestitution"][];
        };
        CaseAttachment: {
            id: string;
            case_id: string;
            /** @description Sanitised: no path separators or control characters. */
            file_name: string;
            /** @enum {string} */
            media_type: "application/pdf" | "image/jpeg" | "image/png" | "image/webp" | "text/plain" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.oasis.opendocument.text" | "application/vnd.oasis.opendocument.spreadsheet";
            size_bytes: number;
            /** @description The SHA-256 of the content (its address). */
            sha256: string;
            description: string | null;
            created_at: components["schemas"]["Timestamp"];
            created_by: string;
        };
        CaseAttachmentList: {
            items: components["schemas"]["CaseAttachment"][];
        };
        MeetingAttachment: {
            id: string;
            meeting_id: string;
            /**
             * @description Codelist jenis_lampiran_rapat.
             * @enum {string}
             */
            kind: "KESEPAKATAN_BERSAMA" | "NOTULEN" | "DAFTAR_HADIR" | "BAHAN_PAPARAN" | "LAINNYA";
            /** @description Sanitised: no path separators or control characters. */
            file_name: string;
            /** @enum {string} */
            media_type: "application/pdf" | "image/jpeg" | "image/png" | "image/webp" | "text/plain" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.oasis.opendocument.text" | "application/vnd.oasis.opendocument.spreadsheet";
            size_bytes: number;
            /** @description The SHA-256 of the content (its address). */
            sha256: string;
            description: string | null;
            /** @description Whether you may download the content (false for an attendance list outside the meeting's agencies and national scope). */
            downloadable: boolean;
            created_at: components["schemas"]["Timestamp"];
            created_by: string;
        };
        MeetingAttachmentList: {
            items: components["schemas"]["MeetingAttachment"][];
        };
        /** @description Merge patch of the complaint facts; null clears a date. */
        ComplaintFactsPatch: {
            /** @description The documents are not complete yet (Ps 30(1)(a)). */
            documents_incomplete?: boolean | null;
            /** @description Additional data were asked for on this day (Ps 30(1)(b)); clear it once answered. */
            info_requested_on?: components["schemas"]["NullableDate"];
            /** @description The last day the complainant was reached before the silence (Ps 30(1)(c)). */
            unreachable_since?: components["schemas"]["NullableDate"];
            /** @description The day the complainant was told the problem cannot be resolved (Ps 30(1)(e)). */
            awaiting_response_since?: components["schemas"]["NullableDate"];
            /** @description The second clarification, with the settlement commitment (Perban BP2MI 23/2025 Ps 18). */
            settlement_clarified_on?: components["schemas"]["NullableDate"];
        };
        ComplaintTimer: {
            /** @enum {string} */
            kind: "COMPLAINT_DOCUMENTS_30D" | "COMPLAINT_INFO_15WD" | "COMPLAINT_UNREACHABLE_60D" | "COMPLAINT_NO_RESPONSE_6M" | "SETTLEMENT_7D";
            started_on: components["schemas"]["Date"];
            due_on: components["schemas"]["Date"];
            /** @description When the timer becomes overdue. */
            due_at: components["schemas"]["Timestamp"];
            overdue: boolean;
            /** @description e.g. "Perban BP2MI 6/2024 Ps 30(1)(b)" */
            legal_basis: string;
        };
        ComplaintFacts: {
            case_id: string;
            /** @description 0 while nothing was recorded. */
            version: number;
            documents_incomplete: boolean;
            info_requested_on: components["schemas"]["NullableDate"];
            unreachable_since: components["schemas"]["NullableDate"];
            awaiting_response_since: components["schemas"]["NullableDate"];
            settlement_clarified_on: components["schemas"]["NullableDate"];
            /** Format: date-time */
            created_at: string | null;
            created_by: components["schemas"]["NullableString"];
            /** Format: date-time */
            updated_at: string | null;
            updated_by: components["schemas"]["NullableString"];
            /** @description The timers running, in the order of the clauses (empty for a closed case or one not of type PMI_BERMASALAH). */
            timers: components["schemas"]["ComplaintTimer"][];
        };
        ForumInput: {
            name: string;
            convening_agency_id: string;
            /** @description A province code (two digits); null for a national forum. */
            region_code?: string | null;
            member_agency_ids?: components["schemas"]["StringList"];
            description?: components["schemas"]["NullableString"];
        };
        ForumPatch: {
            name?: string;
            convening_agency_id?: string;
            region_code?: string | null;
            member_agency_ids?: components["schemas"]["StringList"];
            description?: components["schemas"]["NullableString"];
        };
        Forum: {
            id: string;
            version: number;
            name: string;
            convening_agency_id: string;
            region_code: components["schemas"]["NullableString"];
            member_agency_ids: components["schemas"]["StringList"];
            description: components["schemas"]["NullableString"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
        };
        ForumList: {
            items: components["schemas"]["Forum"][];
        };
        TrainingProgrammeInput: {
            name: string;
            /** @description Codelist jenis_pelatihan. */
            kind: string;
            /** @description Absent or null for the actor's agency. */
            provider_agency_id?: string | null;
            skill?: components["schemas"]["NullableString"];
            issues_competence_certificate?: boolean;
            description?: components["schemas"]["NullableString"];
            region_code?: components["schemas"]["NullableString"];
        };
        TrainingProgrammePatch: {
            name?: string;
            kind?: string;
            provider_agency_id?: string;
            skill?: components["schemas"]["NullableString"];
            issues_competence_certificate?: boolean;
            description?: components["schemas"]["NullableString"];
            region_code?: components["schemas"]["NullableString"];
        };
        TrainingProgramme: {
            id: string;
            version: number;
            name: string;
            kind: string;
            provider_agency_id: string;
            skill: components["schemas"]["NullableString"];
            issues_competence_certificate: boolean;
            description: components["schemas"]["NullableString"];
            region_code: components["schemas"]["NullableString"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
        };
        TrainingProgrammeList: {
            items: components["schemas"]["TrainingProgramme"][];
        };
        TrainingSessionInput: {
            starts_on: components["schemas"]["Date"];
            ends_on: components["schemas"]["Date"];
            place: string;
            region_code?: components["schemas"]["NullableString"];
            capacity?: number | null;
        };
        TrainingSessionPatch: {
            starts_on?: components["schemas"]["Date"];
            ends_on?: components["schemas"]["Date"];
            place?: string;
            region_code?: components["schemas"]["NullableString"];
            capacity?: number | null;
        };
        TrainingSession: {
            id: string;
            programme_id: string;
            version: number;
            starts_on: components["schemas"]["Date"];
            ends_on: components["schemas"]["Date"];
            place: string;
            region_code: components["schemas"]["NullableString"];
            capacity: number | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
        };
        TrainingSessionList: {
            items: components["schemas"]["TrainingSession"][];
        };
        /** @enum {string} */
        EnrolmentStatus: "ENROLLED" | "COMPLETED" | "DROPPED_OUT" | "FAILED";
        TrainingEnrolmentPatch: {
            status?: components["schemas"]["EnrolmentStatus"];
            attended_on?: components["schemas"]["Date"][];
            completed_on?: components["schemas"]["NullableDate"];
            certificate_number?: components["schemas"]["NullableString"];
            certificate_issued_on?: components["schemas"]["NullableDate"];
            note?: components["schemas"]["NullableString"];
        };
        TrainingEnrolment: {
            id: string;
            session_id: string;
            programme_id: string;
            person_id: string;
            person_name: string;
            version: number;
            status: components["schemas"]["EnrolmentStatus"];
            attended_on: components["schemas"]["Date"][];
            /** @description The number of days in attended_on. */
            attended_days: number;
            completed_on: components["schemas"]["NullableDate"];
            certificate_number: components["schemas"]["NullableString"];
            certificate_issued_on: components["schemas"]["NullableDate"];
            note: components["schemas"]["NullableString"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
        };
        TrainingEnrolmentUpdate: {
            id: string;
            session_id: string;
            programme_id: string;
            person_id: string;
            person_name: string;
            version: number;
            status: components["schemas"]["EnrolmentStatus"];
            attended_on: components["schemas"]["Date"][];
            /** @description The number of days in attended_on. */
            attended_days: number;
            completed_on: components["schemas"]["NullableDate"];
            certificate_number: components["schemas"]["NullableString"];
            certificate_issued_on: components["schemas"]["NullableDate"];
            note: components["schemas"]["NullableString"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
            /** @description The journey whose SERTIFIKAT_KOMPETENSI this completion verified; null when none changed. */
            journey_updated: string | null;
        };
        TrainingEnrolmentList: {
            items: components["schemas"]["TrainingEnrolment"][];
        };
        PersonTraining: {
            id: string;
            version: number;
            status: components["schemas"]["EnrolmentStatus"];
            attended_on: components["schemas"]["Date"][];
            attended_days: number;
            completed_on: components["schemas"]["NullableDate"];
            certificate_number: components["schemas"]["NullableString"];
            certificate_issued_on: components["schemas"]["NullableDate"];
            note: components["schemas"]["NullableString"];
            session: components["schemas"]["TrainingSession"];
            programme: components["schemas"]["TrainingProgramme"];
        };
        PersonTrainingList: {
            items: components["schemas"]["PersonTraining"][];
        };
        Representative: {
            /** @description Empty when masked (Meeting.representatives_masked). */
            name: string;
            position?: components["schemas"]["NullableString"];
        };
        MeetingParticipant: {
            agency_id: string;
            representatives?: components["schemas"]["Representative"][];
        };
        MeetingInput: {
            title: string;
            held_on: components["schemas"]["Date"];
            place?: components["schemas"]["NullableString"];
            online_link?: components["schemas"]["NullableString"];
            /** @description Absent or null for the forum's convening agency. */
            convening_agency_id?: string | null;
            participants?: components["schemas"]["MeetingParticipant"][];
            agenda?: components["schemas"]["NullableString"];
            minutes?: components["schemas"]["NullableString"];
        };
        MeetingPatch: {
            title?: string;
            held_on?: components["schemas"]["Date"];
            place?: components["schemas"]["NullableString"];
            online_link?: components["schemas"]["NullableString"];
            convening_agency_id?: string;
            participants?: components["schemas"]["MeetingParticipant"][];
            agenda?: components["schemas"]["NullableString"];
            minutes?: components["schemas"]["NullableString"];
        };
        Meeting: {
            id: string;
            forum_id: string;
            version: number;
            title: string;
            held_on: components["schemas"]["Date"];
            place: components["schemas"]["NullableString"];
            online_link: components["schemas"]["NullableString"];
            convening_agency_id: string;
            participants: components["schemas"]["MeetingParticipant"][];
            agenda: components["schemas"]["NullableString"];
            minutes: components["schemas"]["NullableString"];
            representatives_masked: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
        };
        /** @description A meeting with the commitments made at it and the agenda carry-over. */
        MeetingDetail: {
            id: string;
            forum_id: string;
            version: number;
            title: string;
            held_on: components["schemas"]["Date"];
            place: components["schemas"]["NullableString"];
            online_link: components["schemas"]["NullableString"];
            convening_agency_id: string;
            participants: components["schemas"]["MeetingParticipant"][];
            agenda: components["schemas"]["NullableString"];
            minutes: components["schemas"]["NullableString"];
            representatives_masked: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
            commitments: components["schemas"]["Commitment"][];
            /** @description The OPEN, IN_PROGRESS and OVERDUE commitments of the forum's earlier meetings. */
            carry_over: components["schemas"]["Commitment"][];
        };
        MeetingList: {
            items: components["schemas"]["Meeting"][];
        };
        /** @enum {string} */
        CommitmentStatus: "OPEN" | "IN_PROGRESS" | "DONE" | "DROPPED";
        /**
         * @description The stored status, or OVERDUE (derived on read) for an OPEN or IN_PROGRESS one past its due day.
         * @enum {string}
         */
        CommitmentDisplayStatus: "OPEN" | "IN_PROGRESS" | "DONE" | "DROPPED" | "OVERDUE";
        CommitmentInput: {
            agency_ids: components["schemas"]["StringList"];
            description: string;
            due_on: components["schemas"]["Date"];
            /** @description The indicator of done, e.g. "sosialisasi di 5 kabupaten". */
            indicator: string;
            target?: number | null;
            progress?: number;
            status?: components["schemas"]["CommitmentStatus"];
            evidence?: components["schemas"]["NullableString"];
            dropped_reason?: components["schemas"]["NullableString"];
        };
        CommitmentPatch: {
            agency_ids?: components["schemas"]["StringList"];
            description?: string;
            due_on?: components["schemas"]["Date"];
            indicator?: string;
            target?: number | null;
            progress?: number;
            status?: components["schemas"]["CommitmentStatus"];
            evidence?: components["schemas"]["NullableString"];
            dropped_reason?: components["schemas"]["NullableString"];
        };
        CommitmentStatusChange: {
            from: components["schemas"]["CommitmentStatus"] | null;
            to: components["schemas"]["CommitmentStatus"];
            at: components["schemas"]["Timestamp"];
            by: string;
            note: components["schemas"]["NullableString"];
        };
        Commitment: {
            id: string;
            meeting_id: string;
            forum_id: string;
            version: number;
            agency_ids: components["schemas"]["StringList"];
            description: string;
            due_on: components["schemas"]["Date"];
            indicator: string;
            target: number | null;
            progress: number;
            status: components["schemas"]["CommitmentDisplayStatus"];
            stored_status: components["schemas"]["CommitmentStatus"];
            overdue: boolean;
            evidence: components["schemas"]["NullableString"];
            dropped_reason: components["schemas"]["NullableString"];
            done_on: components["schemas"]["NullableDate"];
            /** @description For a DONE commitment */
            done_on_time: boolean | null;
            /** @description Filled when one commitment is read; empty in lists. */
            status_history: components["schemas"]["CommitmentStatusChange"][];
            /** @description Only when one commitment is read: the outreach events linked to it (cancelled ones included). */
            outreach_events?: components["schemas"]["OutreachEventSummary"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
        };
        CommitmentPage: {
            items: components["schemas"]["Commitment"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ParticipantRow: {
            /** @description Under 18. */
            child?: number;
            /** @description 18 and over. */
            adult?: number;
            unknown?: number;
        };
        /** @description Participants by sex and by a child/adult split; absent cells are 0. */
        ParticipantCounts: {
            male?: components["schemas"]["ParticipantRow"];
            female?: components["schemas"]["ParticipantRow"];
            unknown?: components["schemas"]["ParticipantRow"];
        };
        OutreachEventInput: {
            title: string;
            /** @description Default the caller's agency. */
            organiser_agency_id?: string | null;
            partner_agency_ids?: components["schemas"]["StringList"];
            held_on: components["schemas"]["Date"];
            ends_on?: components["schemas"]["NullableDate"];
            /** @description Dotted Kemendagri code of a regency, district or village. */
            region_code: string;
            venue?: components["schemas"]["NullableString"];
            /** @description codelist topik_sosialisasi */
            topics: components["schemas"]["StringList"];
            /** @description codelist sasaran_sosialisasi */
            target_groups: components["schemas"]["StringList"];
            /** @description codelist saluran_sosialisasi */
            channel: string;
            participants?: components["schemas"]["ParticipantCounts"];
            materials?: components["schemas"]["StringList"];
            notes?: components["schemas"]["NullableString"];
            commitment_id?: components["schemas"]["NullableString"];
            cancelled?: boolean;
        };
        OutreachEventPatch: {
            title?: string;
            /** @description Null keeps the stored organiser. */
            organiser_agency_id?: string | null;
            partner_agency_ids?: components["schemas"]["StringList"];
            held_on?: components["schemas"]["Date"];
            ends_on?: components["schemas"]["NullableDate"];
            region_code?: string;
            venue?: components["schemas"]["NullableString"];
            topics?: components["schemas"]["StringList"];
            target_groups?: components["schemas"]["StringList"];
            channel?: string;
            participants?: components["schemas"]["ParticipantCounts"];
            materials?: components["schemas"]["StringList"];
            notes?: components["schemas"]["NullableString"];
            commitment_id?: components["schemas"]["NullableString"];
            cancelled?: boolean;
        };
        OutreachEvent: {
            id: string;
            version: number;
            title: string;
            organiser_agency_id: string;
            partner_agency_ids: components["schemas"]["StringList"];
            held_on: components["schemas"]["Date"];
            ends_on: components["schemas"]["NullableDate"];
            region_code: string;
            venue: components["schemas"]["NullableString"];
            topics: components["schemas"]["StringList"];
            target_groups: components["schemas"]["StringList"];
            channel: string;
            participants: {
                male: components["schemas"]["ParticipantCells"];
                female: components["schemas"]["ParticipantCells"];
                unknown: components["schemas"]["ParticipantCells"];
            };
            participant_total: number;
            materials: components["schemas"]["StringList"];
            notes: components["schemas"]["NullableString"];
            commitment_id: components["schemas"]["NullableString"];
            cancelled: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
        };
        ParticipantCells: {
            child: number;
            adult: number;
            unknown: number;
        };
        OutreachEventView: {
            id: string;
            version: number;
            title: string;
            organiser_agency_id: string;
            partner_agency_ids: components["schemas"]["StringList"];
            held_on: components["schemas"]["Date"];
            ends_on: components["schemas"]["NullableDate"];
            region_code: string;
            venue: components["schemas"]["NullableString"];
            topics: components["schemas"]["StringList"];
            target_groups: components["schemas"]["StringList"];
            channel: string;
            participants: {
                male: components["schemas"]["ParticipantCells"];
                female: components["schemas"]["ParticipantCells"];
                unknown: components["schemas"]["ParticipantCells"];
            };
            participant_total: number;
            materials: components["schemas"]["StringList"];
            notes: components["schemas"]["NullableString"];
            commitment_id: components["schemas"]["NullableString"];
            cancelled: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            created_by: string;
            updated_by: string;
            follow_ups: components["schemas"]["OutreachFollowUp"][];
            follow_ups_masked: boolean;
        };
        OutreachEventPage: {
            items: components["schemas"]["OutreachEvent"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        OutreachEventSummary: {
            id: string;
            title: string;
            held_on: components["schemas"]["Date"];
            region_code: string;
            organiser_agency_id: string;
            participant_total: number;
            cancelled: boolean;
        };
        OutreachFollowUpInput: {
            name?: components["schemas"]["NullableString"];
            contact?: components["schemas"]["NullableString"];
            request: string;
            /** @description codelist jenis_kasus */
            needs_category: string;
        };
        OutreachFollowUp: {
            id: string;
            event_id: string;
            name: components["schemas"]["NullableString"];
            contact: components["schemas"]["NullableString"];
            request: components["schemas"]["NullableString"];
            needs_category: string;
            case_id: components["schemas"]["NullableString"];
            /** @description True when name, contact and request are withheld from the caller. */
            masked: boolean;
            created_at: components["schemas"]["Timestamp"];
            created_by: string;
        };
        OutreachConversion: {
            follow_up: components["schemas"]["OutreachFollowUp"];
            case: components["schemas"]["Case"];
        };
        RegencyCoverage: {
            regency_code: string;
            name: string;
            events: number;
            participants: number;
            departures: number;
            high_departure: boolean;
            no_outreach_high_departure: boolean;
        };
        OutreachCoverage: {
            province_code: string;
            from: components["schemas"]["Date"];
            to: components["schemas"]["Date"];
            /**
             * Format: date
             * @description Departures counted are those after this day, up to to.
             */
            departures_from: string;
            high_departure_threshold: number;
            regencies: components["schemas"]["RegencyCoverage"][];
        };
        CommitmentCounts: {
            made: number;
            done_on_time: number;
            done_late: number;
            overdue: number;
            open: number;
            dropped: number;
        };
        AgencyCommitmentCounts: {
            agency_id: string;
            made: number;
            done_on_time: number;
            done_late: number;
            overdue: number;
            open: number;
            dropped: number;
        };
        ForumRecord: {
            forum_id: string;
            as_of: components["schemas"]["Date"];
            total: components["schemas"]["CommitmentCounts"];
            by_agency: components["schemas"]["AgencyCommitmentCounts"][];
        };
        Task: {
            /** @enum {string} */
            kind: "POLICE_REPORT_24H" | "FIRST_AID_7D" | "SUBJECT_REQUEST_72H" | "REINTEGRATION_MONITORING" | "REFERRAL_PENDING" | "COMPLAINT_DOCUMENTS_30D" | "COMPLAINT_INFO_15WD" | "COMPLAINT_UNREACHABLE_60D" | "COMPLAINT_NO_RESPONSE_6M" | "SETTLEMENT_7D" | "RESTITUTION_PAYMENT_14D" | "RESTITUTION_WARNING_14D" | "COMMITMENT_DUE";
            case_id: components["schemas"]["NullableString"];
            referral_id: components["schemas"]["NullableString"];
            request_id: components["schemas"]["NullableString"];
            person_id: components["schemas"]["NullableString"];
            service_id: components["schemas"]["NullableString"];
            commitment_id: components["schemas"]["NullableString"];
            /** @description When the task becomes overdue (for the timers counted in days, the start of the day after due_on). */
            due_at: components["schemas"]["Timestamp"];
            due_on: components["schemas"]["NullableDate"];
            overdue: boolean;
            legal_basis: string;
        };
        TaskList: {
            items: components["schemas"]["Task"][];
        };
        FieldChange: {
            field: string;
            /** @description The old JSON value (null when absent). */
            before: unknown;
            /** @description The new JSON value (null when absent). */
            after: unknown;
        };
        ChangeRecord: {
            id: string;
            /** @enum {string} */
            entity_type: "person" | "journey" | "family_link";
            entity_id: string;
            /** @description create | update | delete | transition | link | unlink | flag | follow_up */
            action: string;
            at: components["schemas"]["Timestamp"];
            actor: string;
            reason: components["schemas"]["NullableString"];
            changes: components["schemas"]["FieldChange"][];
        };
        ChangeRecordPage: {
            items: components["schemas"]["ChangeRecord"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        Region: {
            /** @example 33.74 */
            code: string;
            /** @description 1 province */
            level: number;
            parent_code: components["schemas"]["NullableString"];
            name: string;
        };
        RegionPage: {
            items: components["schemas"]["Region"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        Country: {
            alpha2: string;
            alpha3: string;
            name_id: string;
            name_en: string;
        };
        CountryList: {
            items: components["schemas"]["Country"][];
        };
        CodelistSummary: {
            name: string;
            description: string;
        };
        CodelistSummaryList: {
            items: components["schemas"]["CodelistSummary"][];
        };
        CodeItem: {
            code: string;
            label_id: string;
            label_en: string;
        };
        Codelist: {
            name: string;
            description: string;
            items: components["schemas"]["CodeItem"][];
        };
        NamedCode: {
            code: string;
            name: components["schemas"]["NullableString"];
        };
        NikProblem: {
            code: string;
            /** @enum {string} */
            severity: "error" | "warning";
            message: string;
        };
        NikDecoded: {
            nik: string;
            valid: boolean;
            /** @enum {string|null} */
            sex: "LAKI_LAKI" | "PEREMPUAN" | null;
            birth_date_candidates: components["schemas"]["Date"][];
            province: components["schemas"]["NamedCode"] | null;
            regency: components["schemas"]["NamedCode"] | null;
            district: components["schemas"]["NamedCode"] | null;
            serial: string;
            problems: components["schemas"]["NikProblem"][];
        };
        LoginInput: {
            username: string;
            password: string;
            /** @description The 6-digit code of the authenticator app. */
            totp?: string | null;
        };
        LoginResult: {
            /** @description For `Authorization: Bearer`; shown once, stored only as a hash. */
            token: string;
            /** @description Send as X-CSRF-Token with cookie-authenticated writes. */
            csrf_token: string;
            expires_at: components["schemas"]["Timestamp"];
            user: components["schemas"]["Me"];
        };
        LogoutAllResult: {
            revoked: number;
        };
        /** @enum {string} */
        Permission: "reference_read" | "registry_read" | "registry_write" | "identity_admin" | "audit_read" | "screening" | "case_read" | "case_write" | "directory_write" | "coordination_write" | "training_write" | "stats_read";
        Me: {
            id: string;
            username: string;
            display_name: string;
            agency: {
                id: string;
                code: string;
                name: string;
                /** @description codelist jenis_instansi */
                type: string;
            };
            roles: string[];
            /** @description codelist lingkup_akses */
            scope: string;
            totp_enabled: boolean;
            permissions: components["schemas"]["Permission"][];
        };
        TotpSetup: {
            /** @description Base32 secret (shown once). */
            secret: string;
            /** @description otpauth://totp/... for a QR code. */
            uri: string;
        };
        TotpConfirmInput: {
            code: string;
        };
        AgencyInput: {
            /** @description Unique, upper-case [A-Z0-9-]{2,40}, e.g. BP3MI-BALI. */
            code: string;
            name: string;
            /** @description codelist jenis_instansi */
            type: string;
            /** @description Dotted province or regency code. */
            region_code?: string | null;
            /** @description ISO 3166 alpha-2; for posts abroad (PERWAKILAN_RI) only. */
            country?: string | null;
            disabled?: boolean;
        };
        AgencyPatch: {
            /** @description Unique, upper-case [A-Z0-9-]{2,40}, e.g. BP3MI-BALI. */
            code?: string;
            name?: string;
            /** @description codelist jenis_instansi */
            type?: string;
            /** @description Dotted province or regency code. */
            region_code?: string | null;
            /** @description ISO 3166 alpha-2; for posts abroad (PERWAKILAN_RI) only. */
            country?: string | null;
            disabled?: boolean;
        };
        Agency: {
            id: string;
            version: number;
            code: string;
            name: string;
            type: string;
            region_code: components["schemas"]["NullableString"];
            country: components["schemas"]["NullableString"];
            disabled: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        AgencyDirectory: {
            items: components["schemas"]["DirectoryAgency"][];
        };
        ServiceOffering: {
            /** @description A code of the code list layanan_kasus. */
            service: string;
            /** @description Province or regency codes (alpha-2 countries for a post abroad); empty = the agency's own area. */
            regions_served: string[];
            /** @description Capacity and conditions, e.g. "rumah aman 12 tempat tidur". */
            notes: string | null;
        };
        /** @description The office's contact point (never a person's private contact). */
        DirectoryContact: {
            name: string | null;
            phone: string | null;
            email: string | null;
            address: string | null;
        };
        DirectoryAgency: {
            id: string;
            code: string;
            name: string;
            type: string;
            region_code: components["schemas"]["NullableString"];
            country: components["schemas"]["NullableString"];
            services: components["schemas"]["ServiceOffering"][];
            contact: components["schemas"]["DirectoryContact"];
            opening_hours: components["schemas"]["NullableString"];
            /** @description Listed in the public directory. */
            public: boolean;
            /** @description The entry's version; 0 when nobody described the agency yet. */
            version: number;
            /** Format: date-time */
            updated_at: string | null;
        };
        /** @description The whole entry; an absent member reads as empty (public false). */
        DirectoryEntryInput: {
            services?: {
                service: string;
                regions_served?: string[];
                notes?: string | null;
            }[];
            contact?: {
                name?: string | null;
                phone?: string | null;
                email?: string | null;
                address?: string | null;
            };
            opening_hours?: string | null;
            public?: boolean;
        };
        ServiceMatch: {
            agency: components["schemas"]["DirectoryAgency"];
            offering: components["schemas"]["ServiceOffering"];
            /**
             * @description How near the offering is, nearest first.
             * @enum {string}
             */
            level: "REGENCY" | "PROVINCE" | "COUNTRY" | "NATIONAL";
            /** @description The covering region or country; null for NATIONAL. */
            matched_region: string | null;
        };
        ServiceMatchList: {
            items: components["schemas"]["ServiceMatch"][];
        };
        PublicDirectoryAgency: {
            code: string;
            name: string;
            type: string;
            region_code: components["schemas"]["NullableString"];
            country: components["schemas"]["NullableString"];
            services: components["schemas"]["ServiceOffering"][];
            contact: components["schemas"]["DirectoryContact"];
            opening_hours: components["schemas"]["NullableString"];
            /** Format: date-time */
            updated_at: string | null;
        };
        /** @description A count, or null when it is withheld by small-cell suppression. */
        StatsFigure: number | null;
        /** @description One combination of categories: a property per group_by dimension (its key, null when unknown), plus province_name / regency_name for those dimensions. */
        StatsRow: {
            year?: components["schemas"]["NullableString"];
            quarter?: components["schemas"]["NullableString"];
            month?: components["schemas"]["NullableString"];
            province?: components["schemas"]["NullableString"];
            province_name?: components["schemas"]["NullableString"];
            regency?: components["schemas"]["NullableString"];
            regency_name?: components["schemas"]["NullableString"];
            country?: components["schemas"]["NullableString"];
            case_type?: components["schemas"]["NullableString"];
            sex?: components["schemas"]["NullableString"];
            age_group?: components["schemas"]["NullableString"];
            determination?: components["schemas"]["NullableString"];
            cases: components["schemas"]["StatsFigure"];
            victims: components["schemas"]["StatsFigure"];
        };
        StatsTable: {
            group_by: ("year" | "quarter" | "month" | "province" | "regency" | "country" | "case_type" | "sex" | "age_group" | "determination")[];
            rows: components["schemas"]["StatsRow"][];
            /** @description The true totals (not the sum of the rows), withheld when small. */
            totals: {
                cases: components["schemas"]["StatsFigure"];
                victims: components["schemas"]["StatsFigure"];
                women_and_children: components["schemas"]["StatsFigure"];
            };
            /** @description Small cells are withheld. */
            suppressed: boolean;
            /** @description Row figures (cases and victims) withheld. */
            suppressed_cells: number;
            /** @description k: counts 1..k-1 are small (null when not suppressed). */
            threshold: number | null;
            /**
             * @description What was counted (the user's lingkup_akses for scope=own).
             * @enum {string}
             */
            scope: "OWN" | "AGENCY" | "REGION" | "NATIONAL" | "PUBLIC";
        };
        PublicDirectory: {
            items: components["schemas"]["PublicDirectoryAgency"][];
            /** @description The labels of the codes the items use (the code lists and regions need a session). */
            labels: {
                services: {
                    [key: string]: components["schemas"]["PublicCodeLabel"];
                };
                agency_types: {
                    [key: string]: components["schemas"]["PublicCodeLabel"];
                };
                /** @description Region code -> name. */
                regions: {
                    [key: string]: string;
                };
            };
        };
        PublicCodeLabel: {
            label_id: string;
            label_en: string;
        };
        AgencyPage: {
            items: components["schemas"]["Agency"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        UserInput: {
            /** @description Lower-case [a-z0-9._-]{3,64}, unique. */
            username: string;
            display_name: string;
            agency_code: string;
            roles: string[];
            /** @description codelist lingkup_akses (default AGENCY) */
            scope?: string;
            /** @description At least 12 characters; never returned or logged. */
            password: string;
        };
        UserPatch: {
            display_name?: string;
            agency_code?: string;
            roles?: string[];
            scope?: string;
            disabled?: boolean;
        };
        User: {
            id: string;
            version: number;
            username: string;
            display_name: string;
            agency_id: string;
            roles: components["schemas"]["StringList"];
            scope: string;
            totp_enabled: boolean;
            disabled: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        UserPage: {
            items: components["schemas"]["User"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        PasswordInput: {
            password: string;
        };
        AuditEntry: {
            seq: number;
            id: string;
            at: components["schemas"]["Timestamp"];
            /** @description User id, "system:<job>", or "anonymous" for failed sign-ins. */
            actor_id: string;
            agency_id: string;
            ip: string;
            /** @description codelist audit_action */
            action: string;
            entity_type: string;
            entity_id: string;
            record_ids: components["schemas"]["StringList"];
            fields: components["schemas"]["StringList"];
            detail: string;
            /** @description Hex BLAKE2b-256 chained to the previous entry. */
            hash: string;
        };
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @description HTCDS con_Consent items; absent items read as false. */
        ConsentChecklist: {
            informed_purpose?: boolean;
            informed_use?: boolean;
            informed_storage_period?: boolean;
            informed_right_to_access?: boolean;
            informed_withdrawal?: boolean;
        };
        ConsentInput: {
            /** @description codelist tujuan_pemrosesan */
            purpose: string;
            /** @description codelist jenis_instansi; the agency types the data may be shared with (GBVIMS). */
            recipient_types?: string[];
            /** @description codelist dasar_hukum_pemrosesan (UU 27/2022 Ps 20) */
            lawful_basis: string;
            /** @description codelist pemberi_persetujuan: SUBJEK, ORANG_TUA, WALI */
            given_by: string;
            /** @description The parent or guardian when registered. */
            guardian_person_id?: string | null;
            checklist?: components["schemas"]["ConsentChecklist"];
            /** @description Required for a basis other than PERSETUJUAN. */
            note?: string | null;
        };
        Consent: {
            id: string;
            person_id: string;
            purpose: string;
            recipient_types: components["schemas"]["StringList"];
            lawful_basis: string;
            given_by: string;
            guardian_person_id: components["schemas"]["NullableString"];
            checklist: {
                informed_purpose: boolean;
                informed_use: boolean;
                informed_storage_period: boolean;
                informed_right_to_access: boolean;
                informed_withdrawal: boolean;
            };
            note: components["schemas"]["NullableString"];
            recorded_at: components["schemas"]["Timestamp"];
            recorded_by: string;
            withdrawn: boolean;
            /** Format: date-time */
            withdrawn_at: string | null;
            withdrawn_by: components["schemas"]["NullableString"];
            withdrawal_reason: components["schemas"]["NullableString"];
        };
        ConsentList: {
            items: components["schemas"]["Consent"][];
        };
        WithdrawInput: {
            reason: string;
        };
        DataSubjectRequestInput: {
            /** @description codelist hak_subjek: AKSES_SALINAN, KOREKSI, TUNDA_BATASI, HAPUS_AKHIRI, TARIK_PERSETUJUAN */
            kind: string;
            /** @description codelist saluran_permohonan */
            channel: string;
            /**
             * Format: date-time
             * @description Default now; not in the future.
             */
            received_at?: string | null;
            note?: string | null;
        };
        DataSubjectRequest: {
            id: string;
            person_id: string;
            kind: string;
            received_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description received_at + 72 hours (UU 27/2022 Ps 30
             */
            due_at: string;
            /** @enum {string} */
            status: "open" | "completed" | "refused";
            /** @description Open and past due_at. */
            overdue: boolean;
            channel: string;
            note: components["schemas"]["NullableString"];
            /** Format: date-time */
            completed_at: string | null;
            outcome_note: components["schemas"]["NullableString"];
            handled_by: components["schemas"]["NullableString"];
            created_at: components["schemas"]["Timestamp"];
            created_by: string;
        };
        DataSubjectRequestPage: {
            items: components["schemas"]["DataSubjectRequest"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        RequestOutcomeInput: {
            outcome_note?: string | null;
        };
        RequestRefusalInput: {
            outcome_note: string;
        };
        PersonExport: {
            /** @enum {string} */
            format: "sinergi.person_export.v1";
            generated_at: components["schemas"]["Timestamp"];
            generated_by: string;
            person: components["schemas"]["Person"];
            family: components["schemas"]["FamilyMember"][];
            journeys: {
                journey: components["schemas"]["Journey"];
                transitions: components["schemas"]["Transition"][];
                follow_ups: components["schemas"]["FollowUp"][];
            }[];
            consents: components["schemas"]["Consent"][];
            data_subject_requests: components["schemas"]["DataSubjectRequest"][];
            /** @description The audit entries on the person and their journeys, oldest first (who processed the data). */
            processing: components["schemas"]["AuditEntry"][];
        };
    };
    responses: {
        /** @description An RFC 9457 problem. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No session (auth.required), or an expired or revoked one (auth.session_expired, auth.session_invalid). */
        Unauthorized: {
            headers: {
                /** @description Bearer, or Bearer error="invalid_token" for a dead session. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The access policy refuses this to the signed-in user (forbidden), or a cookie-authenticated write came without its X-CSRF-Token (csrf_failed). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        Id: string;
        /** @description Up to two comma-separated dimensions: year, quarter, month (of reported_on), province, regency (of occurrence), country (occurrence_country), case_type, sex, age_group (SIMFONI bands, age on reported_on), determination (the victim's latest TPPO determination in the case). */
        StatsGroupBy: string;
        /** @description Cases reported on or after this day. */
        StatsFrom: string;
        /** @description Cases reported on or before this day. */
        StatsTo: string;
        /** @description Cases having this type (code list jenis_kasus). */
        StatsCaseType: string;
        /** @description Cases that happened in this province (two digits) or below it. */
        StatsProvince: string;
        /** @description Cases that happened in this regency ("61.71") or below it. */
        StatsRegency: string;
        /** @description Only victims of this sex (code list jenis_kelamin), and the cases having one. */
        StatsSex: string;
        /** @description own (the cases of the user's case list, exact) or national (every case, suppressed). */
        StatsScope: "own" | "national";
        Limit: number;
        /** @description The next_cursor of the previous page (opaque). */
        Cursor: string;
        /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
        IfMatch: string;
        /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description The record's version as a strong entity tag, e.g. "3". */
        ETag: string;
        /** @description Path of the created resource. */
        Location: string;
        /** @description "true" when this is the stored response to an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description sinergi_http_requests_total, sinergi_http_request_duration_seconds, sinergi_db_connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document the server was built with. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    /** @description sinergi_session=...; HttpOnly and sinergi_csrf=... (two headers). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            /** @description auth.locked — too many failed sign-ins for this account or address. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many sessions were ended (this one included). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoutAllResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    setupTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new pending secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetup"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpConfirmInput"];
            };
        };
        responses: {
            /** @description TOTP is now required at sign-in. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    agencyDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enabled agencies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDirectory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["Problem"];
        };
    };
    getDirectoryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency and its entry. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryAgency"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    putDirectoryEntry: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DirectoryEntryInput"];
            };
        };
        responses: {
            /** @description The agency with its updated entry. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryAgency"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    searchDirectoryServices: {
        parameters: {
            query: {
                /** @description A code of the code list layanan_kasus. */
                service: string;
                /** @description A dotted region code of the reference data (any level, e.g. 61.71), or an alpha-2 country. */
                region: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching agencies, nearest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceMatchList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    publicDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public agencies. */
            200: {
                headers: {
                    /** @description public, max-age=60 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicDirectory"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    statsCases: {
        parameters: {
            query?: {
                /** @description Up to two comma-separated dimensions: year, quarter, month (of reported_on), province, regency (of occurrence), country (occurrence_country), case_type, sex, age_group (SIMFONI bands, age on reported_on), determination (the victim's latest TPPO determination in the case). */
                group_by?: components["parameters"]["StatsGroupBy"];
                /** @description Cases reported on or after this day. */
                from?: components["parameters"]["StatsFrom"];
                /** @description Cases reported on or before this day. */
                to?: components["parameters"]["StatsTo"];
                /** @description Cases having this type (code list jenis_kasus). */
                case_type?: components["parameters"]["StatsCaseType"];
                /** @description Cases that happened in this province (two digits) or below it. */
                province?: components["parameters"]["StatsProvince"];
                /** @description Cases that happened in this regency ("61.71") or below it. */
                regency?: components["parameters"]["StatsRegency"];
                /** @description Only victims of this sex (code list jenis_kelamin), and the cases having one. */
                sex?: components["parameters"]["StatsSex"];
                /** @description own (the cases of the user's case list, exact) or national (every case, suppressed). */
                scope?: components["parameters"]["StatsScope"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsTable"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    statsCasesCsv: {
        parameters: {
            query?: {
                /** @description Up to two comma-separated dimensions: year, quarter, month (of reported_on), province, regency (of occurrence), country (occurrence_country), case_type, sex, age_group (SIMFONI bands, age on reported_on), determination (the victim's latest TPPO determination in the case). */
                group_by?: components["parameters"]["StatsGroupBy"];
                /** @description Cases reported on or after this day. */
                from?: components["parameters"]["StatsFrom"];
                /** @description Cases reported on or before this day. */
                to?: components["parameters"]["StatsTo"];
                /** @description Cases having this type (code list jenis_kasus). */
                case_type?: components["parameters"]["StatsCaseType"];
                /** @description Cases that happened in this province (two digits) or below it. */
                province?: components["parameters"]["StatsProvince"];
                /** @description Cases that happened in this regency ("61.71") or below it. */
                regency?: components["parameters"]["StatsRegency"];
                /** @description Only victims of this sex (code list jenis_kelamin), and the cases having one. */
                sex?: components["parameters"]["StatsSex"];
                /** @description own (the cases of the user's case list, exact) or national (every case, suppressed). */
                scope?: components["parameters"]["StatsScope"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file (RFC 4180, CRLF). */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    statsCasesXlsx: {
        parameters: {
            query?: {
                /** @description Up to two comma-separated dimensions: year, quarter, month (of reported_on), province, regency (of occurrence), country (occurrence_country), case_type, sex, age_group (SIMFONI bands, age on reported_on), determination (the victim's latest TPPO determination in the case). */
                group_by?: components["parameters"]["StatsGroupBy"];
                /** @description Cases reported on or after this day. */
                from?: components["parameters"]["StatsFrom"];
                /** @description Cases reported on or before this day. */
                to?: components["parameters"]["StatsTo"];
                /** @description Cases having this type (code list jenis_kasus). */
                case_type?: components["parameters"]["StatsCaseType"];
                /** @description Cases that happened in this province (two digits) or below it. */
                province?: components["parameters"]["StatsProvince"];
                /** @description Cases that happened in this regency ("61.71") or below it. */
                regency?: components["parameters"]["StatsRegency"];
                /** @description Only victims of this sex (code list jenis_kelamin), and the cases having one. */
                sex?: components["parameters"]["StatsSex"];
                /** @description own (the cases of the user's case list, exact) or national (every case, suppressed). */
                scope?: components["parameters"]["StatsScope"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook, one sheet. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    publicStatsCases: {
        parameters: {
            query?: {
                /** @description Up to two comma-separated dimensions: year, quarter, month (of reported_on), province, regency (of occurrence), country (occurrence_country), case_type, sex, age_group (SIMFONI bands, age on reported_on), determination (the victim's latest TPPO determination in the case). */
                group_by?: components["parameters"]["StatsGroupBy"];
                /** @description Cases reported on or after this day. */
                from?: components["parameters"]["StatsFrom"];
                /** @description Cases reported on or before this day. */
                to?: components["parameters"]["StatsTo"];
                /** @description Cases having this type (code list jenis_kasus). */
                case_type?: components["parameters"]["StatsCaseType"];
                /** @description Cases that happened in this province (two digits) or below it. */
                province?: components["parameters"]["StatsProvince"];
                /** @description Cases that happened in this regency ("61.71") or below it. */
                regency?: components["parameters"]["StatsRegency"];
                /** @description Only victims of this sex (code list jenis_kelamin), and the cases having one. */
                sex?: components["parameters"]["StatsSex"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suppressed table. */
            200: {
                headers: {
                    /** @description public, max-age=60 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsTable"];
                };
            };
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agencies, in creation order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    createAgency: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyInput"];
            };
        };
        responses: {
            /** @description Created (or the replay of the first response to this Idempotency-Key). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchAgency: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyPatch"];
                "application/merge-patch+json": components["schemas"]["AgencyPatch"];
            };
        };
        responses: {
            /** @description The updated agency. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Only the users of this agency. */
                agency_id?: string;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users, in creation order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchUser: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
                "application/merge-patch+json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    setUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordInput"];
            };
        };
        responses: {
            /** @description Password set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listAudit: {
        parameters: {
            query?: {
                actor_id?: string;
                entity_type?: string;
                entity_id?: string;
                /** @description codelist audit_action */
                action?: string;
                /** @description Inclusive lower bound. */
                from?: string;
                /** @description Exclusive upper bound. */
                to?: string;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    listPersons: {
        parameters: {
            query?: {
                nik?: string;
                passport_number?: string;
                sex?: string;
                pmi_status?: string;
                /** @description Dotted region code; matches the address region and below. */
                region?: string;
                include_deleted?: boolean;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of persons, ordered by id (creation order). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description Created (or the replay of the first response to this Idempotency-Key). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    searchPersons: {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matches, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonSearchResults"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    getPerson: {
        parameters: {
            query?: {
                include_deleted?: boolean;
            };
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    deletePerson: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteInput"];
            };
        };
        responses: {
            /** @description The deleted person. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchPerson: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonPatch"];
                "application/merge-patch+json": components["schemas"]["PersonPatch"];
            };
        };
        responses: {
            /** @description The updated person. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getPersonHistory: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Change records, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRecordPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listFamily: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Family members, each with how they relate to this person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyMemberList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createFamilyLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FamilyLinkInput"];
            };
        };
        responses: {
            /** @description The new family member. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyMember"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    deleteFamilyLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                link_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listPersonJourneys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All journeys of the person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createJourney: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    breakGlass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassInput"];
            };
        };
        responses: {
            /** @description Granted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassGrant"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    screenTppo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TppoScreeningInput"];
            };
        };
        responses: {
            /** @description The screening result with the elements met and the legal basis. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TppoScreeningResult"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification, with read_at set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listJourneys: {
        parameters: {
            query?: {
                person_id?: string;
                status?: components["schemas"]["JourneyStatus"];
                destination_country?: string;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of journeys, ordered by id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    getJourney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The journey with its transitions and follow-ups. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchJourney: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JourneyPatch"];
                "application/merge-patch+json": components["schemas"]["JourneyPatch"];
            };
        };
        responses: {
            /** @description The updated journey. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transitions, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    transitionJourney: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionInput"];
            };
        };
        responses: {
            /** @description The journey after the transition. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Journey"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reintegration follow-ups, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getJourneyHistory: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Change records, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRecordPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listCases: {
        parameters: {
            query?: {
                status?: components["schemas"]["CaseStatus"];
                /** @description Cases whose case_types contain this code (codelist jenis_kasus). */
                case_type?: string;
                /** @description Cases in which this person holds any role. */
                person_id?: string;
                owner_agency_id?: string;
                /** @description Cases that happened in this region or below it ("61" covers "61.71"); the drill-down of the figures. */
                region?: string;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases, ordered by id (creation order). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case with its classification, parties, screenings and transitions. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchCase: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CasePatch"];
                "application/merge-patch+json": components["schemas"]["CasePatch"];
            };
        };
        responses: {
            /** @description The updated case. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    transitionCase: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseTransitionInput"];
            };
        };
        responses: {
            /** @description The case after the transition. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createCaseParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CasePartyInput"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseParty"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    deleteCaseParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                party_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createCaseScreening: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseScreeningInput"];
            };
        };
        responses: {
            /** @description Screened and stored. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseScreening"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    determineCaseScreening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                screening_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeterminationInput"];
            };
        };
        responses: {
            /** @description The screening with the determination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseScreening"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listCaseServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createCaseService: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseServiceInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseServiceDelivery"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchCaseService: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
                service_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseServicePatch"];
                "application/merge-patch+json": components["schemas"]["CaseServicePatch"];
            };
        };
        responses: {
            /** @description The updated service. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseServiceDelivery"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listCaseNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNoteList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createCaseNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseNoteInput"];
            };
        };
        responses: {
            /** @description Appended. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNote"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listCaseRestitutions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claims. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseRestitutionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createCaseRestitution: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseRestitutionInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseRestitution"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchCaseRestitution: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
                restitution_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseRestitutionPatch"];
                "application/merge-patch+json": components["schemas"]["CaseRestitutionPatch"];
            };
        };
        responses: {
            /** @description The updated claim. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseRestitution"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getCaseComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The facts and the running timers. */
            200: {
                headers: {
                    /** @description The facts' version, once facts were recorded (version >= 1). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintFacts"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchCaseComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the facts you read; required once facts were recorded. */
                "If-Match"?: string;
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintFactsPatch"];
                "application/merge-patch+json": components["schemas"]["ComplaintFactsPatch"];
            };
        };
        responses: {
            /** @description The facts and the running timers. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintFacts"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listCaseAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAttachmentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createCaseAttachment: {
        parameters: {
            query?: never;
            header: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The file name, percent-encoded UTF-8 (e.g. "visum%20RS.pdf"). */
                "X-File-Name": string;
                /** @description What the file is, percent-encoded UTF-8. */
                "X-Description"?: string;
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
                "text/plain": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/vnd.oasis.opendocument.text": string;
                "application/vnd.oasis.opendocument.spreadsheet": string;
            };
        };
        responses: {
            /** @description Attached. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAttachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            413: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getCaseAttachmentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name> */
                    "Content-Disposition"?: string;
                    "X-Content-Type-Options"?: "nosniff";
                    "Content-Security-Policy"?: string;
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "text/plain": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    listCaseReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referrals, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralInput"];
            };
        };
        responses: {
            /** @description Sent (status MENUNGGU). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listReferrals: {
        parameters: {
            query?: {
                box?: "inbox" | "outbox";
                status?: components["schemas"]["ReferralStatus"];
                case_id?: string;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of referrals, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    referralResponseTimes: {
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
            /** @description One line per receiving agency, by agency id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralResponseTimesReport"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referral. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    acceptReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accepted referral. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    declineReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralReasonInput"];
            };
        };
        responses: {
            /** @description The declined referral. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    completeReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralOutcomeInput"];
            };
        };
        responses: {
            /** @description The completed referral. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    revokeReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralReasonInput"];
            };
        };
        responses: {
            /** @description The revoked referral. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    forwardReferral: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralForwardInput"];
            };
        };
        responses: {
            /** @description The new referral of the chain. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listForums: {
        parameters: {
            query?: {
                region_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The forums. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    createForum: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForumInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Forum"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getForum: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The forum. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Forum"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchForum: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForumPatch"];
                "application/merge-patch+json": components["schemas"]["ForumPatch"];
            };
        };
        responses: {
            /** @description The updated forum. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Forum"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listForumMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meetings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createForumMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getForumRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForumRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchMeeting: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingPatch"];
                "application/merge-patch+json": components["schemas"]["MeetingPatch"];
            };
        };
        responses: {
            /** @description The updated meeting. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createMeetingCommitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listMeetingAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingAttachmentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createMeetingAttachment: {
        parameters: {
            query?: never;
            header: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The kind of document (codelist jenis_lampiran_rapat). */
                "X-Attachment-Kind": "KESEPAKATAN_BERSAMA" | "NOTULEN" | "DAFTAR_HADIR" | "BAHAN_PAPARAN" | "LAINNYA";
                /** @description The file name, percent-encoded UTF-8. */
                "X-File-Name": string;
                /** @description What the file is, percent-encoded UTF-8. */
                "X-Description"?: string;
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
                "text/plain": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/vnd.oasis.opendocument.text": string;
                "application/vnd.oasis.opendocument.spreadsheet": string;
            };
        };
        responses: {
            /** @description Attached. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingAttachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            413: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getMeetingAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingAttachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    deleteMeetingAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getMeetingAttachmentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name> */
                    "Content-Disposition"?: string;
                    "X-Content-Type-Options"?: "nosniff";
                    "Content-Security-Policy"?: string;
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "text/plain": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listCommitments: {
        parameters: {
            query?: {
                forum_id?: string;
                meeting_id?: string;
                agency_id?: string;
                status?: components["schemas"]["CommitmentDisplayStatus"];
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of commitments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The commitment. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchCommitment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentPatch"];
                "application/merge-patch+json": components["schemas"]["CommitmentPatch"];
            };
        };
        responses: {
            /** @description The updated commitment. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listTrainingProgrammes: {
        parameters: {
            query?: {
                provider_agency_id?: string;
                kind?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programmes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgrammeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    createTrainingProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingProgrammeInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgramme"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getTrainingProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programme. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgramme"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchTrainingProgramme: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingProgrammePatch"];
                "application/merge-patch+json": components["schemas"]["TrainingProgrammePatch"];
            };
        };
        responses: {
            /** @description The updated programme. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingProgramme"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listTrainingSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSessionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createTrainingSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingSessionInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchTrainingSession: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingSessionPatch"];
                "application/merge-patch+json": components["schemas"]["TrainingSessionPatch"];
            };
        };
        responses: {
            /** @description The updated session. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listTrainingEnrolments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrolments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrolmentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createTrainingEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    person_id: string;
                };
            };
        };
        responses: {
            /** @description Enrolled. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrolment"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchTrainingEnrolment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingEnrolmentPatch"];
                "application/merge-patch+json": components["schemas"]["TrainingEnrolmentPatch"];
            };
        };
        responses: {
            /** @description The updated enrolment. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingEnrolmentUpdate"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listPersonTrainings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trainings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonTrainingList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listRegions: {
        parameters: {
            query?: {
                /** @description Dotted parent code; absent lists provinces. */
                parent?: string;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Child regions, ordered by code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 33.74 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listCountries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ISO 3166-1 countries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    listCodelists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodelistSummaryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    getCodelist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example skema_penempatan */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One code list with its items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Codelist"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Consent records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentInput"];
            };
        };
        responses: {
            /** @description The recorded consent. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                consent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawInput"];
            };
        };
        responses: {
            /** @description The withdrawn consent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createDataSubjectRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSubjectRequestInput"];
            };
        };
        responses: {
            /** @description The logged request. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequest"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    exportPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export document. */
            200: {
                headers: {
                    /** @description attachment; filename="sinergi-person-<id>.json" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonExport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    listDataSubjectRequests: {
        parameters: {
            query?: {
                status?: "open" | "completed" | "refused";
                /** @description true: only open requests past due_at. */
                overdue?: "true" | "false";
                person_id?: string;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequestPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    getDataSubjectRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequest"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    completeDataSubjectRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestOutcomeInput"];
            };
        };
        responses: {
            /** @description The completed request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequest"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    refuseDataSubjectRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestRefusalInput"];
            };
        };
        responses: {
            /** @description The refused request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequest"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    decodeNik: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nik: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decoded NIK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NikDecoded"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["Problem"];
        };
    };
    listOutreachEvents: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                /** @description A dotted region code prefix, e.g. 61.01. */
                region?: string;
                topic?: string;
                agency_id?: string;
                commitment_id?: string;
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page (opaque). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachEventPage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createOutreachEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutreachEventInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachEvent"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getOutreachEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachEventView"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    patchOutreachEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the write is based on. Missing -> 428; stale -> 412; `*` is not accepted. */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutreachEventPatch"];
                "application/merge-patch+json": components["schemas"]["OutreachEventPatch"];
            };
        };
        responses: {
            /** @description The updated event. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachEvent"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            412: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            428: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    createOutreachFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-200 visible ASCII characters. A retry with the same key and body replays the first response. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutreachFollowUpInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachFollowUp"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            415: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    convertOutreachFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                follow_up_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case was opened. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachConversion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["Problem"];
            409: components["responses"]["Problem"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
    getOutreachCoverage: {
        parameters: {
            query: {
                province: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coverage of the province. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachCoverage"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Problem"];
            default: components["responses"]["Problem"];
        };
    };
}
