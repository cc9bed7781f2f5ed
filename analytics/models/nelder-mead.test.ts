import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead.ts';

describe('nelderMead', () => {
  it('finds the minimum of a quadratic bowl, (1, −2), within 1e-6', () => {
    const result = nelderMead(([x, y]) => (x! - 1) ** 2 + (y! + 2) ** 2, [0, 0]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 6);
    expect(result.point[1]).toBeCloseTo(-2, 6);
    expect(result.value).toBeLessThan(1e-10);
  });

  it('follows the Rosenbrock valley to its minimum (1, 1) from the classic start (−1.2, 1)', () => {
    const rosenbrock = ([x, y]: number[]) => 100 * (y! - x! ** 2) ** 2 + (1 - x!) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1]);
    expect(result.point[0]).toBeCloseTo(1, 4);
    expect(result.point[1]).toBeCloseTo(1, 4);
  });

  it('treats Infinity as infeasible and stays in the box', () => {
    // Minimum of (x − 3)² subject to x ≤ 2 is at the edge x = 2.
    const result = nelderMead(([x]) => (x! > 2 ? Number.POSITIVE_INFINITY : (x! - 3) ** 2), [0]);
    expect(result.point[0]).toBeCloseTo(2, 6);
  });

  it('stops at maxIterations and says so', () => {
    expect(nelderMead(([x]) => x! ** 2, [100], { maxIterations: 3 }).converged).toBe(false);
  });
});
