export { renderOptions, type OptionsModel, type SaveSettings } from './render-options.js';
