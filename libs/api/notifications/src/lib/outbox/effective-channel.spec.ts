import {
  MANDATORY_NOTIFICATION_CATEGORIES,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_TYPE_CATEGORY,
  NOTIFICATION_TYPES,
  OPTIONAL_NOTIFICATION_CATEGORIES,
} from '@zusammen/shared/contracts';
import { effectiveChannel, isOptionalCategory, type ChannelRecipient } from './effective-channel';

const WITH_EMAIL: ChannelRecipient = { hasEmail: true, emailOptOuts: [] };
const OPTED_OUT_OF_ALL: ChannelRecipient = {
  hasEmail: true,
  emailOptOuts: [...OPTIONAL_NOTIFICATION_CATEGORIES],
};
const WITHOUT_EMAIL: ChannelRecipient = { hasEmail: false, emailOptOuts: [] };

describe('effectiveChannel', () => {
  it('splits the categories into mandatory and optional ones, each exactly once', () => {
    expect(NOTIFICATION_CATEGORIES.filter(isOptionalCategory)).toEqual([
      ...OPTIONAL_NOTIFICATION_CATEGORIES,
    ]);
    expect(NOTIFICATION_CATEGORIES.filter((category) => !isOptionalCategory(category))).toEqual([
      ...MANDATORY_NOTIFICATION_CATEGORIES,
    ]);
  });

  it.each(OPTIONAL_NOTIFICATION_CATEGORIES)(
    'an opted-out optional category (%s) goes to the app instead of by email',
    (category) => {
      const optedOut: ChannelRecipient = { hasEmail: true, emailOptOuts: [category] };

      expect(effectiveChannel(category, 'email', optedOut)).toBe('in_app');
      expect(effectiveChannel(category, undefined, optedOut)).toBe('in_app');
    },
  );

  it.each(OPTIONAL_NOTIFICATION_CATEGORIES)(
    'an optional category (%s) the person did not switch off goes by email',
    (category) => {
      const others: ChannelRecipient = {
        hasEmail: true,
        emailOptOuts: OPTIONAL_NOTIFICATION_CATEGORIES.filter((other) => other !== category),
      };

      expect(effectiveChannel(category, 'email', others)).toBe('email');
      expect(effectiveChannel(category, undefined, WITH_EMAIL)).toBe('email');
    },
  );

  it.each(MANDATORY_NOTIFICATION_CATEGORIES)(
    'a mandatory category (%s) goes by email even when every optional one is off',
    (category) => {
      expect(effectiveChannel(category, 'email', OPTED_OUT_OF_ALL)).toBe('email');
      expect(effectiveChannel(category, undefined, OPTED_OUT_OF_ALL)).toBe('email');
    },
  );

  it.each(NOTIFICATION_CATEGORIES)(
    'a recipient without an address gets %s in the app only',
    (category) => {
      expect(effectiveChannel(category, 'email', WITHOUT_EMAIL)).toBe('in_app');
      expect(effectiveChannel(category, undefined, WITHOUT_EMAIL)).toBe('in_app');
    },
  );

  it.each(NOTIFICATION_CATEGORIES)('an explicit in-app or SMS channel for %s stays', (category) => {
    expect(effectiveChannel(category, 'in_app', WITH_EMAIL)).toBe('in_app');
    expect(effectiveChannel(category, 'sms', OPTED_OUT_OF_ALL)).toBe('sms');
  });

  it.each(NOTIFICATION_TYPES)('type %s follows its category', (type) => {
    const category = NOTIFICATION_TYPE_CATEGORY[type];

    expect(effectiveChannel(category, 'email', OPTED_OUT_OF_ALL)).toBe(
      isOptionalCategory(category) ? 'in_app' : 'email',
    );
    expect(effectiveChannel(category, 'email', WITH_EMAIL)).toBe('email');
  });
});
