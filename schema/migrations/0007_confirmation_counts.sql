CREATE TABLE `confirmation_counts` (
	`recipient_hash` text NOT NULL,
	`day` integer NOT NULL,
	`queued` integer NOT NULL,
	PRIMARY KEY(`recipient_hash`, `day`),
	CONSTRAINT "confirmation_counts_queued_check" CHECK("confirmation_counts"."queued" >= 0)
);
