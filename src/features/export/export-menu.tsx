import { useEffect, useId, useState } from 'react';
import type { PrintRequest } from '../../print/print-request.ts';
import { printFileName } from '../../print/print-request.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { usePreparation } from '../../ui/use-preparation.ts';
import { deliveryOptions, type Delivery } from './deliver-pdf.ts';
import { runExport } from './run-export.ts';
import './export-menu.css';

export type ExportState =
  | { status: 'idle' }
  | { status: 'building'; percent: number }
  | { status: 'ready'; delivery: Delivery }
  | { status: 'failed'; reason: string };

/**
 * "Eksportér og print" in the workshop's toolbar: a dialog to choose a printable. The PDF is built in
 * a worker (jsPDF and the fonts load only now) with the progress shown; the result is offered as
 * links that open it in a new tab or download it (or the share sheet on a tablet), so the running
 * app is never replaced.
 */
export function ExportMenu({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const [isOpen, setOpen] = useState(false);

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('print.menu.button')}
      </button>
      <ModalDialog isOpen={isOpen} title={t('print.menu.title')} className="export-dialog" onCancel={() => setOpen(false)}>
        {isOpen ? <ExportChoices session={session} /> : null}
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t('print.menu.close')}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}

/**
 * Builds PDFs of the workshop one at a time: `start` takes the snapshot as it is now (later edits do not
 * change a PDF being built); the previous PDF's object URL is released when a new one replaces it or the
 * caller goes away.
 */
export function usePdfExport(session: WorkshopSession): { state: ExportState; start: (request: PrintRequest) => void } {
  const language = useUi((state) => state.language);
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const isBuilding = state.status === 'building';
  const readyUrl = state.status === 'ready' ? state.delivery.url : null;
  useEffect(() => () => {
    if (readyUrl) URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);

  const start = (request: PrintRequest) => {
    if (isBuilding) return;
    const snapshot = session.getSnapshot();
    setState({ status: 'building', percent: 0 });
    runExport({ workshop: snapshot, request, language }, (share) => setState({ status: 'building', percent: Math.round(share * 100) }))
      .then((bytes) => setState({ status: 'ready', delivery: deliveryOptions(bytes, printFileName(snapshot, request, language)) }))
      .catch((error: unknown) => setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  };
  return { state, start };
}

function ExportChoices({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const workshop = useWorkshop(session);
  const { state, start } = usePdfExport(session);
  const [preparation] = usePreparation(session.id);
  const [piecesFor, setPiecesFor] = useState('all');
  const piecesId = useId();
  const [pageFor, setPageFor] = useState('');
  const pageId = useId();
  const isBuilding = state.status === 'building';
  const pageOrganisation = workshop.organisations.find((organisation) => organisation.id === pageFor) ?? workshop.organisations[0];

  const choices: { label: string; request: PrintRequest }[] = [
    { label: t('print.menu.summary'), request: { kind: 'summary' } },
    { label: t('print.menu.agreements'), request: { kind: 'agreements' } },
    { label: t('guide.print.menu'), request: { kind: 'guide', preparation } },
    { label: t('print.menu.sunA4'), request: { kind: 'sun', paper: 'a4' } },
    { label: t('print.menu.sunA3'), request: { kind: 'sun', paper: 'a3' } },
    { label: t('print.menu.sunBlankA4'), request: { kind: 'sun-blank', paper: 'a4' } },
    { label: t('print.menu.sunBlankA3'), request: { kind: 'sun-blank', paper: 'a3' } },
  ];
  const piecesTarget = (): PrintRequest => {
    if (piecesFor === 'all') return { kind: 'pieces', target: { kind: 'all' } };
    if (piecesFor === 'blank') return { kind: 'pieces', target: { kind: 'blank' } };
    return { kind: 'pieces', target: { kind: 'organisation', organisationId: piecesFor } };
  };

  return (
    <div className="export-choices">
      <p>{t('print.menu.intro')}</p>
      <ul className="export-options">
        {choices.map((choice) => (
          <li key={choice.label}>
            <button type="button" disabled={isBuilding} onClick={() => start(choice.request)}>
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="export-pieces">
        <label htmlFor={piecesId}>{t('print.menu.piecesFor')}</label>
        <select id={piecesId} value={piecesFor} onChange={(event) => setPiecesFor(event.target.value)}>
          <option value="all">{t('print.menu.piecesAll')}</option>
          {workshop.organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
          <option value="blank">{t('print.menu.piecesBlank')}</option>
        </select>
        <button type="button" disabled={isBuilding} onClick={() => start(piecesTarget())}>
          {t('print.menu.piecesMake')}
        </button>
      </div>
      {pageOrganisation ? (
        <div className="export-pieces">
          <label htmlFor={pageId}>{t('print.menu.pageFor')}</label>
          <select id={pageId} value={pageOrganisation.id} onChange={(event) => setPageFor(event.target.value)}>
            {workshop.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
          <button type="button" disabled={isBuilding} onClick={() => start({ kind: 'organisation', organisationId: pageOrganisation.id })}>
            {t('print.menu.pageMake')}
          </button>
        </div>
      ) : null}
      <ExportStatus state={state} />
    </div>
  );
}

export function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useT();
  return (
    <div className="export-status" role="status">
      {state.status === 'building' ? (
        <>
          <p>{t('print.menu.building', { percent: state.percent })}</p>
          <progress max={100} value={state.percent} aria-label={t('print.menu.building', { percent: state.percent })} />
        </>
      ) : null}
      {state.status === 'ready' ? <ReadyPdf delivery={state.delivery} /> : null}
      {state.status === 'failed' ? <p className="export-failed">{t('print.menu.failed', { reason: state.reason })}</p> : null}
    </div>
  );
}

function ReadyPdf({ delivery }: { delivery: Delivery }) {
  const { t } = useT();
  const share = delivery.share;
  return (
    <>
      <p>{t('print.menu.ready', { name: delivery.fileName })}</p>
      <div className="export-result">
        {share ? (
          <button type="button" className="primary" onClick={() => void share()}>
            {t('print.menu.share')}
          </button>
        ) : null}
        <a className="export-link" href={delivery.url} target="_blank" rel="noopener">
          {t('print.menu.open')}
        </a>
        <a className="export-link" href={delivery.url} download={delivery.fileName}>
          {t('print.menu.download')}
        </a>
      </div>
    </>
  );
}
