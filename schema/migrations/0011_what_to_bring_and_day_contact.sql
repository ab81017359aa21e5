ALTER TABLE `events` ADD `what_to_bring` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `day_contact` text;