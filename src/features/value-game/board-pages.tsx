import { useLayoutEffect, useState, type RefObject } from 'react';
import { useT } from '../../ui/app-context.tsx';

/** Room left under the board on the projector (the page's bottom padding). */
const BOTTOM_MARGIN = 16;

/**
 * On the projector: the height from the top of `ref`'s element to the bottom of the screen, so the
 * board can fit itself into it. Measured again when the window or the page changes size (a timer or a
 * list above the board growing moves it down). 0 when not `isActive`.
 */
export function useFitHeight(ref: RefObject<HTMLElement | null>, isActive: boolean): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!isActive || !element) {
      setHeight(0);
      return undefined;
    }
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(0, Math.floor(window.innerHeight - top - BOTTOM_MARGIN)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref, isActive]);
  return height;
}

interface BoardPagesProps {
  page: number;
  pageCount: number;
  /** The index of the page's first organisation. */
  first: number;
  shown: number;
  total: number;
  onPage: (page: number) => void;
}

/** Under a board too long for the projector: which organisations are shown, and buttons to the others. */
export function BoardPages({ page, pageCount, first, shown, total, onPage }: BoardPagesProps) {
  const { t } = useT();
  return (
    <nav className="board-pages" aria-label={t('game.pages')}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        <span aria-hidden="true">◀ </span>
        {t('game.pagePrevious')}
      </button>
      <p className="board-page-status" aria-live="polite">
        {t('game.pageStatus', { page: page + 1, pages: pageCount, from: first + 1, to: first + shown, total })}
      </p>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1}>
        {t('game.pageNext')}
        <span aria-hidden="true"> ▶</span>
      </button>
    </nav>
  );
}
