// The Excel exports (H11): clients, properties and the pipeline, streamed as .xlsx.
export { exportXlsx } from './exportXlsx.js';
