-- Review rounds: each submission to the screeners opens a new round, and a decision belongs to one round, so a
-- repeated click is told apart from a second decision on a resubmitted revision (ADR 0020).
ALTER TABLE story ADD COLUMN review_round INT NOT NULL DEFAULT 0;
ALTER TABLE story ADD COLUMN submission_note VARCHAR(2000);
ALTER TABLE review ADD COLUMN review_round INT NOT NULL DEFAULT 0;

-- Before rounds, every decision ended the round it was made in: the n-th decision on a story was round n.
UPDATE review SET review_round = (
  SELECT COUNT(*) FROM review earlier
  WHERE earlier.story_id = review.story_id
    AND (earlier.decided_at < review.decided_at OR (earlier.decided_at = review.decided_at AND earlier.id <= review.id)));
-- A story waiting for a decision is in the round after its last decision; any other is in its last decided round.
UPDATE story SET review_round = (SELECT COUNT(*) FROM review WHERE review.story_id = story.id)
  + CASE WHEN state = 'IN_REVIEW' THEN 1 ELSE 0 END;

-- The agency's choice that whoever approved a story alone may not also publish it (off unless switched on).
ALTER TABLE agency ADD COLUMN approver_may_not_publish BOOLEAN NOT NULL DEFAULT FALSE;
