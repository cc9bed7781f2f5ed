import { expect, it } from 'vitest';
import { RecentMessageIds } from './recent-message-ids.ts';

it('recognises a repeated id among the most recent ones only', () => {
  const recent = new RecentMessageIds(2);
  expect(['a', 'b', 'a', 'c', 'a', 'b'].map((id) => recent.remember(id))).toEqual([true, true, false, true, true, true]);
});
