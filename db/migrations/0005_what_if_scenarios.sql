CREATE TABLE "what_if_scenarios" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "what_if_scenarios_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"studio_id" integer NOT NULL,
	"staff_id" integer,
	"kind" text NOT NULL,
	"name" text,
	"question" text,
	"as_of" date NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"predicted_month" date,
	"predicted_revenue_cents" bigint,
	"actual_revenue_cents" bigint,
	"evaluated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "what_if_scenarios" ADD CONSTRAINT "what_if_scenarios_studio_id_studios_id_fk" FOREIGN KEY ("studio_id") REFERENCES "public"."studios"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "what_if_scenarios" ADD CONSTRAINT "what_if_scenarios_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "what_if_month_idx" ON "what_if_scenarios" USING btree ("studio_id","predicted_month");