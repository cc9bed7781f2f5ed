/**
 * Gauss hypergeometric function with a = 1, the case the retention models need:
 *
 *   2F1(1, b; c; z) = Σ_{k≥0} (b)_k / (c)_k · z^k,   b, c > 0, 0 ≤ z < 1,
 *
 * summed as a power series. Convergence bound: term k+1 = term k · ρ_k with ρ_k = (b+k)/(c+k) · z.
 * (b+k)/(c+k) is monotone in k and tends to 1, so every later ratio is at most ρmax = max(ρ_k, z);
 * once ρmax < 1 the remaining tail is at most term_{k+1} · ρmax/(1 − ρmax). Summation stops when that bound
 * is ≤ `relativeTolerance` × the partial sum; needing more than `maxTerms` terms is an error (it can
 * only happen for z within ~1e-7 of 1, i.e. a discount rate that is practically zero).
 *
 * Example: 2F1(1, 1; 2; z) = −ln(1 − z)/z, so gaussHypergeometric1(1, 2, 1/1.1) = 1.1 · ln 11 = 2.6376848…
 */
export function gaussHypergeometric1(b: number, c: number, z: number, relativeTolerance = 1e-13, maxTerms = 10_000_000): number {
  if (!(b > 0 && c > 0)) throw new RangeError(`2F1(1, b; c; z) needs b, c > 0 (got b=${b}, c=${c})`);
  if (!(z >= 0 && z < 1)) throw new RangeError(`2F1(1, b; c; z) series needs 0 ≤ z < 1 (got ${z})`);
  let term = 1;
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    const ratio = ((b + k) / (c + k)) * z;
    term *= ratio;
    sum += term;
    const bound = Math.max(ratio, z);
    if (bound < 1 && (term * bound) / (1 - bound) <= relativeTolerance * sum) return sum;
  }
  throw new RangeError(`2F1(1, ${b}; ${c}; ${z}) did not converge in ${maxTerms} terms`);
}
