import { describe, expect, it } from 'vitest';
import { renewalRate } from './renewal-rate.ts';

describe('renewalRate', () => {
  it('reproduces the doc example: calistenia 30/40 = 75 %, fisioterapia 5/10 = 50 %, overall 35/50 = 70 %', () => {
    const result = renewalRate([
      { family: 'fisioterapia', ended: 10, renewed: 5 },
      { family: 'calistenia', ended: 40, renewed: 30 },
    ]);
    expect(result).toEqual({
      ended: 50,
      renewed: 35,
      rate: 0.7,
      byFamily: [
        { family: 'calistenia', ended: 40, renewed: 30, rate: 0.75 },
        { family: 'fisioterapia', ended: 10, renewed: 5, rate: 0.5 },
      ],
    });
  });

  it('has no rate without endings, overall or for a family', () => {
    expect(renewalRate([])).toEqual({ ended: 0, renewed: 0, rate: null, byFamily: [] });
    expect(renewalRate([{ family: 'outro', ended: 0, renewed: 0 }]).byFamily[0]!.rate).toBeNull();
  });
});
