import { z } from 'zod';
import { RuleActions, RuleConditions } from './ruleSchema';

const DEPARTMENT = '3f1c2b9e-8d4a-4c6b-9a1e-2b3c4d5e6f70';

function firstMessage(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error.issues[0].message;
}

describe('rule conditions an administrator saves', () => {
  test('no conditions at all is a valid catch-all', () => {
    expect(RuleConditions.parse({})).toEqual({});
  });

  test('every kind of condition together is accepted', () => {
    const all = {
      channels: ['email', 'web'],
      categoryIds: [DEPARTMENT],
      words: ['straatlamp', 'lamp kapot'],
      senders: ['jan@example.be', '@politie.be'],
      phonePrefixes: ['+3256', '+32470'],
      languages: ['nl'],
      zoneIds: [DEPARTMENT],
      timeOfDay: { from: '22:00', to: '06:00', weekdays: [5, 6] },
      outsideOpeningHours: true,
    };
    expect(RuleConditions.parse(all)).toEqual(all);
  });

  test('words are trimmed', () => {
    expect(RuleConditions.parse({ words: ['  riolering '] }).words).toEqual(['riolering']);
  });

  test('an unknown condition is refused rather than silently ignored', () => {
    expect(RuleConditions.safeParse({ chanels: ['email'] }).success).toBe(false);
  });

  test('an empty list is refused because it could never match', () => {
    expect(firstMessage(RuleConditions, { channels: [] })).toBe(
      'List at least one channel, or leave the condition out.',
    );
  });

  test.each([['a'], ['  a  '], ['!!']])('a word too short or without letters is refused: %p', (word) => {
    expect(RuleConditions.safeParse({ words: [word] }).success).toBe(false);
  });

  test('at most 50 words per rule', () => {
    expect(RuleConditions.safeParse({ words: Array.from({ length: 51 }, (_, i) => `woord${i}`) }).success).toBe(false);
  });

  test.each(['politie.be', 'jan', '@', '@politie', 'jan@@x.be'])(
    'a sender that is neither an address nor an @domain is refused: %s',
    (sender) => {
      expect(firstMessage(RuleConditions, { senders: [sender] })).toBe(
        'Use an email address (jan@example.be) or a domain starting with @ (@politie.be).',
      );
    },
  );

  test.each(['3256', '+32 56', '+', '0470', '+123456789012345'])(
    'a phone prefix that is not +digits is refused: %s',
    (prefix) => {
      expect(RuleConditions.safeParse({ phonePrefixes: [prefix] }).success).toBe(false);
    },
  );

  test.each(['8:00', '24:30', '12:60', '0800'])('a time that is not HH:MM is refused: %s', (time) => {
    expect(RuleConditions.safeParse({ timeOfDay: { from: time, to: '17:00' } }).success).toBe(false);
  });

  test('24:00 may end a window, to run until midnight', () => {
    expect(RuleConditions.safeParse({ timeOfDay: { from: '00:00', to: '24:00', weekdays: [6, 7] } }).success).toBe(
      true,
    );
    expect(RuleConditions.safeParse({ timeOfDay: { from: '24:00', to: '06:00' } }).success).toBe(false);
  });

  test('a window that starts and ends at the same time is refused with advice', () => {
    expect(firstMessage(RuleConditions, { timeOfDay: { from: '08:00', to: '08:00' } })).toBe(
      'From and to are the same time; for the whole day use 00:00 to 24:00.',
    );
  });

  test('weekdays run from 1 (Monday) to 7 (Sunday)', () => {
    expect(RuleConditions.safeParse({ timeOfDay: { from: '08:00', to: '12:00', weekdays: [0] } }).success).toBe(false);
    expect(RuleConditions.safeParse({ timeOfDay: { from: '08:00', to: '12:00', weekdays: [8] } }).success).toBe(false);
  });

  test('category and zone ids must be uuids', () => {
    expect(RuleConditions.safeParse({ categoryIds: ['sluikstort'] }).success).toBe(false);
    expect(RuleConditions.safeParse({ zoneIds: ['centrum'] }).success).toBe(false);
  });
});

describe('rule actions an administrator saves', () => {
  test('a rule that sets nothing is refused', () => {
    expect(firstMessage(RuleActions, {})).toBe('A rule must set at least one thing.');
  });

  test('one thing to set is enough', () => {
    expect(RuleActions.parse({ priority: 'urgent' })).toEqual({ priority: 'urgent' });
  });

  test('every action together is accepted', () => {
    const all = {
      departmentId: DEPARTMENT,
      categoryId: DEPARTMENT,
      priority: 'high',
      tags: ['riolering'],
      assigneeId: DEPARTMENT,
      acknowledgement: 'report',
    };
    expect(RuleActions.parse(all)).toEqual(all);
  });

  test('an unknown action is refused', () => {
    expect(RuleActions.safeParse({ priority: 'high', escalate: true }).success).toBe(false);
  });

  test('at most 20 tags of at most 50 characters', () => {
    expect(RuleActions.safeParse({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }).success).toBe(false);
    expect(RuleActions.safeParse({ tags: ['x'.repeat(51)] }).success).toBe(false);
  });
});

describe('the OpenAPI document', () => {
  test('conditions and actions become JSON schemas with field descriptions', () => {
    const conditions = z.toJSONSchema(RuleConditions, { io: 'input' }) as {
      properties: Record<string, { description?: string }>;
    };
    const actions = z.toJSONSchema(RuleActions, { io: 'input' }) as {
      properties: Record<string, { description?: string }>;
    };
    for (const property of [...Object.values(conditions.properties), ...Object.values(actions.properties)]) {
      expect(property.description).toEqual(expect.any(String));
    }
  });
});
