CREATE TABLE `refused_origins` (
	`organisation_id` text NOT NULL,
	`origin` text NOT NULL,
	`attempts` integer NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `origin`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
