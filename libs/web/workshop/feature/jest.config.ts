export default {
  displayName: 'web-workshop-feature',
  preset: '../../../../jest.preset.angular.js',
};
