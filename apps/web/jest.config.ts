export default {
  displayName: 'web',
  preset: '../../jest.preset.angular.js',
};
