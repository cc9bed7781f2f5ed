ALTER TABLE "sales" DROP CONSTRAINT "sales_customer_id_customers_id_fk";
--> statement-breakpoint
ALTER TABLE "sales" DROP CONSTRAINT "sales_import_id_imports_id_fk";
--> statement-breakpoint
DROP INDEX "sales_receipt_unique";--> statement-breakpoint
ALTER TABLE "sales" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_pkey" PRIMARY KEY("studio_id","receipt","item");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_studio_and_id_unique" ON "customers" USING btree ("studio_id","id");--> statement-breakpoint
ALTER TABLE "sales" ADD CONSTRAINT "sales_customer_fk" FOREIGN KEY ("studio_id","customer_id") REFERENCES "public"."customers"("studio_id","id") ON DELETE no action ON UPDATE no action;
