/**
 * Blocked clients by days blocked, in the playbook bands of DOMAIN.md §3: 0–3, 4–7, 8–14, 15 or more
 * (and "sem data" when the report gives none). Example: [1, 5, 5, 20] → 1, 2, 0, 1.
 */
export function blockedByDays(days: (number | null)[]) {
  const bands = { '0-3': 0, '4-7': 0, '8-14': 0, '15+': 0, 'sem data': 0 };
  for (const value of days) {
    if (value === null) bands['sem data']++;
    else if (value <= 3) bands['0-3']++;
    else if (value <= 7) bands['4-7']++;
    else if (value <= 14) bands['8-14']++;
    else bands['15+']++;
  }
  return bands;
}
