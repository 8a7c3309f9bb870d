export default {
  displayName: 'web-sponsorship-feature',
  preset: '../../../../jest.preset.angular.js',
};
