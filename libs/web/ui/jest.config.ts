export default {
  displayName: 'web-ui',
  preset: '../../../jest.preset.angular.js',
};
