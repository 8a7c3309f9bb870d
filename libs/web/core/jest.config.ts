export default {
  displayName: 'web-core',
  preset: '../../../jest.preset.angular.js',
};
