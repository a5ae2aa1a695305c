/**
 * How a finished PDF reaches the user without leaving the app: an object URL for a link that opens
 * it in a new tab and one that downloads it, and — where the browser can share files (iPad and
 * iPhone Safari, Android) — the share sheet, from which the PDF can be printed, saved or sent. The
 * running app's tab is never navigated away.
 */
export interface Delivery {
  fileName: string;
  url: string;
  /** Opens the share sheet with the PDF; null where files cannot be shared. */
  share: (() => Promise<void>) | null;
}

export function deliveryOptions(bytes: Uint8Array, fileName: string): Delivery {
  // A copy backed by a plain ArrayBuffer, which Blob takes (the worker's buffer may be shared memory).
  const blob = new Blob([bytes.slice()], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const file = new File([blob], fileName, { type: 'application/pdf' });
  const canShare = typeof navigator.canShare === 'function' && typeof navigator.share === 'function' && navigator.canShare({ files: [file] });
  return {
    fileName,
    url,
    share: canShare
      ? async () => {
          try {
            await navigator.share({ files: [file], title: fileName });
          } catch (error) {
            // Closing the share sheet is a choice, not a failure; the links stay.
            if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
          }
        }
      : null,
  };
}
