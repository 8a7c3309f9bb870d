import type { RoomDetail } from '@zusammen/shared/contracts';
import { roomSettingsDraft, roomSettingsProblems, roomUpdateOf } from './room-settings-draft';

const room: RoomDetail = {
  id: 'r',
  slug: 'grosser-saal',
  name: 'Großer Saal',
  capacity: 60,
  accessibility: ['step_free'],
  features: [],
  setupMinutes: 30,
  teardownMinutes: 15,
  requiresApproval: true,
  openingHours: [
    { weekday: 1, opens: '09:00', closes: '12:00' },
    { weekday: 1, opens: '14:00', closes: '21:00' },
    { weekday: 3, opens: '08:00', closes: '22:00' },
  ],
  maxDaysAhead: 365,
  keyLocation: null,
};

describe('room settings draft', () => {
  it('shows one span per weekday and writes back only the open days', () => {
    const draft = roomSettingsDraft(room);
    expect(draft.days[0]).toEqual({ weekday: 1, open: true, opens: '09:00', closes: '21:00' });
    expect(draft.days[1]).toEqual({ weekday: 2, open: false, opens: '09:00', closes: '17:00' });
    expect(roomSettingsProblems(draft)).toEqual({});
    expect(roomUpdateOf({ ...draft, keyLocation: '  Empfang, Schlüsselkasten 3 ' })).toEqual({
      openingHours: [
        { weekday: 1, opens: '09:00', closes: '21:00' },
        { weekday: 3, opens: '08:00', closes: '22:00' },
      ],
      setupMinutes: 30,
      teardownMinutes: 15,
      requiresApproval: true,
      maxDaysAhead: 365,
      keyLocation: 'Empfang, Schlüsselkasten 3',
    });
    expect(roomUpdateOf(draft).keyLocation).toBeNull();
  });

  it('names wrong hours, buffers and limits', () => {
    const draft = roomSettingsDraft(room);
    draft.days[0] = { ...draft.days[0], closes: '08:00' };
    draft.days[2] = { ...draft.days[2], opens: '' };
    expect(
      roomSettingsProblems({
        ...draft,
        setupMinutes: '-5',
        teardownMinutes: '500',
        maxDaysAhead: '0',
      }),
    ).toEqual({
      'closes-1': 'order',
      'opens-3': 'required',
      setupMinutes: 'range',
      teardownMinutes: 'range',
      maxDaysAhead: 'range',
    });
  });
});
