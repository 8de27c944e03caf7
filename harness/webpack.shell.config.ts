import path from 'node:path';
import type { Configuration } from 'webpack';

/**
 * The console harness shell: the console's frame, plugin loader and run-time SDK, plus monaco's
 * editor worker. Built unminified without eval-based source maps: the page's CSP forbids eval.
 */
const config: Configuration = {
  mode: 'development',
  devtool: false,
  context: path.resolve(__dirname, 'shell'),
  entry: {
    shell: './index.tsx',
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  },
  output: {
    path: path.resolve(__dirname, 'dist'),
    publicPath: '/static/',
    filename: '[name].js',
    chunkFilename: '[name].chunk.js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx', '.mjs'] },
  module: {
    rules: [
      { test: /\.(jsx?|tsx?)$/, exclude: /\/node_modules\//, use: [{ loader: 'swc-loader' }] },
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      {
        test: /\.(png|jpg|jpeg|gif|svg|woff2?|ttf|eot|otf)(\?.*$|$)/,
        type: 'asset/resource',
        generator: { filename: 'assets/[name]-[contenthash][ext]' },
      },
    ],
  },
  // Keeps rebuilds quick (node_modules/.cache/webpack); monaco alone is a large graph.
  cache: { type: 'filesystem', buildDependencies: { config: [__filename] }, name: 'harness-shell' },
  performance: { hints: false },
  stats: 'errors-warnings',
};

export default config;
