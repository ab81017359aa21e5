DROP INDEX `events_reminder_at_idx`;--> statement-breakpoint
ALTER TABLE `events` ADD `reminders_queued_at` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `thank_yous_queued_at` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `people_erased_at` integer;--> statement-breakpoint
CREATE INDEX `events_reminders_due_idx` ON `events` (`reminder_at`) WHERE reminders_queued_at IS NULL;--> statement-breakpoint
CREATE INDEX `events_thank_yous_due_idx` ON `events` (`ends_at`) WHERE thank_yous_queued_at IS NULL;--> statement-breakpoint
CREATE INDEX `events_retention_due_idx` ON `events` (`organisation_id`,`ends_at`) WHERE people_erased_at IS NULL;--> statement-breakpoint
CREATE INDEX `registrations_organisation_id_created_at_idx` ON `registrations` (`organisation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `registrations_reminder_queued_at_idx` ON `registrations` (`reminder_queued_at`) WHERE reminder_queued_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `registrations_thank_you_queued_at_idx` ON `registrations` (`thank_you_queued_at`) WHERE thank_you_queued_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `outbox_digests_idx` ON `outbox` (`user_id`,`organisation_id`,`created_at`) WHERE kind = 'digest';--> statement-breakpoint
CREATE INDEX `outbox_status_created_at_idx` ON `outbox` (`status`,`created_at`);