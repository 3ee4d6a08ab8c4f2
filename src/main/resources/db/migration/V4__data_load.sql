-- Which one-off data loads have run, so that the sample content is loaded on a fresh database only.
CREATE TABLE data_load (
    name      varchar(64) PRIMARY KEY,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
