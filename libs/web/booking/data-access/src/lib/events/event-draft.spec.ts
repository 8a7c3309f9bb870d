import type { EventDraft } from './event-draft';
import {
  addableTextLocales,
  emptyEventDraft,
  eventDraftProblems,
  eventRequestOf,
} from './event-draft';

function filled(overrides: Partial<EventDraft> = {}): EventDraft {
  return {
    ...emptyEventDraft(),
    bookingId: 'b1',
    texts: [
      { locale: 'de', title: ' Sprachcafé ', description: 'Deutsch üben bei Kaffee.' },
      { locale: 'ar', title: 'مقهى اللغة', description: '' },
    ],
    capacity: '20',
    ...overrides,
  };
}

describe('eventDraftProblems', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(eventDraftProblems(filled(), 40)).toEqual({});
  });

  it('needs a booking, the German title and description, an audience and a language', () => {
    const draft: EventDraft = { ...emptyEventDraft(), audience: '', languagesSpoken: [] };
    expect(eventDraftProblems(draft, null)).toEqual({
      bookingId: 'required',
      'title.de': 'required',
      'description.de': 'required',
      audience: 'required',
      languagesSpoken: 'required',
      capacity: 'required',
    });
  });

  it('needs a title in every added language, but no description there', () => {
    const draft = filled({
      texts: [
        { locale: 'de', title: 'Sprachcafé', description: 'Deutsch üben.' },
        { locale: 'uk', title: ' ', description: '' },
      ],
    });
    expect(eventDraftProblems(draft, 40)).toEqual({ 'title.uk': 'required' });
  });

  it('never lets more people in than the room may hold (invariant 6)', () => {
    expect(eventDraftProblems(filled({ capacity: '41' }), 40)).toEqual({ capacity: 'aboveRoom' });
    expect(eventDraftProblems(filled({ capacity: '40' }), 40)).toEqual({});
    expect(eventDraftProblems(filled({ capacity: '0' }), 40)).toEqual({ capacity: 'tooSmall' });
    expect(eventDraftProblems(filled({ capacity: '2.5' }), 40)).toEqual({ capacity: 'notWhole' });
  });

  it('keeps the minimum within the capacity and checks its deadline only when there is a minimum', () => {
    expect(eventDraftProblems(filled({ minParticipants: '21' }), 40)).toEqual({
      minParticipants: 'aboveCapacity',
    });
    expect(eventDraftProblems(filled({ minParticipants: '5', minDecisionHours: '' }), 40)).toEqual({
      minDecisionHours: 'required',
    });
    expect(eventDraftProblems(filled({ minParticipants: '', minDecisionHours: '' }), 40)).toEqual(
      {},
    );
  });

  it('needs both date and time when registration opens later', () => {
    expect(eventDraftProblems(filled({ registrationOpensDate: '2026-12-01' }), 40)).toEqual({
      registrationOpens: 'incomplete',
    });
    expect(
      eventDraftProblems(
        filled({ registrationOpensDate: '2026-12-01', registrationOpensTime: '09:00' }),
        40,
      ),
    ).toEqual({});
  });

  it('refuses titles that are too long', () => {
    const long = 'x'.repeat(201);
    const draft = filled({ texts: [{ locale: 'de', title: long, description: 'd' }] });
    expect(eventDraftProblems(draft, 40)).toEqual({ 'title.de': 'tooLong' });
  });
});

describe('eventRequestOf', () => {
  it('builds the request: trimmed texts, empty translations left out, numbers as numbers', () => {
    const request = eventRequestOf(
      filled({
        texts: [
          { locale: 'de', title: ' Sprachcafé ', description: ' Deutsch üben. ' },
          { locale: 'ar', title: 'مقهى اللغة', description: '  ' },
        ],
        minParticipants: '4',
        minDecisionHours: '24',
        registrationOpensDate: '2026-12-01',
        registrationOpensTime: '09:00',
        registrationClosesMinutesBefore: '60',
      }),
    );

    expect(request).toEqual({
      bookingId: 'b1',
      title: { de: 'Sprachcafé', ar: 'مقهى اللغة' },
      description: { de: 'Deutsch üben.' },
      audience: 'everyone',
      public: true,
      languagesSpoken: ['de'],
      capacity: 20,
      requiresApproval: false,
      waitlistEnabled: true,
      minParticipants: 4,
      minDecisionHours: 24,
      registrationOpensAt: '2026-12-01T08:00:00.000Z',
      registrationClosesMinutesBefore: 60,
    });
  });

  it('sends no minimum and no opening time when none were given', () => {
    const request = eventRequestOf(filled());
    expect(request.minParticipants).toBeNull();
    expect(request.minDecisionHours).toBeUndefined();
    expect(request.registrationOpensAt).toBeNull();
  });
});

describe('addableTextLocales', () => {
  it('offers the languages without texts yet', () => {
    expect(addableTextLocales(filled())).toEqual(['en', 'uk', 'fa']);
  });
});
