-- The public website's appearance and standing texts, set by the system administrator.
ALTER TABLE agency ADD COLUMN theme_color VARCHAR(7);
ALTER TABLE agency ADD COLUMN tagline VARCHAR(300);
ALTER TABLE agency ADD COLUMN office_hours VARCHAR(200);
