-- Step 4 at a chosen time: a durable request, picked up by whichever node runs the publisher first.
CREATE TABLE scheduled_publication (
  story_id       BIGINT NOT NULL PRIMARY KEY REFERENCES story (id),
  publish_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  requested_by   BIGINT NOT NULL,
  requested_name VARCHAR(40) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scheduled_publication_due_idx ON scheduled_publication (publish_at);
