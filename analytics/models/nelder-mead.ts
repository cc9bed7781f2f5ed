/**
 * Nelder–Mead downhill simplex minimisation (Nelder & Mead 1965), in the standard form of Lagarias et al.
 * (1998, SIAM J. Optim. 9(1)): reflection 1, expansion 2, outside/inside contraction 1/2, shrink 1/2.
 * Deterministic: the initial simplex is x0 plus `initialStep` along each axis.
 *
 * Stops when the spread of the simplex values (max f − min f) is ≤ `valueTolerance` and the simplex
 * diameter (max |x_i − x_best| over vertices and coordinates) is ≤ `pointTolerance`, or after
 * `maxIterations`. `f` may return Infinity to mark points outside a feasible box; such vertices are
 * simply the worst and get contracted away.
 *
 * Example: minimising (x − 1)² + (y + 2)² from [0, 0] returns a point within 1e-6 of [1, −2].
 */
export interface NelderMeadOptions {
  initialStep?: number;
  valueTolerance?: number;
  pointTolerance?: number;
  maxIterations?: number;
}

export interface NelderMeadResult {
  point: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

export function nelderMead(f: (x: number[]) => number, x0: number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const { initialStep = 0.5, valueTolerance = 1e-10, pointTolerance = 1e-9, maxIterations = 2000 } = options;
  const dimension = x0.length;
  const vertex = (point: number[]) => ({ point, value: f(point) });
  let simplex = [vertex([...x0])];
  for (let i = 0; i < dimension; i++) {
    simplex.push(vertex(x0.map((value, j) => (j === i ? value + initialStep : value))));
  }

  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[dimension]!;
    const secondWorst = simplex[dimension - 1]!;
    const spread = worst.value - best.value;
    const diameter = Math.max(...simplex.flatMap((v) => v.point.map((x, j) => Math.abs(x - best.point[j]!))));
    if (spread <= valueTolerance && diameter <= pointTolerance) break;

    const centroid = x0.map((_, j) => simplex.slice(0, dimension).reduce((sum, v) => sum + v.point[j]!, 0) / dimension);
    const along = (t: number) => vertex(centroid.map((c, j) => c + t * (worst.point[j]! - c)));

    const reflected = along(-1);
    if (reflected.value < best.value) {
      const expanded = along(-2);
      simplex[dimension] = expanded.value < reflected.value ? expanded : reflected;
      continue;
    }
    if (reflected.value < secondWorst.value) {
      simplex[dimension] = reflected;
      continue;
    }
    const contracted = reflected.value < worst.value ? along(-0.5) : along(0.5);
    if (contracted.value < Math.min(reflected.value, worst.value)) {
      simplex[dimension] = contracted;
      continue;
    }
    simplex = simplex.map((v, i) => (i === 0 ? v : vertex(v.point.map((x, j) => best.point[j]! + 0.5 * (x - best.point[j]!)))));
  }
  simplex.sort((a, b) => a.value - b.value);
  const best = simplex[0]!;
  return { point: best.point, value: best.value, iterations, converged: iterations < maxIterations };
}
