export default {
  displayName: 'web-booking-feature',
  preset: '../../../../jest.preset.angular.js',
};
