export { renderOptions, type OptionsModel, type OptionsHost, type SaveSettings } from './render-options.js';
export { markManaged } from './managed-marks.js';
