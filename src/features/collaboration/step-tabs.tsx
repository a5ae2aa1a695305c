import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface StepTab<T extends string> {
  id: T;
  label: string;
  /** A short note beside the label (say "1 nye"). */
  badge?: string | null;
}

interface StepTabsProps<T extends string> {
  tabs: readonly StepTab<T>[];
  current: T;
  onChange: (tab: T) => void;
  /** The tab list's accessible name. */
  label: string;
  /** Prefix of the tabs' and the panel's ids. */
  idPrefix: string;
  children: ReactNode;
}

/**
 * A tablet's steps as tabs: one shown at a time, chosen by touch or by keyboard (arrow keys, Home and End
 * move between tabs, as the WAI-ARIA tabs pattern has it).
 */
export function StepTabs<T extends string>({ tabs, current, onChange, label, idPrefix, children }: StepTabsProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    const tab = next === undefined ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    onChange(tab.id);
    buttons.current.get(tab.id)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="step-tabs">
        {tabs.map((tab, index) => {
          const isCurrent = tab.id === current;
          return (
            <button
              key={tab.id}
              ref={(button) => {
                if (button) buttons.current.set(tab.id, button);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${tab.id}`}
              aria-selected={isCurrent}
              aria-controls={`${idPrefix}-panel`}
              tabIndex={isCurrent ? 0 : -1}
              className="step-tab"
              onClick={() => onChange(tab.id)}
              onKeyDown={(event) => move(event, index)}
            >
              <span>{tab.label}</span>
              {tab.badge ? <span className="step-badge">{tab.badge}</span> : null}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${current}`} className="step-panel">
        {children}
      </div>
    </>
  );
}
