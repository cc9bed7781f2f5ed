ALTER TABLE "customer_scores" DROP CONSTRAINT "customer_scores_studio_id_studios_id_fk";
--> statement-breakpoint
DROP INDEX "sales_customer_idx";--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "in_base" boolean NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "last_contacted_on" date;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "blocked" boolean NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "blocked_days" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "overdue_cents" bigint;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "days_to_expiry" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "renewed" boolean NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "pace" double precision;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "pace_used" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "pace_expected" double precision;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "days_since_payment" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "billing_cycle_days" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "days_without_attendance" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "acceptance_pending_days" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "tenure_days" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "presences" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "absences" integer;--> statement-breakpoint
ALTER TABLE "studio_metrics" ADD COLUMN "scoring_settings" jsonb;--> statement-breakpoint
CREATE INDEX "sales_customer_idx" ON "sales" USING btree ("customer_id","sold_on","value_cents","plan_family");--> statement-breakpoint
ALTER TABLE "customer_scores" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "customer_scores" DROP COLUMN "health_components";--> statement-breakpoint
ALTER TABLE "customer_scores" DROP COLUMN "risk_points";