ALTER TABLE `cook_applications` ADD `idempotency_key_hash` text;--> statement-breakpoint
ALTER TABLE `cook_applications` ADD `request_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `cook_applications_event_id_idempotency_key_hash_idx` ON `cook_applications` (`event_id`,`idempotency_key_hash`);