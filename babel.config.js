// babel-preset-taro 更多选项和默认值：
// https://docs.taro.zone/docs/next/babel-config

// WeChat on iOS runs the mini-program on the system's JavaScriptCore; iOS 12 (Safari 12) is the oldest we
// support, and project.config.json leaves WeChat's own `es6`/`enhance` transpiling off. The output must
// therefore parse as ES2017 (test/builds/weapp-es2017.test.ts): without a target here babel would follow
// package.json's browserslist (modern browsers, for the H5 build) and keep `?.`/`??`. iOS 12 runs object
// spread, `catch {}` and the ES2018 regex syntax, but the ES2017 parse is the line we can test, so those
// are lowered as well (named groups, `s` and `\p{…}` through regexpu). Lookbehind cannot be lowered at
// all: the test rejects it.
const weappTargets = {
  targets: { ios: '12' },
  include: [
    'transform-object-rest-spread',
    'transform-async-generator-functions',
    'transform-optional-catch-binding',
    'transform-json-strings',
    'transform-dotall-regex',
    'transform-named-capturing-groups-regex',
    'transform-unicode-property-regex',
  ],
};

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(process.env.TARO_ENV === 'weapp' ? weappTargets : {}),
      },
    ],
  ],
};
