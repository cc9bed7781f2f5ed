/**
 * Historical renewal rate: of the recurring contracts that ended in the last twelve months (and whose
 * renewal window has closed), the share renewed. renewal rate = renewed / ended, overall and by plan
 * family. Example: calistenia 40 ended, 30 renewed; fisioterapia 10 ended, 5 renewed → 75 %, 50 %,
 * overall 35 / 50 = 70 %.
 */
import { rate } from './rate.ts';

export interface ContractEndings {
  family: string;
  ended: number;
  renewed: number;
}

export function renewalRate(endings: ContractEndings[]) {
  const ended = endings.reduce((sum, row) => sum + row.ended, 0);
  const renewed = endings.reduce((sum, row) => sum + row.renewed, 0);
  return {
    ended,
    renewed,
    rate: rate(renewed, ended),
    byFamily: endings.map((row) => ({ ...row, rate: rate(row.renewed, row.ended) })).sort((a, b) => b.ended - a.ended),
  };
}
