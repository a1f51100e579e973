// Entry for the bundled-worker test: prewarms an analysis worker (bundled from a file that throws
// as it loads) and says whether this process outlived the worker's failure.
import { prewarmAnalysisWorker } from '../../electron/main/media/analysis-client';

prewarmAnalysisWorker();
setTimeout(() => process.stdout.write('still running\n'), 1500);
