export default {
  displayName: 'web-booking-data-access',
  preset: '../../../../jest.preset.angular.js',
};
