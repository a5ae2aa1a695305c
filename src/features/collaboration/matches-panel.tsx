import { useState } from 'react';
import { MATCHES_FIRST, type Match } from '../../domain/matching.ts';
import { useT } from '../../ui/app-context.tsx';
import { reasonText } from './collaboration-texts.ts';


interface MatchesPanelProps {
  matches: readonly Match[];
  nameOf: (orgId: string) => string;
  onUse: (match: Match) => void;
  /** On a tablet a match becomes a proposal the other organisation answers. */
  isProposing?: boolean;
}

/** The selected organisation's matches, closest first, each with its reason and a way to make the link. */
export function MatchesPanel({ matches, nameOf, onUse, isProposing = false }: MatchesPanelProps) {
  const { t } = useT();
  const [isAllShown, setAllShown] = useState(false);
  const shown = isAllShown ? matches : matches.slice(0, MATCHES_FIRST);
  return (
    <section className="matches-panel" aria-labelledby="matches-title">
      <h3 id="matches-title">{t('collaboration.matches.title')}</h3>
      <p className="hint">{t('collaboration.matches.intro')}</p>
      {matches.length === 0 ? (
        <p className="empty">{t('collaboration.matches.empty')}</p>
      ) : (
        <ol className="match-list">
          {shown.map((match) => {
            const from = nameOf(match.fromId);
            const to = nameOf(match.toId);
            return (
              <li key={match.id} className={match.isLinked ? 'match is-linked' : 'match'}>
                <p className="match-pair">
                  <strong>{t('collaboration.match.pair', { from, to })}</strong>
                  <span className="match-source">{t(match.reason.code === 'cards' ? 'collaboration.match.source.cards' : 'collaboration.match.source.pattern')}</span>
                  {match.isLinked ? <span className="match-linked">{t('collaboration.match.linked')}</span> : null}
                </p>
                <p className="match-reason">{reasonText(match, t, nameOf)}</p>
                <button
                  type="button"
                  aria-label={t(isProposing ? 'collaboration.tablet.match.proposeNamed' : 'collaboration.match.useNamed', { from, to })}
                  onClick={() => onUse(match)}
                >
                  {t(isProposing ? 'collaboration.tablet.match.propose' : 'collaboration.match.use')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {!isAllShown && matches.length > MATCHES_FIRST ? (
        <button type="button" className="quiet" onClick={() => setAllShown(true)}>
          {t('collaboration.matches.more', { count: matches.length - MATCHES_FIRST })}
        </button>
      ) : null}
    </section>
  );
}
