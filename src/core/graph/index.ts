export { analyzeWorkbook, type WorkbookAnalysis } from './analysis';
export { ancestors, blockedReason, changedCells, descendants, planRun, type RunRequest } from './schedule';
