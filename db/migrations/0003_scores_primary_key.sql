DROP INDEX "customer_scores_unique";--> statement-breakpoint
ALTER TABLE "customer_scores" ADD CONSTRAINT "customer_scores_pkey" PRIMARY KEY("customer_id","scored_on");