-- Every successful versioned row with its rank, to find a version's rows however its file spelled the version.
SELECT installed_rank, version FROM %s WHERE success AND version IS NOT NULL
