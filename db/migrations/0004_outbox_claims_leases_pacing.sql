CREATE TABLE "leases" (
	"studio_id" integer NOT NULL,
	"name" text NOT NULL,
	"holder" text NOT NULL,
	"acquired_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "leases_studio_id_name_pk" PRIMARY KEY("studio_id","name")
);
--> statement-breakpoint
CREATE TABLE "send_pacing" (
	"studio_id" integer NOT NULL,
	"channel" text NOT NULL,
	"next_send_at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"sent_on_day" integer NOT NULL,
	CONSTRAINT "send_pacing_studio_id_channel_pk" PRIMARY KEY("studio_id","channel")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "audience" text NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "facts" jsonb;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_studio_id_studios_id_fk" FOREIGN KEY ("studio_id") REFERENCES "public"."studios"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_pacing" ADD CONSTRAINT "send_pacing_studio_id_studios_id_fk" FOREIGN KEY ("studio_id") REFERENCES "public"."studios"("id") ON DELETE no action ON UPDATE no action;