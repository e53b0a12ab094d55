/**
 * Builds the add-in into dist/: taskpane.html (React pane), commands.html (ribbon function file), help.html,
 * assets/ (icons), and, with `--env officeJs=local`, a local copy of office.js in dist/office/.
 *
 *     npm run build                                  production, office.js from Microsoft's CDN
 *     npx webpack --mode production --env officeJs=local   production, office.js from dist/office/ (tests, offline)
 *     npm start                                      dev server on https://localhost:3000 (scripts/start.mjs)
 *
 * Where office.js comes from. Microsoft supports only the CDN copy
 * (https://appsforoffice.microsoft.com/lib/1/hosted/office.js): it is updated together with the Office hosts
 * (a new Excel build, or Excel on the web, expects the current host scripts — office.js loads the matching
 * excel-<platform>.js beside itself), Office caches it, and store validation requires it. The npm package
 * @microsoft/office-js is a snapshot that Microsoft no longer supports; an add-in served with a stale copy
 * can break silently when the host moves on. So the default (what we ship) is the CDN. The local copy is a
 * switch, not the default: browser tests must not touch the network, and a site without Internet access can
 * host the files itself (Office does load office.js from the add-in's own origin). Local mode copies office.js
 * and the files it loads for Excel on Windows, Mac and the web (≈7 MB, not the package's 86 MB).
 */
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { turnOfficeToolsUsageDataOff } = require('./scripts/office-tools.cjs');

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS = 'office/office.js';
const DEV_PORT = 3000;
const bootTexts = require('./src/taskpane/i18n/boot.json');
const officeJsPackage = path.dirname(require.resolve('@microsoft/office-js/package.json'));

/**
 * pdf.js for the work viewer (src/taskpane/viewer/pdfAssets.ts): its own minified builds, modern and legacy, and
 * the files it fetches at run time, copied as they are into dist/pdfjs-<version>/ and loaded with a native
 * import() — not bundled. The WASM decoders (JBIG2, OpenJPEG, QCMS) are what black-and-white and JPX scans need.
 * `.mjs` becomes `.js`: servers that do not know `.mjs` would not serve a module script.
 */
const pdfjsPackage = path.dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjsFolder = `pdfjs-${require('pdfjs-dist/package.json').version}`;
const pdfjsCopies = [
  ['build/pdf.min.mjs', 'build/pdf.min.js'],
  ['build/pdf.worker.min.mjs', 'build/pdf.worker.min.js'],
  ['legacy/build/pdf.min.mjs', 'legacy/pdf.min.js'],
  ['legacy/build/pdf.worker.min.mjs', 'legacy/pdf.worker.min.js'],
].map(([from, to]) => ({ from: path.join(pdfjsPackage, from), to: `${pdfjsFolder}/${to}`, toType: 'file', info: { minimized: true } }))
  .concat(
    ['wasm', 'cmaps', 'standard_fonts', 'iccs'].map((folder) => ({
      from: folder,
      context: pdfjsPackage,
      to: `${pdfjsFolder}/${folder}/`,
      // QuickJS runs PDF scripts (forms): the viewer never enables scripting.
      globOptions: { ignore: ['**/quickjs-*', '**/LICENSE_*QUICKJS'] },
      info: { minimized: true },
    })),
  );

/** The files office.js fetches beside itself for Excel (host scripts, string tables, telemetry helpers). */
const localOfficeJsFiles = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-win32-16.0*.js',
  'excel-win32-16.01-core.js',
  'excel-mac-16.00*.js',
  'excel-web-16.00*.js',
  'ru-ru/office_strings.js',
  'en-us/office_strings.js',
  'telemetry/*.js',
];

/**
 * https options for the dev server: Office's development certificates (office-addin-dev-certs), created and
 * trusted on first use. When they cannot be trusted (Linux without sudo, a refused prompt) but were created,
 * they are still used — trust the CA later (npm start prints how); when they cannot be created at all, the dev
 * server's own self-signed certificate is used. Either way the console says so plainly.
 */
async function devServerHttps() {
  turnOfficeToolsUsageDataOff();
  let reason;
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    return { type: 'https', options: await getHttpsServerOptions() };
  } catch (error) {
    reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error);
  }
  try {
    const fs = require('node:fs');
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const options = {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
    console.warn(
      [
        '',
        `!! Сертификаты разработчика Office созданы, но их CA не добавлен в доверенные (${reason}).`,
        `!! The Office developer certificates exist, but their CA is not trusted (${reason}).`,
        `!! CA: ${defaults.caCertificatePath} — доверьте его, чтобы Excel загрузил панель / trust it so that Excel loads the pane.`,
        '',
      ].join('\n'),
    );
    return { type: 'https', options };
  } catch {
    console.warn(
      [
        '',
        `!! Не удалось создать сертификаты разработчика Office (office-addin-dev-certs): ${reason}`,
        `!! Could not create the Office developer certificates (office-addin-dev-certs): ${reason}`,
        '!! Сервер работает по https с временным самоподписанным сертификатом: Excel откажется загружать панель,',
        `!! пока вы не доверите ему (откройте https://localhost:${DEV_PORT}/taskpane.html в браузере и примите сертификат).`,
        '!! Serving https with a temporary self-signed certificate: Excel refuses the pane until you trust it',
        `!! (open https://localhost:${DEV_PORT}/taskpane.html in a browser and accept the certificate).`,
        '',
      ].join('\n'),
    );
    return { type: 'https' };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJs = env.officeJs ?? process.env.RECHECK_OFFICE_JS ?? 'cdn';
  if (officeJs !== 'cdn' && officeJs !== 'local') throw new Error(`--env officeJs must be "cdn" or "local", not "${officeJs}"`);
  const local = officeJs === 'local';
  // The viewer's test page (src/taskpane/viewer/harness): in test builds, never in the CDN build that ships.
  const harness = env.harness === undefined ? local : env.harness !== 'false' && env.harness !== false;

  const copies = [
    { from: 'assets', to: 'assets', globOptions: { ignore: ['**/README*'] } },
    { from: 'src/help/help.html', to: 'help.html' },
    ...pdfjsCopies,
  ];
  if (local) {
    for (const pattern of localOfficeJsFiles) {
      const folder = path.posix.dirname(pattern);
      copies.push({
        from: pattern,
        context: path.join(officeJsPackage, 'dist'),
        to: folder === '.' || pattern.includes('*') ? 'office/' : `office/${folder}/`,
        globOptions: { ignore: ['**/*.debug.js'] },
        // Microsoft's files are already minified: copy them byte for byte, do not run terser on 5 MB again.
        info: { minimized: true },
      });
    }
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The viewer window (issue 12): a page of the add-in's origin the pane opens with displayDialogAsync.
      'viewer-window': './src/taskpane/viewerWindow/index.tsx',
    },
    // The engine's worker (src/taskpane/engineRun/engine.worker.ts) is found by webpack itself, from
    // `new Worker(new URL('./engine.worker.ts', import.meta.url))`, and bundled as the chunk `engine-worker`.
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          // Fluent's components import their few icons from the icon barrel; point them at the atomic modules.
          test: /\.js$/,
          include: /node_modules[\\/]@fluentui[\\/]react-(?!icons[\\/])/,
          use: path.resolve(__dirname, 'scripts/webpack/atomic-icons-loader.cjs'),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; the bundle only needs transpiling (fast on 2 cores).
            // ES2020 output: the newest syntax the HTML guard (src/taskpane/taskpane.html) checks for.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, target: 'ES2020', sourceMap: !production } },
          },
        },
      ],
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // The template's guard inserts the bundle itself, and only in a browser that can run it.
        inject: false,
        // The guard must stay the ES5 it was written in (IE11 runs it): no JS minification of inline scripts.
        minify: production ? { collapseWhitespace: true, removeComments: true, minifyCSS: true, minifyJS: false } : false,
        templateParameters: (compilation, assets) => ({
          officeJsUrl: local ? LOCAL_OFFICE_JS : CDN_OFFICE_JS,
          scripts: assets.js,
          // Texts shown before React loads; the same file feeds src/taskpane/i18n.
          boot: bootTexts,
          json: (value) => JSON.stringify(value).replace(/</g, '\\u003c'),
        }),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
        templateParameters: { officeJsUrl: local ? LOCAL_OFFICE_JS : CDN_OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: 'viewer-window.html',
        template: './src/taskpane/viewerWindow/viewer-window.html',
        chunks: ['viewer-window'],
        scriptLoading: 'defer',
        templateParameters: { officeJsUrl: local ? LOCAL_OFFICE_JS : CDN_OFFICE_JS },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    optimization: {
      // One bundle per entry: the pane loads from the local disk or localhost, so fewer files beat cache splitting.
      splitChunks: false,
      // One terser pass (webpack's default is two): the second saves under 1 % here and costs seconds on 2 cores.
      minimizeOptions: { javascript: { compress: { passes: 1 } } },
    },
    performance: {
      hints: production ? 'warning' : false,
      // The start-up bundle: Fluent UI v9 + React + the start screen. The coordinator's chunk loads only when asked
      // for; the engine's worker (engine-worker.js: archive reader, ExcelJS alone ~925 KiB) only when a run starts.
      // office.js and copied files are not ours to budget.
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 1400 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office/') && !file.startsWith('pdfjs-'),
    },
    stats: production ? 'normal' : 'minimal',
  };

  if (harness) {
    config.entry['viewer-harness'] = './src/taskpane/viewer/harness/viewerHarness.tsx';
    config.plugins.push(
      new HtmlWebpackPlugin({ filename: 'viewer-harness.html', template: './src/taskpane/viewer/harness/viewer-harness.html', chunks: ['viewer-harness'] }),
    );
  }

  if (serving) {
    config.devServer = {
      port: DEV_PORT,
      host: 'localhost',
      server: await devServerHttps(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    };
  }
  return config;
};
