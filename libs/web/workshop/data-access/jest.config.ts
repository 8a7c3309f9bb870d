export default {
  displayName: 'web-workshop-data-access',
  preset: '../../../../jest.preset.angular.js',
};
