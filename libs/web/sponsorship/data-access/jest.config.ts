export default {
  displayName: 'web-sponsorship-data-access',
  preset: '../../../../jest.preset.angular.js',
};
