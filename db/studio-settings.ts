/**
 * A studio's settings, stored as one validated JSON document in `studios.settings`. Every field has a
 * default taken from DOMAIN.md, so a new studio works at once; each studio may change any of them.
 * There are deliberately no default prices or plans: the product never shows a number the studio
 * did not give it.
 */
import { z } from 'zod';
import { staffRoles } from './schema/staff.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'um horário HH:MM');
const percent = z.number().min(0).max(100);
const points = z.number().min(0).max(100);

/** DOMAIN.md §2: health components and their weights (renormalised when a component has no data). */
export const healthWeightsSchema = z
  .object({
    usage: z.number().min(0).default(35),
    payment: z.number().min(0).default(25),
    contract: z.number().min(0).default(20),
    engagement: z.number().min(0).default(10),
    relationship: z.number().min(0).default(10),
  })
  .refine((w) => w.usage + w.payment + w.contract + w.engagement + w.relationship > 0, 'ao menos um peso positivo');

/** DOMAIN.md §2: the explainable risk rules' points and thresholds. */
export const riskRulesSchema = z.object({
  blockedBase: points.default(40),
  blockedPerDay: points.default(3),
  blockedMax: points.default(60),
  blockedOverdueExtra: points.default(10),
  expiredBase: points.default(35),
  expiredPerDay: points.default(1),
  expiredMax: points.default(50),
  expiringWithin7Days: points.default(20),
  expiringWithin15Days: points.default(10),
  paceBelow30Percent: points.default(25),
  paceBelow50Percent: points.default(15),
  noPaymentGraceDays: z.number().int().min(0).default(10),
  noPaymentPoints: points.default(15),
  noAttendanceDays: z.number().int().min(1).default(14),
  noAttendancePoints: points.default(20),
  acceptancePendingDays: z.number().int().min(0).default(2),
  acceptancePendingPoints: points.default(5),
  newClientDays: z.number().int().min(0).default(90),
  newClientMultiplier: z.number().min(1).max(3).default(1.2),
});

export const riskSettingsSchema = z.object({
  rules: riskRulesSchema.prefault({}),
  /** Categories: Baixo below medium, Médio from medium, Alto from high, Crítico from critical. */
  categories: z
    .object({ medium: points.default(25), high: points.default(50), critical: points.default(75) })
    .refine((c) => c.medium < c.high && c.high < c.critical, 'médio < alto < crítico')
    .prefault({}),
  /** "Quem está em risco hoje" lists clients from this risk up. */
  listThreshold: points.default(50),
  /** Clients contacted within this many days are shown apart, "em acompanhamento". */
  followUpDays: z.number().int().min(0).default(3),
});

export const healthBandsSchema = z
  .object({ healthy: points.default(70), attention: points.default(40) })
  .refine((b) => b.attention < b.healthy, 'atenção < saudável');

/** DOMAIN.md §5: no outbound messages to clients in quiet hours or on Sundays. */
export const quietHoursSchema = z.object({
  start: clockTime.default('21:00'),
  end: clockTime.default('08:00'),
  sundays: z.boolean().default(true),
});

/** DOMAIN.md §5: per-number WhatsApp pacing. */
export const sendRateSchema = z.object({
  secondsBetweenMessages: z.number().min(0).default(3),
  jitterSeconds: z.number().min(0).default(2),
  dailyMaximum: z.number().int().min(1).default(200),
});

/** DOMAIN.md §3: offers the playbooks may make, as percentages off. */
export const playbookOffersSchema = z.object({
  blocked4to7DaysDiscountPercent: percent.default(10),
  blocked8to14DaysDiscountPercent: percent.default(15),
  blocked15PlusDaysDiscountPercent: percent.default(20),
});

/** Automated messages to clients are off until the owner enables each playbook (WhatsApp bans). */
export const playbookSwitchesSchema = z.record(z.string(), z.boolean()).default({});

const recipientRoles = z.array(z.enum(staffRoles)).min(1, 'ao menos um papel');

/**
 * When the scheduled work runs, in the studio's time zone, and who receives each report, by role.
 * The front desk's alert goes to the owner when nobody has the roles it is meant for.
 */
export const scheduleSchema = z.object({
  dailySnapshot: clockTime.default('05:00'),
  ownerBriefing: clockTime.default('07:00'),
  frontDeskAlert: clockTime.default('08:00'),
  ownerBriefingTo: recipientRoles.default(['owner']),
  frontDeskAlertTo: recipientRoles.default(['secretary']),
});

/**
 * Issue 9, what-if: the owner's own limits on each lever (renewal and upsell in points a month, ticket
 * in centavos, new clients and packs a month) and how costly each is to move; a lever left out keeps
 * the model's default (renewal +5 points, ticket +R$ 20, new clients +10; weights renewal 3.0, new
 * clients 2.5, upsell 1.5, price 1.0).
 */
const leverNumbers = z.partialRecord(z.enum(['renewal', 'ticket', 'newClients', 'trialConversion', 'gympassConversion', 'upsell', 'packsAndDropIns']), z.number().min(0));
export const whatIfSettingsSchema = z.object({
  bounds: leverNumbers.default({}),
  costWeights: leverNumbers.default({}),
});

/** What the bot tells leads: only what the studio wrote here. */
export const studioFactsSchema = z.object({
  address: z.string().optional(),
  phone: z.string().optional(),
  instagram: z.string().optional(),
  openingHours: z.array(z.object({ weekday: z.number().int().min(0).max(6), opens: clockTime, closes: clockTime })).default([]),
  plans: z
    .array(
      z.object({
        name: z.string().min(1),
        priceCents: z.number().int().min(0),
        sessionsPerWeek: z.number().int().min(1).optional(),
        periodDays: z.number().int().min(1).optional(),
      }),
    )
    .default([]),
  trialClass: z.object({ priceCents: z.number().int().min(0), description: z.string().optional() }).optional(),
});

export const studioSettingsSchema = z.object({
  healthWeights: healthWeightsSchema.prefault({}),
  healthBands: healthBandsSchema.prefault({}),
  risk: riskSettingsSchema.prefault({}),
  quietHours: quietHoursSchema.prefault({}),
  sendRate: sendRateSchema.prefault({}),
  playbookOffers: playbookOffersSchema.prefault({}),
  playbooks: playbookSwitchesSchema,
  schedule: scheduleSchema.prefault({}),
  facts: studioFactsSchema.prefault({}),
  whatIf: whatIfSettingsSchema.prefault({}),
});

export type StudioSettings = z.infer<typeof studioSettingsSchema>;

/** The settings a client's health and risk are computed with. */
export type ScoringSettings = Pick<StudioSettings, 'healthWeights' | 'healthBands' | 'risk'>;

/** The settings a new studio starts with: every default above. */
export function defaultStudioSettings(): StudioSettings {
  return studioSettingsSchema.parse({});
}
