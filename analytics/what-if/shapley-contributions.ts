/**
 * Each lever's share of a change, by Shapley values (Shapley 1953): the model is not additive (a higher
 * renewal rate also keeps more clients paying the higher ticket), so a lever's contribution is its
 * marginal effect averaged over every order in which the changes could be applied:
 *   φ_i = Σ_{S ⊆ N∖{i}} |S|! (k − |S| − 1)! / k! · (v(S ∪ {i}) − v(S))
 * where N are the k changed levers and v(S) the outcome with only the changes in S applied. The φ_i sum
 * exactly to v(N) − v(∅), whatever the interaction. Example: v = x · y, x from 2 to 3, y from 10 to 12:
 * v(∅) = 20, v(x) = 30, v(y) = 24, v(x, y) = 36; φ_x = ½(10) + ½(12) = 11, φ_y = ½(4) + ½(6) = 5; 11 + 5 = 16.
 */
export function shapleyContributions<Player>(players: readonly Player[], outcome: (coalition: readonly Player[]) => number[]): Map<Player, number[]> {
  const k = players.length;
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  const values = new Map<number, number[]>();
  const valueOf = (mask: number) => {
    let value = values.get(mask);
    if (!value) {
      value = outcome(players.filter((_, index) => mask & (1 << index)));
      values.set(mask, value);
    }
    return value;
  };
  const contributions = new Map<Player, number[]>();
  players.forEach((player, index) => {
    const bit = 1 << index;
    const total = valueOf(0).map(() => 0);
    for (let mask = 0; mask < 1 << k; mask++) {
      if (mask & bit) continue;
      const size = popCount(mask);
      const weight = (factorial(size) * factorial(k - size - 1)) / factorial(k);
      const without = valueOf(mask);
      const withPlayer = valueOf(mask | bit);
      for (let j = 0; j < total.length; j++) total[j]! += weight * (withPlayer[j]! - without[j]!);
    }
    contributions.set(player, total);
  });
  return contributions;
}

function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count += 1;
  return count;
}
