import { useEffect, useState } from 'react';
import type { NetworkComparison } from '../../domain/network-over-time.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { printFileName, type PaperSize, type PrintRequest } from '../../print/print-request.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { deliveryOptions } from './deliver-pdf.ts';
import { ExportStatus, type ExportState } from './export-menu.tsx';
import { runExport } from './run-export.ts';
import './export-menu.css';

/**
 * "Print netværket" on the network over time: the two meetings' pictures and the measures as a landscape
 * A4 or A3 PDF, built in the PDF worker like every printable and offered as links (`ExportStatus`).
 * `workshop` is the later meeting (its title and date are the footer's and the file name's).
 */
export function NetworkPrint({ workshop, comparison }: { workshop: Workshop; comparison: NetworkComparison }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const readyUrl = state.status === 'ready' ? state.delivery.url : null;
  useEffect(() => () => {
    if (readyUrl) URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);
  const isBuilding = state.status === 'building';

  const start = (paper: PaperSize) => {
    if (isBuilding) return;
    const request: PrintRequest = { kind: 'network', paper, comparison };
    setState({ status: 'building', percent: 0 });
    runExport({ workshop, request, language }, (share) => setState({ status: 'building', percent: Math.round(share * 100) }))
      .then((bytes) => setState({ status: 'ready', delivery: deliveryOptions(bytes, printFileName(workshop, request, language)) }))
      .catch((error: unknown) => setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  };

  return (
    <section className="card network-time-print" aria-labelledby="network-print-title">
      <h2 id="network-print-title">{t('networkTime.print.title')}</h2>
      <div className="print-buttons">
        <button type="button" disabled={isBuilding} onClick={() => start('a4')}>
          {t('networkTime.print.a4')}
        </button>
        <button type="button" disabled={isBuilding} onClick={() => start('a3')}>
          {t('networkTime.print.a3')}
        </button>
      </div>
      <ExportStatus state={state} />
    </section>
  );
}
