// office-addin-mock imports office-addin-manifest only for an unused helper; the real package is ESM-only.
module.exports = {};
