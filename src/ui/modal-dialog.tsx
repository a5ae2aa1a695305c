import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  isOpen: boolean;
  title: string;
  /** A sentence read with the title (aria-describedby), or none. */
  description?: string;
  className?: string;
  /** Escape, or the caller's own close button. */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal built on the native <dialog>: it traps focus, closes on Escape (as `onCancel`) and returns
 * focus to where it was. Every dialog of the app is one of these.
 */
export function ModalDialog({ isOpen, title, description, className, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  // A dialog that leaves the page while open closes first (so the page is no longer inert).
  useEffect(() => () => ref.current?.close(), []);

  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {description === undefined ? null : <p id={bodyId}>{description}</p>}
      {children}
    </dialog>
  );
}
