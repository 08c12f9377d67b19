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
        Permission: "reference_read" | "registry_read" | "registry_write" | "identity_admin" | "audit_read";
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
}
