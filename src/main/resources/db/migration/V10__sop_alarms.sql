-- When a running step was reminded (75 % of its standard) and noticed as overdue, so that each happens once.
ALTER TABLE sop_step_clock ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sop_step_clock ADD COLUMN overdue_noticed_at TIMESTAMP WITH TIME ZONE;
