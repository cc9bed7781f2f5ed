/**
 * The owner's morning briefing (DOMAIN.md §4): its inputs read, its insights ranked, its facts and
 * template text built, then narrated (LLM when configured, under the checks; the template otherwise),
 * with the revenue chart the message carries.
 */
import type { PulsoDb } from '../../db/database.ts';
import type { Studio } from '../../db/studio.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { say } from '../../prompts/catalog.ts';
import { templateValues, type Fact } from '../fact.ts';
import type { Insight } from '../insights/insight.ts';
import type { LanguageModel } from '../llm/language-model.ts';
import { narrate, type Narration } from '../narrate.ts';
import type { Channel } from '../checks/length-within-channel.ts';
import { revenueChartPng } from '../charts/revenue-chart.ts';
import { studioPeople } from '../studio-people.ts';
import { briefingInputs, type BriefingInputs } from './briefing-inputs.ts';
import { briefingInsights } from './briefing-insights.ts';
import { briefingText, type BriefingOccasion } from './briefing-text.ts';

export interface OwnerBriefing extends Narration {
  asOf: CalendarDate;
  facts: Fact[];
  insights: (Insight & { text: string })[];
  inputs: BriefingInputs;
  /** The revenue chart the briefing message carries, as PNG. */
  chartPng: Buffer;
}

export async function ownerBriefing(
  db: PulsoDb,
  studio: Studio,
  asOf: CalendarDate,
  { occasion, channel, model }: { occasion: BriefingOccasion; channel: Channel; model: LanguageModel | null },
): Promise<OwnerBriefing> {
  const [inputs, people] = await Promise.all([briefingInputs(db, studio, asOf), studioPeople(db, studio.id)]);
  const insights = briefingInsights(inputs);
  const { facts, text } = briefingText(inputs, insights, occasion);
  const narration = await narrate({ studioId: studio.id, purpose: 'briefing', audience: 'owner', channel, facts, draft: text, studioPeople: people }, { db, model });
  return {
    asOf,
    facts,
    insights: insights.map((insight) => ({ ...insight, text: say('insights.md', insight.textKey, templateValues(insight.facts)) })),
    inputs,
    chartPng: revenueChartPng(inputs),
    ...narration,
  };
}
