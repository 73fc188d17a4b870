-- Login throttling counts failures per (account, address) pair, per address and per account (see ADR 0023).
-- Only the pair is ever locked; the address and the account are only slowed. The old counts are not carried over:
-- they were keyed differently and last at most a quarter of an hour anyway.
DROP TABLE login_throttle;

CREATE TABLE login_throttle (
  throttle_key    VARCHAR(300) NOT NULL PRIMARY KEY,
  failures        INT NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  -- No attempt is checked before this instant; null: no wait.
  retry_at        TIMESTAMP WITH TIME ZONE,
  -- True when retry_at ends a lock rather than a delay.
  locked          BOOLEAN NOT NULL
);
