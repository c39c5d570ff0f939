export { renderReport, type ReportActions } from './render-report.js';
export { renderState } from './render-state.js';
export { renderAnalyzeForm, MAX_INPUT_BYTES, type Analyze } from './analyze-form.js';
