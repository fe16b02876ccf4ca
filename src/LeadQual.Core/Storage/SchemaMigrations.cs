namespace LeadQual.Storage;

/// <summary>
/// The schema, one script per version (<c>PRAGMA user_version</c>). The seed's tables keep the seed's
/// names and columns; columns the seed lacks are added beside them.
/// </summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS resumes (
            resume_id          TEXT PRIMARY KEY,
            resume_name        TEXT,
            resume_text        TEXT NOT NULL,
            resume_created_at  INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS job_details (
            job_id               TEXT PRIMARY KEY,
            job_title            TEXT,
            job_company          TEXT,
            job_description      TEXT NOT NULL,
            job_url              TEXT,
            job_created_at       INTEGER NOT NULL,
            job_assessed_at      INTEGER,
            job_resume_id        TEXT,
            job_match_percentage REAL,
            job_rating           TEXT,
            job_engine           TEXT,
            job_model            TEXT
        );
        CREATE TABLE IF NOT EXISTS job_skills (
            job_skill_id                TEXT PRIMARY KEY,
            job_id                      TEXT NOT NULL,
            job_skills_atomic_string    TEXT NOT NULL,
            job_skills_type             TEXT NOT NULL,
            job_skills_match_reasoning  TEXT,
            job_skills_match            BOOLEAN,
            job_skills_resume_id        TEXT,
            job_skills_confidence       REAL,
            job_skills_evidence         TEXT,
            job_skills_any_of           TEXT,
            job_skills_position         INTEGER NOT NULL DEFAULT 0,
            job_skills_created_at       INTEGER,
            FOREIGN KEY (job_id) REFERENCES job_details (job_id)
        );
        CREATE INDEX IF NOT EXISTS ix_job_skills_job ON job_skills (job_id, job_skills_resume_id);
        CREATE TABLE IF NOT EXISTS llm_runs_v2 (
            llm_run_id               TEXT PRIMARY KEY,
            job_id                   TEXT,
            llm_run_type             TEXT,
            llm_run_model_id         TEXT,
            llm_run_system_prompt_id TEXT,
            llm_run_input            TEXT,
            llm_run_output           TEXT,
            llm_run_input_tokens     INTEGER,
            llm_run_output_tokens    INTEGER,
            llm_run_thinking_tokens  INTEGER,
            llm_run_total_tokens     INTEGER,
            llm_run_start            REAL,
            llm_run_end              REAL,
            llm_run_cached_tokens    INTEGER NOT NULL DEFAULT 0,
            llm_run_cost             REAL,
            llm_run_cost_estimated   INTEGER NOT NULL DEFAULT 0,
            llm_run_generation_id    TEXT,
            llm_run_error            TEXT,
            llm_run_attempt          INTEGER NOT NULL DEFAULT 1,
            llm_run_engine           TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_llm_runs_job ON llm_runs_v2 (job_id);
        CREATE TABLE IF NOT EXISTS prompts (
            prompt_id               TEXT PRIMARY KEY,
            llm_run_type            TEXT,
            model_id                TEXT,
            prompt_system_prompt    TEXT,
            prompt_template         TEXT,
            prompt_temperature      REAL,
            prompt_response_schema  TEXT,
            prompt_created_at       INTEGER,
            prompt_thinking_budget  INTEGER,
            prompt_label            TEXT
        );
        CREATE TABLE IF NOT EXISTS job_quarantine (
            job_quarantine_id        TEXT PRIMARY KEY,
            job_id                   TEXT,
            job_quarantine_reason    TEXT NOT NULL,
            job_quarantine_timestamp INTEGER NOT NULL,
            job_quarantine_detail    TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_job_quarantine_job ON job_quarantine (job_id);
        """,

        // 2 (evaluation): every leadqual eval run, for trends per prompt version.
        """
        CREATE TABLE IF NOT EXISTS eval_runs (
            eval_run_id             TEXT PRIMARY KEY,
            eval_run_created_at     INTEGER NOT NULL,
            eval_run_engine         TEXT NOT NULL,
            eval_run_model          TEXT NOT NULL,
            eval_run_prompt_version TEXT,
            eval_run_data           TEXT,
            eval_run_config         TEXT,
            eval_run_metrics        TEXT NOT NULL
        );
        """,

        // 3 (profiles): candidate profiles and the resumes that could not be profiled.
        """
        CREATE TABLE IF NOT EXISTS candidate_profiles (
            profile_id                    TEXT PRIMARY KEY,
            resume_id                     TEXT NOT NULL,
            profile_engine                TEXT NOT NULL,
            profile_model                 TEXT NOT NULL,
            profile_prompt_version        TEXT,
            profile_json                  TEXT NOT NULL,
            profile_analysis_confidence   REAL NOT NULL,
            profile_quality_flags         TEXT NOT NULL,
            profile_highest_degree        TEXT,
            profile_total_years           REAL,
            profile_max_team_size         INTEGER,
            profile_input_tokens          INTEGER NOT NULL DEFAULT 0,
            profile_output_tokens         INTEGER NOT NULL DEFAULT 0,
            profile_cost                  REAL NOT NULL DEFAULT 0,
            profile_latency_ms            REAL,
            profile_evidence_checked      INTEGER NOT NULL DEFAULT 0,
            profile_unsupported_evidence  INTEGER NOT NULL DEFAULT 0,
            profile_created_at            INTEGER NOT NULL,
            FOREIGN KEY (resume_id) REFERENCES resumes (resume_id)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ux_candidate_profiles_resume_model ON candidate_profiles (resume_id, profile_engine, profile_model);
        CREATE TABLE IF NOT EXISTS profile_quarantine (
            profile_quarantine_id         TEXT PRIMARY KEY,
            resume_id                     TEXT,
            profile_quarantine_source     TEXT NOT NULL,
            profile_quarantine_reason     TEXT NOT NULL,
            profile_quarantine_detail     TEXT,
            profile_quarantine_timestamp  INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_profile_quarantine_resume ON profile_quarantine (resume_id);
        """,

        // 4 (HTTP API): the master resume flag, at most one row set; indexes for the "recent" queries.
        """
        ALTER TABLE resumes ADD COLUMN resume_is_master INTEGER NOT NULL DEFAULT 0;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_resumes_master ON resumes (resume_is_master) WHERE resume_is_master = 1;
        CREATE INDEX IF NOT EXISTS ix_job_details_created ON job_details (job_created_at);
        CREATE INDEX IF NOT EXISTS ix_job_quarantine_timestamp ON job_quarantine (job_quarantine_timestamp);
        """,

        // 5 (LLM engine): validated responses keyed by model + prompt version + rendered input hash, so an
        // unchanged prompt over unchanged input is never sent (or billed) twice.
        """
        CREATE TABLE IF NOT EXISTS llm_response_cache (
            cache_key          TEXT PRIMARY KEY,
            llm_run_type       TEXT NOT NULL,
            model_id           TEXT NOT NULL,
            prompt_id          TEXT NOT NULL,
            input_hash         TEXT NOT NULL,
            response_text      TEXT NOT NULL,
            served_model_id    TEXT,
            generation_id      TEXT,
            created_at         INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_llm_response_cache_prompt ON llm_response_cache (prompt_id);
        """,

        // 6 (profile call tracking): one row per profile engine call, as llm_runs_v2 is per job step call. The
        // llm_run_* columns are llm_runs_v2's so the two tables add up with a UNION ALL. A row belongs to the
        // candidate_profiles row it produced or to the profile_quarantine row of a resume that failed; no foreign
        // keys, because a rerun replaces the profile row while its earlier calls stay (they were paid for).
        // Profiles stored before this version keep only their totals in candidate_profiles.
        """
        CREATE TABLE IF NOT EXISTS profile_llm_runs (
            llm_run_id               TEXT PRIMARY KEY,
            resume_id                TEXT NOT NULL,
            profile_id               TEXT,
            profile_quarantine_id    TEXT,
            llm_run_type             TEXT,
            llm_run_model_id         TEXT,
            llm_run_system_prompt_id TEXT,
            llm_run_input            TEXT,
            llm_run_output           TEXT,
            llm_run_input_tokens     INTEGER,
            llm_run_output_tokens    INTEGER,
            llm_run_thinking_tokens  INTEGER,
            llm_run_total_tokens     INTEGER,
            llm_run_start            REAL,
            llm_run_end              REAL,
            llm_run_cached_tokens    INTEGER NOT NULL DEFAULT 0,
            llm_run_cost             REAL,
            llm_run_cost_estimated   INTEGER NOT NULL DEFAULT 0,
            llm_run_generation_id    TEXT,
            llm_run_error            TEXT,
            llm_run_attempt          INTEGER NOT NULL DEFAULT 1,
            llm_run_engine           TEXT,
            CHECK (profile_id IS NOT NULL OR profile_quarantine_id IS NOT NULL)
        );
        CREATE INDEX IF NOT EXISTS ix_profile_llm_runs_resume ON profile_llm_runs (resume_id);
        CREATE INDEX IF NOT EXISTS ix_profile_llm_runs_profile ON profile_llm_runs (profile_id);
        """,

        // 7 (statistics): each eval run's per-unit results, so leadqual compare can pair two runs by eval_runs id.
        """
        CREATE TABLE IF NOT EXISTS eval_run_units (
            eval_run_id     TEXT PRIMARY KEY,
            eval_run_units  TEXT NOT NULL
        );
        """,
    ];
}
