/**
 * Helpers for Microsoft's office-addin-* command-line tools, shared by webpack.config.js and scripts/start.mjs.
 * Node-only build tooling; nothing here reaches the add-in's bundle.
 */
'use strict';

/**
 * Turns the office tools' usage data (telemetry) off, as `office-addin-usage-data off` does, before any of
 * them runs. Quiet, and never throws: returns false when the package is missing or the setting cannot be written.
 */
function turnOfficeToolsUsageDataOff() {
  try {
    const usageData = require('office-addin-usage-data');
    usageData.modifyUsageDataJsonData(usageData.groupName, 'usageDataLevel', usageData.UsageDataLevel.off);
    return true;
  } catch {
    return false;
  }
}

module.exports = { turnOfficeToolsUsageDataOff };
