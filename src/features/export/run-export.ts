import type { ExportJob, ExportMessage } from './export-job.ts';

/**
 * Runs one export in the PDF worker. The worker is started on the first export (that is when jsPDF
 * and the fonts load) and kept for the next ones, which then start at once.
 */

let worker: Worker | null = null;

function pdfWorker(): Worker {
  worker ??= new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Builds the PDF `job` asks for; `onProgress` gets the share done (0 to 1). */
export function runExport(job: ExportJob, onProgress: (share: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const current = pdfWorker();
    const finish = () => {
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<ExportMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.share);
      else {
        finish();
        if (message.type === 'done') resolve(message.bytes);
        else reject(new Error(message.reason));
      }
    };
    const onError = (event: ErrorEvent) => {
      finish();
      // A worker that failed to start is dropped, so the next export starts a fresh one.
      current.terminate();
      worker = null;
      reject(new Error(event.message || 'worker'));
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    current.postMessage(job);
  });
}
