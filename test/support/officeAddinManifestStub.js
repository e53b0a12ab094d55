// office-addin-mock imports office-addin-manifest, whose real package is ESM-only, and reads only OfficeApp from it.
module.exports = { OfficeApp: {} };
