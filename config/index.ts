import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const root = path.resolve(__dirname, '..');
// The domain module lives outside src/ (the cloud functions import it too), so Taro must compile it.
const sharedSources = [path.join(root, 'domain')];
// The weapp must parse as ES2017 (iOS 12, see babel.config.js), and dependencies ship ES2020 (zod's `?.`,
// `catch {}`): babel lowers node_modules too. Measured against esbuild as the minifier with target es2017:
// esbuild builds faster but leaves the main package ~70 KB larger than babel + terser.
const inNodeModules = (file: string) => /[\\/]node_modules[\\/]/.test(file);

export default defineConfig<'webpack5'>(async (merge) => {
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'jinguo-nomination',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_ENV === 'h5' ? 'dist/h5' : 'dist/weapp',
    plugins: [],
    // app.json's sitemapLocation points here; Taro copies nothing from src/ by itself, and H5 has no sitemap.
    copy: {
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [],
      options: {},
    },
    // Build-time values; a bare `process.env.X` would reach WeChat, where `process` does not exist.
    defineConstants: { CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? '') },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [...sharedSources, inNodeModules] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      compile: { include: sharedSources },
      publicPath: '/',
      staticDirectory: 'static',
      // Hash routing: reloads and deep links work from any static server.
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  return merge({}, base, process.env.NODE_ENV === 'development' ? { logger: { quiet: false, stats: false } } : {});
});
