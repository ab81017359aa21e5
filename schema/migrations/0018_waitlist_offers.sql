ALTER TABLE `events` ADD `waitlist_offer_hours` integer;--> statement-breakpoint
ALTER TABLE `slots` ADD `held` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `offer_expires_at` integer;--> statement-breakpoint
CREATE INDEX `registrations_open_offers_idx` ON `registrations` (`offer_expires_at`) WHERE status = 'offered';--> statement-breakpoint
-- Hand-written: what a CHECK on slots would say (0 ≤ held ≤ taken), as a trigger, since SQLite
-- cannot add a CHECK without rebuilding the table. The message is a CHECK's, so a batch that
-- breaks it fails as a whole and is reported like the capacity CHECKs.
CREATE TRIGGER `slots_held_check` BEFORE UPDATE OF `held`, `taken` ON `slots`
WHEN NEW.held < 0 OR NEW.held > NEW.taken
BEGIN
  SELECT RAISE(ABORT, 'CHECK constraint failed: slots_held_check');
END;
