-- retort:revision a1b2c3d4e5f6
-- retort:parents
-- retort:message notes
-- retort:created 2026-12-06T12:00:00Z
--

-- retort:upgrade

CREATE TABLE public.note (
    id bigint NOT NULL,
    CONSTRAINT note_pkey PRIMARY KEY (id)
);

-- retort:downgrade

-- DESTRUCTIVE: may lose data
DROP TABLE public.note;
