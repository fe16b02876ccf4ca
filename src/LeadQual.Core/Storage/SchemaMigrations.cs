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

        // LLM engine: validated responses keyed by model + prompt version + rendered input hash, so an
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
    ];
}
